import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, importToCliJson } from './index';
import { isParagraph, type ParagraphBlock } from '../model/draft';

const fixture = readFileSync(new URL('./fixtures/oewg-rev1.md', import.meta.url), 'utf8');
const FRONT_LINES = ['Draft annual progress report of the working group on ICT security', 'A/AC.292/2025/CRP.1/Rev.1', '3 March 2025'];

describe('importMarkdown on the demo negotiation shape', () => {
  const content = importText(fixture, 'markdown', 'oewg-rev1.md');
  const firstHeading = content.blocks.findIndex((b) => b.kind === 'heading');
  const paras = content.blocks.slice(firstHeading).filter(isParagraph);

  it('reads title, symbol and date from the front matter and keeps its lines as paragraphs', () => {
    expect(content.title).toBe('Draft annual progress report of the working group on ICT security');
    expect(content.symbol).toBe('A/AC.292/2025/CRP.1/Rev.1');
    expect(content.date).toBe('2025-03-03');
    expect(content.blocks.slice(0, firstHeading).map((b) => `${b.kind}|${b.number}|${b.text}`)).toEqual(
      FRONT_LINES.map((l) => `paragraph|null|${l}`),
    );
    expect(content.blocks[firstHeading]).toMatchObject({ kind: 'heading', level: 1, number: 'I', text: 'Introduction' });
  });

  it('gives every heading its level and printed number', () => {
    const headings = importToCliJson(content).blocks.filter((b) => b.kind === 'heading');
    expect(headings).toEqual([
      { kind: 'heading', level: 1, text: 'I. Introduction' },
      { kind: 'heading', level: 1, text: 'II. Substantive discussions' },
      { kind: 'heading', level: 2, text: 'A. Existing and potential threats' },
      { kind: 'heading', level: 3, text: 'Discussion' },
      { kind: 'heading', level: 3, text: 'Recommended next steps' },
      { kind: 'heading', level: 2, text: 'B. Rules, norms and principles' },
      { kind: 'heading', level: 2, text: 'C. Capacity-building' },
      { kind: 'heading', level: 1, text: 'III. Conclusions' },
    ]);
  });

  it('numbers every paragraph and subparagraph as printed, with its level and section', () => {
    const rows = paras.map((p) => [p.number, p.level, p.section.join(' / ')]);
    const threats = 'II. Substantive discussions / A. Existing and potential threats';
    const norms = 'II. Substantive discussions / B. Rules, norms and principles';
    expect(rows).toEqual([
      ['1', 0, 'I. Introduction'],
      ['2', 0, 'I. Introduction'],
      ['3', 0, `${threats} / Discussion`],
      ['4', 0, `${threats} / Discussion`],
      ['5', 0, `${threats} / Recommended next steps`],
      ['(a)', 1, `${threats} / Recommended next steps`],
      ['(b)', 1, `${threats} / Recommended next steps`],
      ['(c)', 1, `${threats} / Recommended next steps`],
      ['6', 0, norms],
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((l) => [`(${l})`, 1, norms]),
      ['(i)', 2, norms],
      ['(ii)', 2, norms],
      ['(i)', 1, norms],
      ['7', 0, 'II. Substantive discussions / C. Capacity-building'],
      ['8', 0, 'III. Conclusions'],
    ]);
  });

  it('keeps bold and italic as runs that concatenate to the text', () => {
    const first = paras[0]!;
    expect(first.runs?.find((r) => r.marks?.includes('bold'))?.text).toBe('five');
    for (const p of paras) if (p.runs) expect(p.runs.map((r) => r.text).join('')).toBe(p.text);
    expect(paras[1]!.text).toBe('States reaffirmed that the framework of responsible behaviour remains the basis of their cooperation.');
  });

  it('keeps square brackets in the text', () => {
    const p4 = paras.find((p: ParagraphBlock) => p.number === '4')!;
    expect(p4.text).toContain('[commercially available intrusion capabilities]');
  });
});

describe('Markdown details', () => {
  it('reads ordered lists with their printed start number and hard-wrapped paragraphs', () => {
    const md = '# T\n\n12. First line\ncontinues here.\n13. Next one.\n\nplain *text* with snake_case_name and 5 * 3\n';
    const c = importText(md, 'markdown');
    const paras = c.blocks.filter(isParagraph);
    expect(paras.map((p) => [p.number, p.text])).toEqual([
      [null, 'T'],
      ['12', 'First line continues here.'],
      ['13', 'Next one.'],
      [null, 'plain text with snake_case_name and 5 * 3'],
    ]);
    expect(paras[3]!.runs).toEqual([{ text: 'plain ' }, { text: 'text', marks: ['italic'] }, { text: ' with snake_case_name and 5 * 3' }]);
  });

  it('reduces links to their text but keeps bracketed negotiation text', () => {
    const c = importText('# T\n\n1. See [the report](https://example.org/r) and [agreed ad ref] (alt).\n', 'markdown');
    expect(c.blocks[1]!.text).toBe('See the report and [agreed ad ref] (alt).');
  });
});
