/**
 * Facts about scripts that every language shares: which characters make words, and which scripts
 * are written without spaces between words (a phrase in them is matched without word boundaries).
 */

/** Scripts written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A character that belongs to a word: a letter or a digit of any script. */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

const RUN = /[\p{L}\p{N}]*/uy;

/** End of the run of word characters that starts (or continues) at `at`. */
export function runEnd(text: string, at: number): number {
  RUN.lastIndex = at;
  RUN.exec(text);
  return RUN.lastIndex;
}

/** True when the code point at `at` is a word character (false past the end). */
export function wordCharAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const cp = text.codePointAt(at)!;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** True when the code point just before `at` is a word character (false at the start). */
export function wordCharBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

/** `text` as a regular-expression source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
