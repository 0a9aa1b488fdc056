/**
 * Word tokens for the redline: Unicode word segmentation (Intl.Segmenter), so Chinese is cut
 * into dictionary words and Arabic keeps its words whole. Whitespace and punctuation are tokens
 * too, so the tokens of a text always concatenate back to it.
 */
import { isAsciiAlnum, segmenter } from './text';

/** Segmenting one long string is superlinear in V8; texts are cut into chunks of this size. */
const CHUNK = 1024;
/** A character after which a word always ends: a space, or CJK sentence and clause marks. */
const BREAK_AFTER = /[\s。！？；，、：]/u;
const NO_BREAK_BEFORE = /[\s\p{M}]/u;

/** The next position at or after `from` where a chunk may end without changing segmentation. */
function chunkEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (BREAK_AFTER.test(text[i - 1]!) && !NO_BREAK_BEFORE.test(text[i]!)) return i;
  }
  return text.length;
}

/** Text the ASCII scanner below segments exactly as Intl.Segmenter does. */
const SCANNABLE = /^[\t\n\x20-\x5e\x60-\x7e]*$/;

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** ' . : join letters (UAX #29 WB6–7); ' . , ; join digits (WB11–12). */
const joinsLetters = (c: number): boolean => c === 39 || c === 46 || c === 58;
const joinsDigits = (c: number): boolean => c === 39 || c === 46 || c === 44 || c === 59;

/**
 * Unicode word segmentation (UAX #29) of printable ASCII without "_" (and tab and line feed,
 * which stand alone), which is all the rules
 * that apply there: letters and digits run together, a ' . or : between two letters and a ' . ,
 * or ; between two digits stay inside the word, spaces run together, anything else stands alone.
 * Most negotiation text is ASCII, and Intl.Segmenter is the costly part of a word diff.
 */
function scanAscii(text: string, out: string[]): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (isLetter(c) || isDigit(c)) {
      for (;;) {
        while (j < n && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
        if (j + 1 >= n) break;
        const mid = text.charCodeAt(j);
        const before = text.charCodeAt(j - 1);
        const after = text.charCodeAt(j + 1);
        if ((isLetter(before) && isLetter(after) && joinsLetters(mid)) || (isDigit(before) && isDigit(after) && joinsDigits(mid))) j += 2;
        else break;
      }
    } else if (c === 32) {
      while (j < n && text.charCodeAt(j) === 32) j++;
    }
    out.push(text.slice(i, j));
    i = j;
  }
}

/** The text's word, space and punctuation segments, in order; `tokens(t).join('') === t`. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  if (SCANNABLE.test(text)) {
    scanAscii(text, out);
    return out;
  }
  const seg = segmenter();
  for (let start = 0; start < text.length; ) {
    const end = text.length - start <= CHUNK ? text.length : chunkEnd(text, start + CHUNK);
    for (const s of seg.segment(start === 0 && end === text.length ? text : text.slice(start, end))) out.push(s.segment);
    start = end;
  }
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** True for a token that carries a word (letters or digits), false for space and punctuation. */
export function isWordToken(token: string): boolean {
  // Most tokens start with an ASCII letter or digit: no pattern needed for them.
  return isAsciiAlnum(token.charCodeAt(0)) || WORDLIKE.test(token);
}
