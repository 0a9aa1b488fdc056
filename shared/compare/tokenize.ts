/**
 * Word tokens for the redline: Unicode word segmentation (Intl.Segmenter), so Chinese is cut
 * into dictionary words and Arabic keeps its words whole. Whitespace and punctuation are tokens
 * too, so the tokens of a text always concatenate back to it.
 */
import { segmenter } from './text';

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

/** The text's word, space and punctuation segments, in order; `tokens(t).join('') === t`. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
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
  return WORDLIKE.test(token);
}
