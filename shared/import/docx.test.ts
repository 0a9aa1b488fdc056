import { describe, expect, it } from 'vitest';
import { importBytes, importToCliJson, ImportError } from './index';
import { isParagraph, type ParagraphBlock } from '../model/draft';
import { abstractNum, buildDocx, num, p, r } from './fixtures/docx-builder';

const styles = `
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="UNParaBase"><w:name w:val="UN para base"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="UNPara"><w:name w:val="UN para"/><w:basedOn w:val="UNParaBase"/></w:style>`;

const numbering = [
  abstractNum(0, [['upperRoman', '%1.'], ['upperLetter', '%2.']]),
  abstractNum(1, [['decimal', '%1.'], ['lowerLetter', '(%2)'], ['lowerRoman', '(%3)']]),
  abstractNum(2, [['decimal', '%1.'], ['lowerLetter', '(%2)', '<w:lvlRestart w:val="0"/>']]),
  num(1, 0),
  num(2, 1),
  num(3, 2, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="40"/></w:lvlOverride>'),
].join('');

const footnotes = `
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>${r(' See A/76/135, para. 7.')}</w:p></w:footnote>
<w:footnote w:id="2"><w:p>${r('Resolution 79/1.')}</w:p></w:footnote>`;

const fnRef = (id: number): string => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

const body = [
  p('Draft progress report on ICT security', { style: 'Title' }),
  p('A/AC.292/2025/CRP.2'),
  p('Introduction', { style: 'Heading1' }),
  p(r('States met in ') + r('three', { b: true }) + r(' sessions.') + fnRef(1), { style: 'UNPara' }),
  p('States recalled prior reports.' + '', { style: 'UNPara' }),
  p('Threats', { style: 'Heading2' }),
  p('Discussion', { style: 'Heading3' }),
  p(r('States were concerned about:') + fnRef(2), { style: 'UNPara' }),
  ...'abcdefghi'.split('').map((l) => p(`item ${l};`, { numId: 2, ilvl: 1 })),
  p('roman one;', { numId: 2, ilvl: 2 }),
  p('roman two.', { numId: 2, ilvl: 2 }),
  p('Another numbered paragraph.', { style: 'UNPara' }),
  p('Norms', { style: 'Heading2' }),
  p('Restarted list begins.', { numId: 3, ilvl: 0 }),
  p('letter under 40', { numId: 3, ilvl: 1 }),
  p('Continues after override.', { numId: 3, ilvl: 0 }),
  p('letter continues', { numId: 3, ilvl: 1 }),
  p('Conclusions', { style: 'Heading1' }),
  p('55. A typed paragraph number.'),
  p('(a) a typed subparagraph.'),
].join('');

describe('importDocx: Word automatic numbering', async () => {
  const bytes = buildDocx({ body, styles, numbering, footnotes });
  const content = await importBytes(bytes, 'crp2.docx');
  const paras = content.blocks.filter(isParagraph);

  it('reads title and symbol', () => {
    expect(content.format).toBe('docx');
    expect(content.title).toBe('Draft progress report on ICT security');
    expect(content.symbol).toBe('A/AC.292/2025/CRP.2');
  });

  it('numbers headings through their styles (basedOn inherits the numbering level)', () => {
    const headings = importToCliJson(content).blocks.filter((b) => b.kind === 'heading');
    expect(headings).toEqual([
      { kind: 'heading', level: 1, text: 'I. Introduction' },
      { kind: 'heading', level: 2, text: 'A. Threats' },
      { kind: 'heading', level: 3, text: 'Discussion' },
      { kind: 'heading', level: 2, text: 'B. Norms' },
      { kind: 'heading', level: 1, text: 'II. Conclusions' },
    ]);
  });

  it('gives every paragraph the number Word prints, with level and section', () => {
    const rows = paras.map((x) => `${x.number ?? '-'}|${x.level}|${x.section.join(' / ')}`);
    const threats = 'I. Introduction / A. Threats / Discussion';
    expect(rows).toEqual([
      '-|0|', // the title line, kept as a paragraph
      '-|0|', // the symbol line
      '1|0|I. Introduction',
      '2|0|I. Introduction',
      `3|0|${threats}`,
      ...'abcdefghi'.split('').map((l) => `(${l})|1|${threats}`),
      `(i)|2|${threats}`,
      `(ii)|2|${threats}`,
      `4|0|${threats}`,
      '40|0|I. Introduction / B. Norms',
      '(a)|1|I. Introduction / B. Norms',
      '41|0|I. Introduction / B. Norms',
      '(b)|1|I. Introduction / B. Norms', // lvlRestart 0: letters never restart
      '55|0|II. Conclusions',
      '(a)|1|II. Conclusions',
    ]);
  });

  it('keeps footnotes on their paragraph, numbered, and out of the text', () => {
    expect(paras[2]!.footnotes).toEqual([{ marker: '1', text: 'See A/76/135, para. 7.' }]);
    expect(paras[2]!.text).toBe('States met in three sessions.');
    expect(paras[2]!.runs).toEqual([{ text: 'States met in ' }, { text: 'three', marks: ['bold'] }, { text: ' sessions.' }]);
    expect(paras[4]!.footnotes).toEqual([{ marker: '2', text: 'Resolution 79/1.' }]);
  });
});

describe('importDocx: tracked changes', () => {
  const ins = (text: string): string => `<w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z">${r(text)}</w:ins>`;
  const del = (text: string): string => `<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del>`;
  const deletedMark = '<w:rPr><w:del w:id="3" w:author="A"/></w:rPr>';
  const changed = buildDocx({
    body: [
      p('Title of the draft'),
      p(r('1. States ') + del('should') + ins('could') + r(' cooperate.')),
      `<w:p><w:pPr>${deletedMark}</w:pPr>${del('2. A paragraph removed entirely.')}</w:p>`,
      p(r('2. Kept paragraph') + `<w:moveTo w:id="5" w:author="A">${r(' with moved words')}</w:moveTo>` + r('.')),
      p(r('3. Source') + `<w:moveFrom w:id="6" w:author="A">${r(' with moved words')}</w:moveFrom>` + r('.')),
    ].join(''),
  });

  it('accepts every change by default and says so', async () => {
    const c = await importBytes(changed, 'changed.docx');
    expect(c.hadTrackedChanges).toBe(true);
    expect(c.notes.join(' ')).toMatch(/tracked changes; they were accepted/);
    expect(c.blocks.map((b) => `${b.number} ${b.text}`)).toEqual([
      'null Title of the draft',
      '1 States could cooperate.',
      '2 Kept paragraph with moved words.',
      '3 Source.',
    ]);
  });

  it('rejects every change on request', async () => {
    const c = await importBytes(changed, 'changed.docx', { trackedChanges: 'reject' });
    expect(c.notes.join(' ')).toMatch(/rejected/);
    expect(c.blocks.map((b) => `${b.number} ${b.text}`)).toEqual([
      'null Title of the draft',
      '1 States should cooperate.',
      '2 A paragraph removed entirely.',
      '2 Kept paragraph.',
      '3 Source with moved words.',
    ]);
  });
});

describe('importDocx: tables, scripts, bad packages', () => {
  it('imports table rows as paragraphs with cells joined by " | "', async () => {
    const cell = (t: string): string => `<w:tc>${p(t)}</w:tc>`;
    const bytes = buildDocx({
      body: p('Annex table') + `<w:tbl><w:tr>${cell('Measure')}${cell('Status')}</w:tr><w:tr>${cell('Points of contact')}${cell('Agreed')}</w:tr></w:tbl>`,
    });
    const c = await importBytes(bytes, 't.docx');
    expect(c.blocks.map((b) => b.text)).toEqual(['Annex table', 'Measure | Status', 'Points of contact | Agreed']);
  });

  it('keeps Arabic (right-to-left) and Chinese text intact', async () => {
    const arabic = 'تشدد الدول على أهمية بناء القدرات في مجال أمن تكنولوجيا المعلومات.';
    const chinese = '各国强调能力建设对信息和通信技术安全的重要性。';
    const bytes = buildDocx({
      body: p('عنوان التقرير', { style: 'Title' }) + p(r(arabic), { numId: 1, extraPPr: '<w:bidi/>' }) + p(chinese, { numId: 1 }),
      numbering: abstractNum(0, [['decimal', '%1.']]) + num(1, 0),
      styles,
    });
    const c = await importBytes(bytes, 'ar.docx');
    expect(c.title).toBe('عنوان التقرير');
    expect((c.blocks as ParagraphBlock[]).map((b) => [b.number, b.text])).toEqual([
      [null, 'عنوان التقرير'],
      ['1', arabic],
      ['2', chinese],
    ]);
  });

  it('refuses a DOCTYPE in a package part', async () => {
    const bytes = buildDocx({ body: p('x') });
    const evil = buildDocx({ body: p('x') });
    expect(bytes.length).toBeGreaterThan(0);
    const { unzipSync, zipSync, strToU8 } = await import('fflate');
    const files = unzipSync(evil);
    files['word/document.xml'] = strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>');
    await expect(importBytes(zipSync(files), 'evil.docx')).rejects.toThrow(/DOCTYPE/);
  });

  it('refuses a truncated package with an ImportError', async () => {
    const bytes = buildDocx({ body: p('Some text here.') });
    const err = await importBytes(bytes.subarray(0, Math.floor(bytes.length / 2)), 'cut.docx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as Error).message).toMatch(/damaged or incomplete/);
  });
});
