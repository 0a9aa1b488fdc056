/**
 * Folding a paragraph's text for phrase matching: lower case, diacritics stripped, every run of
 * whitespace, line breaks and hyphens collapsed to one space. The folded text keeps a map back to
 * the original offsets, so a match found in the folded text can be highlighted in the paragraph.
 */

/** A folded text and, for each of its UTF-16 units, the span of the original text it came from. */
export interface FoldedText {
  text: string;
  /** Original start offset of each folded unit. */
  starts: Uint32Array;
  /** Original end offset (exclusive) of each folded unit. */
  ends: Uint32Array;
}

// Hyphens and dashes count as word separators, like spaces: "cyber-mercenaries" = "cyber mercenaries".
const SEPARATOR = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_]/u;
// Invisible characters a PDF or Word export leaves inside words; dropped so they never split a word.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const COMBINING = /\p{M}/gu;
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"' };

function foldChar(ch: string): string {
  const quote = QUOTES[ch];
  if (quote !== undefined) return quote;
  // Lower-casing can itself produce combining marks (İ → i̇), hence decompose after it too.
  return ch.normalize('NFD').replace(COMBINING, '').toLowerCase().normalize('NFD').replace(COMBINING, '');
}

/** Fold one phrase the way paragraph texts are folded (no offset map needed). */
export function foldPhrase(phrase: string): string {
  return foldText(phrase).text.trim();
}

/**
 * Fold `text` for matching. ASCII takes a fast path (most UN texts are mostly ASCII); other
 * characters are decomposed one code point at a time so offsets stay exact.
 */
export function foldText(text: string): FoldedText {
  const n = text.length;
  let out = '';
  // Folding rarely lengthens text; the arrays grow when it does.
  let starts = new Uint32Array(n + 4);
  let ends = new Uint32Array(n + 4);
  let len = 0;
  let pendingSpace = -1; // original start of a separator run not yet written
  let pendingEnd = 0;
  const push = (s: string, start: number, end: number): void => {
    if (len + s.length > starts.length) {
      const grownS = new Uint32Array((len + s.length) * 2);
      const grownE = new Uint32Array((len + s.length) * 2);
      grownS.set(starts);
      grownE.set(ends);
      starts = grownS;
      ends = grownE;
    }
    for (let k = 0; k < s.length; k++) {
      starts[len] = start;
      ends[len] = end;
      len++;
    }
    out += s;
  };
  const flushSpace = (): void => {
    // Leading separators are dropped; a run between words becomes one space.
    if (pendingSpace >= 0 && len > 0) push(' ', pendingSpace, pendingEnd);
    pendingSpace = -1;
  };
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code === 32 || code === 45 || code === 95 || (code >= 9 && code <= 13)) {
        if (pendingSpace < 0) pendingSpace = i;
        pendingEnd = i + 1;
      } else {
        flushSpace();
        push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!, i, i + 1);
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (SEPARATOR.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      pendingEnd = i + width;
    } else if (!INVISIBLE.test(ch)) {
      const folded = foldChar(ch);
      if (folded.length > 0) {
        flushSpace();
        push(folded, i, i + width);
      }
    }
    i += width;
  }
  return { text: out, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}
