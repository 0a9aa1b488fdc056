/**
 * What replaced a phrase inside a diff hunk. The engine's blackline cleanup merges nearby edits
 * into one hunk ("should, as appropriate, consider cyber mercenaries" → "could consider private
 * contractors"), so the hunk is re-aligned word by word and the words between the nearest common
 * words on either side of the phrase are taken as its replacement ("private contractors").
 */

interface Word {
  key: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    out.push({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Longest common subsequence of two word lists, as index pairs in order. */
function lcs(a: readonly Word[], b: readonly Word[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        a[i]!.key === b[j]!.key ? table[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(table[(i + 1) * (m + 1) + j]!, table[i * (m + 1) + j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.key === b[j]!.key) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * (m + 1) + j]! >= table[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const EDGE = /^[\s\p{P}]+|[\s\p{P}]+$/gu;

/**
 * The deleted wording around `[start, end)` of `deleted` and the wording inserted in its place,
 * both trimmed of spaces and punctuation at their edges.
 */
export function replacementAround(deleted: string, inserted: string, start: number, end: number): { deleted: string; inserted: string } {
  const a = words(deleted);
  const b = words(inserted);
  // Long hunks are rare; past this size the quadratic table is not worth it.
  if (a.length * b.length > 40_000) return { deleted: deleted.replace(EDGE, ''), inserted: inserted.replace(EDGE, '') };
  const pairs = lcs(a, b);
  let left: [number, number] | null = null;
  let right: [number, number] | null = null;
  for (const p of pairs) {
    const w = a[p[0]]!;
    if (w.end <= start) left = p;
    else if (w.start >= end && right === null) right = p;
  }
  const dFrom = left ? a[left[0]]!.end : 0;
  const dTo = right ? a[right[0]]!.start : deleted.length;
  const iFrom = left ? b[left[1]]!.end : 0;
  const iTo = right ? b[right[1]]!.start : inserted.length;
  return {
    deleted: deleted.slice(dFrom, dTo).replace(EDGE, ''),
    inserted: iTo > iFrom ? inserted.slice(iFrom, iTo).replace(EDGE, '') : '',
  };
}
