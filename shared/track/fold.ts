/**
 * Folding a paragraph's text for phrase matching: lower case, diacritics stripped, every run of
 * whitespace, line breaks and hyphens collapsed to one space. The folded string is built with a
 * few whole-string operations (fast); the map back to original offsets, needed only to highlight
 * a match, is built on demand by a per-character pass that folds exactly the same way.
 */

/** A folded text and, on demand, for each of its UTF-16 units the span of the original it came from. */
export interface FoldedText {
  text: string;
  /** Original [start, end) of each folded unit; computed on first call, then kept. */
  offsets(): { starts: Uint32Array; ends: Uint32Array };
  /**
   * Original [start, end) of the given folded units only (any order, aligned with `units`): the
   * same spans as `offsets`, by a walk that stops after the last unit asked for and keeps no
   * per-unit arrays. A matcher needs the spans of a few hits, not of the whole text.
   */
  spans?(units: readonly number[]): { starts: number[]; ends: number[] };
}

// Hyphens and dashes count as word separators, like spaces: "cyber-mercenaries" = "cyber mercenaries".
const SEPARATOR = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_]/u;
// Invisible characters a PDF or Word export leaves inside words; dropped so they never split a word.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const COMBINING = /\p{M}/gu;
// Everything but printable ASCII and ASCII whitespace (other control characters fold to themselves either way).
const NON_ASCII = /[^\t-\r -~]/gu;
const HAS_NON_ASCII = /[^\t-\r -~]/;
// Every run of ASCII separators folds to one space; a lone space already is one, so only longer
// runs and lone other separators are matched (replacing each of a paragraph's spaces by itself
// cost more than the rest of the fold).
const ASCII_SEPARATORS = /[\t\n\v\f\r \-_]{2,}|[\t\n\v\f\r\-_]/g;
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"' };

const memo = new Map<string, string>();

/** How one non-ASCII code point folds: ' ' for a separator, '' for an invisible, else its folded form. */
function foldChar(ch: string): string {
  let f = memo.get(ch);
  if (f !== undefined) return f;
  const quote = QUOTES[ch];
  if (quote !== undefined) f = quote;
  else if (SEPARATOR.test(ch)) f = ' ';
  else if (INVISIBLE.test(ch)) f = '';
  // Lower-casing can itself produce combining marks (İ → i̇), hence decompose after it too.
  else f = ch.normalize('NFD').replace(COMBINING, '').toLowerCase().normalize('NFD').replace(COMBINING, '');
  if (memo.size < 20_000) memo.set(ch, f);
  return f;
}

/** The folded string alone. */
export function foldString(text: string): string {
  // Most paragraphs are plain ASCII: a test (no Unicode flag, stops at the first hit) spares them the replace.
  const mapped = (HAS_NON_ASCII.test(text) ? text.replace(NON_ASCII, foldChar) : text).toLowerCase().replace(ASCII_SEPARATORS, ' ');
  const a = mapped.charCodeAt(0) === 32 ? 1 : 0;
  const b = mapped.length > a && mapped.charCodeAt(mapped.length - 1) === 32 ? mapped.length - 1 : mapped.length;
  return a === 0 && b === mapped.length ? mapped : mapped.slice(a, b);
}

const isAsciiSeparator = (code: number): boolean => code === 32 || code === 45 || code === 95 || (code >= 9 && code <= 13);

/**
 * The per-code-point walk that follows `foldString` exactly: leading and trailing separators
 * dropped, a run between words → one unit. Calls `emit(unit, start, end)` for each folded unit in
 * order with the original span it came from, and stops once unit `last` is emitted.
 */
function walkUnits(text: string, last: number, emit: (unit: number, start: number, end: number) => void): void {
  let len = 0;
  let runStart = -1; // original start of a separator run not yet written
  let runEnd = 0;
  for (let i = 0; i < text.length && len <= last; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let units = 1;
    if (code < 128) {
      if (isAsciiSeparator(code)) {
        if (runStart < 0) runStart = i;
        runEnd = i + 1;
        i++;
        continue;
      }
    } else {
      width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const f = foldChar(text.slice(i, i + width));
      if (f === ' ') {
        if (runStart < 0) runStart = i;
        runEnd = i + width;
        i += width;
        continue;
      }
      units = f.length;
      if (units === 0) {
        i += width;
        continue;
      }
    }
    // A separator run between words becomes one unit; leading runs are dropped.
    if (runStart >= 0 && len > 0) emit(len++, runStart, runEnd);
    runStart = -1;
    for (let k = 0; k < units; k++) emit(len++, i, i + width);
    i += width;
  }
}

/** Offsets of every folded unit in the original (see `walkUnits`). */
export function foldOffsets(text: string): { starts: Uint32Array; ends: Uint32Array } {
  // Folding lengthens text only for rare characters; the arrays grow when it does.
  let starts = new Uint32Array(text.length + 4);
  let ends = new Uint32Array(text.length + 4);
  let len = 0;
  walkUnits(text, Infinity, (unit, start, end) => {
    if (unit >= starts.length) {
      const s = new Uint32Array((unit + 1) * 2);
      const e = new Uint32Array((unit + 1) * 2);
      s.set(starts);
      e.set(ends);
      starts = s;
      ends = e;
    }
    starts[unit] = start;
    ends[unit] = end;
    len = unit + 1;
  });
  return { starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/**
 * Original spans of the folded units `units` (any order, repeats allowed), aligned with them: the
 * values `foldOffsets` gives at those indexes, walking only up to the furthest. A unit past the
 * folded text gets the span [text.length, text.length].
 */
export function foldSpans(text: string, units: readonly number[]): { starts: number[]; ends: number[] } {
  const n = units.length;
  const starts = new Array<number>(n).fill(text.length);
  const ends = new Array<number>(n).fill(text.length);
  if (n === 0) return { starts, ends };
  let max = 0;
  for (const u of units) if (u > max) max = u;
  if (n === 1 || n === 2) {
    // The usual case (one hit: its first and last unit) needs no sorting.
    const u0 = units[0]!;
    const u1 = n === 2 ? units[1]! : -1;
    walkUnits(text, max, (unit, start, end) => {
      if (unit === u0) {
        starts[0] = start;
        ends[0] = end;
      }
      if (unit === u1) {
        starts[1] = start;
        ends[1] = end;
      }
    });
    return { starts, ends };
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => units[a]! - units[b]!);
  let k = 0;
  walkUnits(text, max, (unit, start, end) => {
    while (k < n && units[order[k]!]! === unit) {
      starts[order[k]!] = start;
      ends[order[k]!] = end;
      k++;
    }
  });
  return { starts, ends };
}

/** Fold `text` for matching; offsets back into `text` are computed only when asked for. */
export function foldText(text: string): FoldedText {
  let offsets: { starts: Uint32Array; ends: Uint32Array } | null = null;
  return {
    text: foldString(text),
    offsets: () => (offsets ??= foldOffsets(text)),
    spans: (units) => {
      if (offsets === null) return foldSpans(text, units);
      const { starts, ends } = offsets;
      return { starts: units.map((u) => starts[u] ?? text.length), ends: units.map((u) => ends[u] ?? text.length) };
    },
  };
}

/** Fold one phrase the way paragraph texts are folded. */
export function foldPhrase(phrase: string): string {
  return foldString(phrase);
}
