/**
 * Fixtures made by LibreOffice from fixtures/src/*.fodt (scripts/make-fixtures.sh): the same
 * draft saved as DOCX, PDF and HTML must import to the same numbers, levels and sections.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importToCliJson } from './index';
import { isParagraph, type Block } from '../model/draft';

const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const I = 'I. Introduction';
const IIA = 'II. Substantive discussions / A. Threats to digital infrastructure';
const IIB = 'II. Substantive discussions / B. Confidence-building measures';
const IIC = 'II. Substantive discussions / C. Capacity-building';
/** number | level | section, paragraph by paragraph, as printed in oewg-crp. */
const EXPECTED = [
  `1|0|${I}`, `2|0|${I}`, `3|0|${I}`,
  `4|0|${IIA} / Discussion`, `5|0|${IIA} / Discussion`,
  `6|0|${IIA} / Recommended next steps`,
  `(a)|1|${IIA} / Recommended next steps`, `(b)|1|${IIA} / Recommended next steps`, `(c)|1|${IIA} / Recommended next steps`,
  `7|0|${IIB}`,
  ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => `(${l})|1|${IIB}`),
  `(i)|2|${IIB}`, `(ii)|2|${IIB}`, `(i)|1|${IIB}`,
  `8|0|${IIB}`, `9|0|${IIC}`, `10|0|${IIC}`, '11|0|III. Conclusions',
];
const HEADINGS = [
  '1:I. Introduction', '1:II. Substantive discussions', '2:A. Threats to digital infrastructure', '3:Discussion',
  '3:Recommended next steps', '2:B. Confidence-building measures', '2:C. Capacity-building', '1:III. Conclusions',
];

/** The blocks from the first heading on: the body, after the masthead's lines. */
const body = (blocks: Block[]): Block[] => blocks.slice(blocks.findIndex((b) => b.kind === 'heading'));

describe.each(['oewg-crp.docx', 'oewg-crp.pdf', 'oewg-crp.html'])('LibreOffice fixture %s', async (name) => {
  const content = await importBytes(load(name), name);
  const paras = body(content.blocks).filter(isParagraph);

  it('finds title, symbol and date, and keeps their lines as paragraphs', () => {
    expect(content.title).toBe('Draft interim report of the working group on security in the use of digital technologies');
    expect(content.symbol).toBe('A/AC.292/2025/CRP.3');
    expect(content.date).toBe('2025-02-14');
    expect(content.blocks.slice(0, 3).map((b) => `${b.kind}|${b.number}|${b.text}`)).toEqual([
      'paragraph|null|A/AC.292/2025/CRP.3',
      'paragraph|null|14 February 2025',
      `paragraph|null|${content.title}`,
    ]);
  });

  it('gets every heading', () => {
    const headings = importToCliJson(content).blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.text}`] : []));
    expect(headings).toEqual(HEADINGS);
  });

  it('gets every paragraph number, level and section', () => {
    expect(paras.map((p) => `${p.number}|${p.level}|${p.section.join(' / ')}`)).toEqual(EXPECTED);
  });

  it('gets the text, with the footnote linked and out of the text', () => {
    expect(paras[1]!.text).toBe('Delegations drew on the cumulative body of earlier consensus reports and agreed to build on it rather than reopen it.');
    expect(paras[1]!.footnotes).toEqual([{ marker: '1', text: 'See A/76/135 and A/78/265.' }]);
    expect(paras[0]!.text).toBe(
      'The working group convened its third session in a hybrid format, with delegations joining from capitals and from the conference room.',
    );
    expect(paras[4]!.text).toContain('[the sale of ready-made intrusion kits]');
    expect(paras.find((p) => p.number === '(ii)')!.text).toBe('legislation adopted by parliaments;');
  });
});

describe.each(['ar-zh.docx', 'ar-zh.pdf'])('Arabic and Chinese fixture %s', async (name) => {
  const content = await importBytes(load(name), name);
  it('keeps right-to-left and CJK text intact with its numbers', () => {
    expect(content.title).toBe('مشروع تقرير مرحلي بشأن أمن تكنولوجيا المعلومات');
    expect(body(content.blocks).map((b) => `${b.number}|${b.text}`)).toEqual([
      'I|المقدمة',
      '1|تؤكد الدول أن حماية البنية التحتية الحيوية مسؤولية مشتركة بين الحكومات والقطاع الخاص.',
      '2|رحبت الوفود بتبادل المعلومات بشأن الحوادث على أساس طوعي.',
      '3|各国强调，保护关键基础设施是政府与私营部门的共同责任。',
      '4|代表团欢迎在自愿基础上交流有关事件的信息，并支持建立联络点名录。',
    ]);
  });
});

describe.each(['long-400.docx', 'long-400.pdf'])('400-paragraph fixture %s', async (name) => {
  const content = await importBytes(load(name), name);
  const paras = body(content.blocks).filter(isParagraph);
  it('numbers 400 paragraphs in order, each with its two lettered points every fifth', () => {
    const top = paras.filter((p) => p.level === 0);
    expect(top.map((p) => p.number)).toEqual(Array.from({ length: 400 }, (_, i) => String(i + 1)));
    expect(paras.filter((p) => p.level === 1).map((p) => p.number)).toEqual(Array.from({ length: 160 }, (_, i) => (i % 2 ? '(b)' : '(a)')));
    for (const p of top) {
      // whole paragraphs, joined across pages, with running headers and page numbers dropped
      expect(p.text).toMatch(new RegExp(`^In paragraph ${p.number}, .*(remains under discussion\\.|in particular:)$`));
      expect(p.text).not.toMatch(/Page \d|CRP\.9/);
    }
    expect(content.symbol).toBe('A/AC.292/2025/CRP.9');
    expect(content.title).toBe('Generated long draft report for import benchmarks');
    const last = paras[paras.length - 1]!;
    expect(last.section).toEqual(['X. Chapter heading number 10', 'D. Section 4 of chapter 10']);
    expect(content.blocks.filter((b) => b.kind === 'heading')).toHaveLength(50);
  });
});
