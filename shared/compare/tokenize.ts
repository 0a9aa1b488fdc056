/**
 * Word tokens for the redline: Unicode word segmentation (Intl.Segmenter), so Chinese is cut
 * into dictionary words and Arabic keeps its words whole. Whitespace and punctuation are tokens
 * too, so the tokens of a text always concatenate back to it.
 */
import { segmenter } from './text';

/** The text's word, space and punctuation segments, in order; `tokens(t).join('') === t`. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter().segment(text)) out.push(s.segment);
  return out;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** True for a token that carries a word (letters or digits), false for space and punctuation. */
export function isWordToken(token: string): boolean {
  return WORDLIKE.test(token);
}
