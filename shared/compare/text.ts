/**
 * Text normalisation shared by alignment, word diff and summary: what the comparison options
 * mean for a string, and the few script facts the engine needs.
 */
import type { CompareOptions } from './types';

/** Scripts written without spaces between words: they need dictionary segmentation. */
export const DICTIONARY_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const PUNCTUATION = /\p{P}+/gu;
const WHITESPACE = /\s+/gu;
const UNUSUAL_SPACE = /[^\S ]| {2}/u;
/** A paragraph number left at the start of the text by an importer ("12.", "(a)", "(iv)"). */
const LEADING_NUMBER = /^\s*(?:\d+(?:\.\d+)*\.?|\((?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6})\))\s+/i;

/**
 * The text as the options see it: two paragraphs whose keys are equal count as unchanged.
 * Whitespace is always trimmed at the ends because layout, not wording, puts it there.
 */
export function normalizeText(text: string, options: CompareOptions): string {
  let s = text;
  if (options.ignoreNumbering) s = s.replace(LEADING_NUMBER, '');
  if (options.ignoreCase) s = s.toLowerCase();
  if (options.ignorePunctuation) s = s.replace(PUNCTUATION, '');
  // Most paragraphs have single plain spaces only: skip the replace for them.
  s = options.ignoreWhitespace && UNUSUAL_SPACE.test(s) ? s.replace(WHITESPACE, ' ').trim() : s.trim();
  return s;
}

/** Normalises one word-diff token for comparison, keeping its raw text for the redline. */
export function normalizeToken(token: string, options: CompareOptions): string {
  if (options.ignoreWhitespace && /^\s+$/u.test(token)) return ' ';
  if (options.ignorePunctuation && /^\p{P}+$/u.test(token)) return '\u0001';
  return options.ignoreCase ? token.toLowerCase() : token;
}

let wordSegmenter: Intl.Segmenter | null = null;
/** One shared word segmenter: building one is costly. */
export function segmenter(): Intl.Segmenter {
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  return wordSegmenter;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Number of words in a text, as a reader counts them: dictionary segmentation for Chinese,
 * Japanese or Thai, a letter/number run count elsewhere (same result, much faster).
 */
export function countWords(text: string): number {
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
