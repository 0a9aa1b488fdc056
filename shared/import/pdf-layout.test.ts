/**
 * PDF layout on PDFs LibreOffice made (scripts/make-fixtures.sh): line-end hyphens, part headings
 * wherever they fall, columns, and generated 200-paragraph drafts in several layouts, which must
 * import with numbers, texts and sections at least 99% right.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from './index';
import { hyphenation, joinLines } from './pdf-layout';
import type { PdfLine } from './pdf-lines';
import { isParagraph } from '../model/draft';
import { GENERATED_PDFS, generatedDraft } from '../testing/generated-pdfs';
import { importAccuracy } from '../testing/pdf-accuracy';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

describe('line-end hyphens (pdf-hyphens.pdf: narrow, justified, hyphenated by LibreOffice)', async () => {
  const content = await importBytes(fixture('pdf-hyphens.pdf'), 'pdf-hyphens.pdf');
  const text = (n: string): string => content.blocks.filter(isParagraph).find((p) => p.number === n)!.text;

  it('removes the hyphens automatic hyphenation added', () => {
    expect(text('2')).toBe(
      'Negotiations on implementation arrangements, interoperability and accountability mechanisms continued notwithstanding considerable disagreements among participating delegations.',
    );
    expect(text('4')).toBe(
      'Multistakeholder consultations strengthened intergovernmental understanding of extraterritorial jurisdiction, counterproliferation commitments and telecommunications infrastructure.',
    );
  });

  it('keeps real hyphens that fall at a line end: before a capital or a digit, after "non", in compounds the text uses', () => {
    expect(text('1')).toBe(
      'The responsibilities of non-State actors, the internationally recognized non-binding norms and capacity-building programmes were discussed by representatives of non-governmental organizations in the cross-border consultations held in 2020-2025.',
    );
    expect(text('3')).toBe('A real hyphen breaks this line: non-State actors, UN-Habitat programmes and the 2021-2025 period, while health-care facilities keep theirs.');
    expect(content.blocks.map((b) => b.text).join(' ')).not.toMatch(/\w- \w|\w -\w/);
  });

  it('decides a break by the document: a compound it writes with a hyphen, a word it writes whole, else its habit', () => {
    const line = (text: string): PdfLine => ({ page: 0, y: 0, x: 0, xEnd: 100, size: 11, text, refs: [], leadMarker: null, font: '', column: 0 });
    const lines = ['the decision-making process and', 'a negotiation went on and on', 'until the decision-', 'making and the negoti-', 'ation ended'].map(line);
    const hy = hyphenation(lines);
    expect(hy.soft).toBe(true); // "negoti-" / "ation" splits a word written whole elsewhere
    expect(joinLines('until the decision-', 'making and', hy)).toBe('until the decision-making and');
    expect(joinLines('the negoti-', 'ation ended', hy)).toBe('the negotiation ended');
    expect(joinLines('of non-', 'governmental', hy)).toBe('of non-governmental');
    expect(joinLines('the frag-', 'ment', hy)).toBe('the fragment');
    const plain = hyphenation(['no automatic hyphenation', 'in this text'].map(line));
    expect(plain.soft).toBe(false);
    expect(joinLines('the frag-', 'ment', plain)).toBe('the frag-ment'); // a text never hyphenated keeps its hyphens
  });
});

describe('part headings wherever they fall (pdf-headings.pdf)', async () => {
  const content = await importBytes(fixture('pdf-headings.pdf'), 'pdf-headings.pdf');
  const paras = content.blocks.filter(isParagraph).filter((p) => p.number);

  it('reads a part heading that directly follows a paragraph or opens a page as a heading of its own', () => {
    expect(content.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}:${b.text}`)).toEqual([
      '2:Existing and potential threats', '3:Discussion', '3:Recommended next steps',
      '2:Confidence-building measures', '3:Discussion', '3:Recommended next steps',
    ]);
    for (const p of paras) expect(p.text).not.toMatch(/Recommended next steps|Discussion$/);
  });

  it('puts every paragraph after it in its section', () => {
    expect(paras.map((p) => `${p.number}|${p.section.join(' / ')}`)).toEqual([
      '1|A. Existing and potential threats / Discussion',
      '2|A. Existing and potential threats / Recommended next steps',
      '3|B. Confidence-building measures / Discussion',
      '4|B. Confidence-building measures / Recommended next steps',
      '5|B. Confidence-building measures / Recommended next steps',
    ]);
  });
});

describe.each(GENERATED_PDFS)('generated 200-paragraph draft $name', async (g) => {
  const stored = readFileSync(new URL(`./fixtures/generated/${g.name}.hash`, import.meta.url), 'utf8').trim();
  const original = generatedDraft(g);
  const content = await importBytes(fixture(`generated/${g.name}.pdf`), `${g.name}.pdf`);

  it('is the draft the PDF was printed from (else run scripts/make-fixtures.sh)', () => {
    expect(original.hash).toBe(stored);
  });

  it('imports with numbers, texts and sections at least 99% right', () => {
    const a = importAccuracy(original, content);
    expect(a.paragraphs).toBe(200);
    const wrong = a.wrong.join('\n');
    expect(a.numbers, wrong).toBeGreaterThanOrEqual(0.99);
    expect(a.texts, wrong).toBeGreaterThanOrEqual(0.99);
    expect(a.sections, wrong).toBeGreaterThanOrEqual(0.99);
    // A compound broken at its hyphen and written nowhere else cannot be told from an automatic
    // break without a dictionary ("open-" / "ended" in a hyphenated title): compared without hyphens.
    expect(content.title.replace(/-/g, '')).toBe(original.title.replace(/-/g, ''));
    expect(content.symbol).toBe(g.layout.symbol);
  });
});
