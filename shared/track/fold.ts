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
}

// Hyphens and dashes count as word separators, like spaces: "cyber-mercenaries" = "cyber mercenaries".
const SEPARATOR = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_]/u;
// Invisible characters a PDF or Word export leaves inside words; dropped so they never split a word.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const COMBINING = /\p{M}/gu;
// Everything but printable ASCII and ASCII whitespace (other control characters fold to themselves either way).
const NON_ASCII = /[^\t-\r -~]/gu;
const ASCII_SEPARATORS = /[\t\n\v\f\r \-_]+/g;
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
  const mapped = text.replace(NON_ASCII, foldChar).toLowerCase().replace(ASCII_SEPARATORS, ' ');
  const a = mapped.charCodeAt(0) === 32 ? 1 : 0;
  const b = mapped.length > a && mapped.charCodeAt(mapped.length - 1) === 32 ? mapped.length - 1 : mapped.length;
  return a === 0 && b === mapped.length ? mapped : mapped.slice(a, b);
}

const isAsciiSeparator = (code: number): boolean => code === 32 || code === 45 || code === 95 || (code >= 9 && code <= 13);

/**
 * Offsets of each folded unit in the original, by a per-code-point pass that follows
 * `foldString` exactly: leading and trailing separators dropped, a run between words → one unit.
 */
export function foldOffsets(text: string): { starts: Uint32Array; ends: Uint32Array } {
  // Folding lengthens text only for rare characters; the arrays grow when it does.
  let starts = new Uint32Array(text.length + 4);
  let ends = new Uint32Array(text.length + 4);
  let len = 0;
  let runStart = -1; // original start of a separator run not yet written
  let runEnd = 0;
  for (let i = 0; i < text.length; ) {
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
    if (len + units + 1 > starts.length) {
      const s = new Uint32Array((len + units + 1) * 2);
      const e = new Uint32Array((len + units + 1) * 2);
      s.set(starts);
      e.set(ends);
      starts = s;
      ends = e;
    }
    // A separator run between words becomes one unit; leading runs are dropped.
    if (runStart >= 0 && len > 0) {
      starts[len] = runStart;
      ends[len] = runEnd;
      len++;
    }
    runStart = -1;
    for (let k = 0; k < units; k++) {
      starts[len] = i;
      ends[len] = i + width;
      len++;
    }
    i += width;
  }
  return { starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

/** Fold `text` for matching; offsets back into `text` are computed only when asked for. */
export function foldText(text: string): FoldedText {
  let offsets: { starts: Uint32Array; ends: Uint32Array } | null = null;
  return {
    text: foldString(text),
    offsets: () => (offsets ??= foldOffsets(text)),
  };
}

/** Fold one phrase the way paragraph texts are folded. */
export function foldPhrase(phrase: string): string {
  return foldString(phrase);
}
