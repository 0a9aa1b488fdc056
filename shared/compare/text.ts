/**
 * Text normalisation shared by alignment, word diff and summary: what the comparison options
 * mean for a string, and the few script facts the engine needs.
 */
import type { CompareOptions } from './types';
import { asciiBytes, singleSpacedAscii } from './ascii-scan';

/** Scripts written without spaces between words: they need dictionary segmentation. */
export const DICTIONARY_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const PUNCTUATION = /\p{P}+/gu;
const WHITESPACE = /\s+/gu;
/** Whitespace other than the plain space (\s without " "), by code: see `unusualSpace`. */
const OTHER_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The first code unit outside printable ASCII or the first of two spaces, whichever comes first. */
const NOT_PRINTABLE_ASCII_OR_TWO_SPACES = /[^\x20-\x7e]| {2}/;

/**
 * True when the text has whitespace other than single plain spaces. Printable ASCII has no
 * whitespace but the space: most texts are found plain by the byte scan, the others by one
 * search for two spaces or the first code unit outside it; from there the text is read code
 * unit by code unit (a Unicode regular expression for it cost more than the alignment of an
 * unchanged draft).
 */
function unusualSpace(s: string): boolean {
  if (singleSpacedAscii(s)) return false;
  const from = s.search(NOT_PRINTABLE_ASCII_OR_TWO_SPACES);
  if (from === -1) return false;
  if (s.charCodeAt(from) === 32) return true;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (s.charCodeAt(i + 1) === 32) return true;
    } else if (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && OTHER_SPACE.test(s[i]!)) return true;
  }
  return false;
}
/** A paragraph number left at the start of the text by an importer ("12.", "(a)", "(iv)"). */
const LEADING_NUMBER = /^\s*(?:\d+(?:\.\d+)*\.?|\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\))\s+/i;

/** A first code unit LEADING_NUMBER can match at: whitespace, a digit, "(" (letters are only inside parentheses). */
const mayLeadWithNumber = (c: number): boolean => c <= 57 || c === 0xa0 || c === 0x1680 || c === 0xfeff || (c >= 0x2000 && c <= 0x3000);

/**
 * The text as the options see it: two paragraphs whose keys are equal count as unchanged.
 * Whitespace is always trimmed at the ends because layout, not wording, puts it there.
 */
export function normalizeText(text: string, options: CompareOptions): string {
  let s = text;
  // A number can only lead where the text starts with a space, a digit, "(" or a letter a number uses.
  if (options.ignoreNumbering && mayLeadWithNumber(s.charCodeAt(0))) s = s.replace(LEADING_NUMBER, '');
  if (options.ignoreCase) s = s.toLowerCase();
  if (options.ignorePunctuation) s = s.replace(PUNCTUATION, '');
  // Most paragraphs have single plain spaces only: skip the replace for them.
  s = options.ignoreWhitespace && unusualSpace(s) ? s.replace(WHITESPACE, ' ').trim() : s.trim();
  return s;
}

/** Normalises one word-diff token for comparison, keeping its raw text for the redline. */
export function normalizeToken(token: string, options: CompareOptions): string {
  // A token starting with printable ASCII other than a space is no run of whitespace, nor one
  // starting with an ASCII letter or digit a run of punctuation: most tokens skip the patterns.
  const c = token.charCodeAt(0);
  if (options.ignoreWhitespace && !(c > 32 && c < 127) && SPACE_TOKEN.test(token)) return ' ';
  if (options.ignorePunctuation && !isAsciiAlnum(c) && PUNCTUATION_TOKEN.test(token)) return '\u0001';
  return options.ignoreCase ? token.toLowerCase() : token;
}

const SPACE_TOKEN = /^\s+$/u;
const PUNCTUATION_TOKEN = /^\p{P}+$/u;

/** A code unit `\s` matches (every such character is in the BMP), by code: no pattern per character. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** An ASCII letter or digit (by code unit). */
export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

let wordSegmenter: Intl.Segmenter | null = null;
/** One shared word segmenter: building one is costly. */
export function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return wordSegmenter;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/gu;

/** `WORD` matches in ASCII text given as its bytes (`asciiBytes`), counted in one pass: letter/digit runs, joined by ' or . between two of them. */
function countAsciiWords(bytes: Uint8Array, length: number): number {
  // A space past the end (the bytes after the text are scratch): no word joins across it.
  bytes[length] = 32;
  let n = 0;
  for (let i = 0; i < length; ) {
    if (!isAsciiAlnum(bytes[i]!)) {
      i++;
      continue;
    }
    n++;
    for (;;) {
      while (i < length && isAsciiAlnum(bytes[i]!)) i++;
      const c = bytes[i]!;
      if ((c === 39 || c === 46) && isAsciiAlnum(bytes[i + 1]!)) i++;
      else break;
    }
  }
  return n;
}

/**
 * Number of words in a text, as a reader counts them: dictionary segmentation for Chinese,
 * Japanese or Thai, a letter/number run count elsewhere (same result, much faster).
 */
export function countWords(text: string): number {
  const bytes = asciiBytes(text);
  if (bytes) return countAsciiWords(bytes, text.length);
  if (DICTIONARY_SCRIPT.test(text)) {
    let n = 0;
    for (const s of segmenter().segment(text)) if (s.isWordLike) n++;
    return n;
  }
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}
