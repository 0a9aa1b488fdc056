/**
 * The generated 200-paragraph drafts the PDF importer is measured on: each a seed of the draft
 * generator and a layout LibreOffice prints it in (fixtures/generated/*.pdf, made by
 * scripts/make-fixtures.sh through scripts/write-generated-drafts.ts).
 */
import { generateDraft } from './generator';
import type { FodtLayout } from './fodt';
import type { Draft } from '../model/draft';

/** One generated fixture: its file name (without extension), seed and layout. */
export interface GeneratedPdf {
  name: string;
  seed: number;
  layout: FodtLayout;
}

const front = { symbol: 'A/AC.292/2026/CRP.7', date: '14 March 2026' };

export const GENERATED_PDFS: readonly GeneratedPdf[] = [
  { name: 'gen-auto-hyphenated', seed: 11, layout: { numbering: 'auto', hyphenate: true, columns: 1, pageWidth: 8.27, ...front } },
  { name: 'gen-typed-narrow', seed: 12, layout: { numbering: 'typed', hyphenate: false, columns: 1, pageWidth: 6.2, ...front } },
  { name: 'gen-two-columns', seed: 13, layout: { numbering: 'typed', hyphenate: true, columns: 2, pageWidth: 8.27, ...front } },
];

/** The draft a generated fixture prints. */
export function generatedDraft(g: GeneratedPdf): Draft {
  return generateDraft(g.seed, 200, g.name, g.name);
}
