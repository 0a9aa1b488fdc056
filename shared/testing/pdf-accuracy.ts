/**
 * How right an imported draft is against the draft it was printed from: for every numbered
 * paragraph of the original, whether the import has a paragraph with that number, with the same
 * text, in the same section. Used by the PDF tests and the import benchmark.
 */
import { isParagraph, type Draft, type ParagraphBlock } from '../model/draft';
import type { ImportedContent } from '../import/types';

/** Shares of the original's numbered paragraphs imported right, and the first few that were not. */
export interface Accuracy {
  paragraphs: number;
  numbers: number;
  texts: number;
  sections: number;
  /** Fraction of paragraphs right in all three. */
  all: number;
  wrong: string[];
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Compares the import with the original, paragraph by paragraph (by printed number). */
export function importAccuracy(original: Draft, imported: ImportedContent): Accuracy {
  const byNumber = new Map<string, ParagraphBlock>();
  for (const p of imported.blocks.filter(isParagraph)) if (p.number && !byNumber.has(p.number)) byNumber.set(p.number, p);
  const expected = original.blocks.filter(isParagraph).filter((p) => p.number);
  let numbers = 0;
  let texts = 0;
  let sections = 0;
  let all = 0;
  const wrong: string[] = [];
  for (const p of expected) {
    const got = byNumber.get(p.number!);
    const n = got !== undefined;
    const t = n && norm(got.text) === norm(p.text);
    const s = n && got.section.join(' / ') === p.section.join(' / ');
    numbers += n ? 1 : 0;
    texts += t ? 1 : 0;
    sections += s ? 1 : 0;
    all += n && t && s ? 1 : 0;
    if (!(n && t && s) && wrong.length < 8) {
      wrong.push(!n ? `¶${p.number}: missing` : !t ? `¶${p.number} text: ${JSON.stringify(got.text)} ≠ ${JSON.stringify(p.text)}` : `¶${p.number} section: ${got.section.join(' / ')} ≠ ${p.section.join(' / ')}`);
    }
  }
  const share = (x: number): number => (expected.length ? x / expected.length : 1);
  return { paragraphs: expected.length, numbers: share(numbers), texts: share(texts), sections: share(sections), all: share(all), wrong };
}
