/**
 * What the DOCX importer keeps and what it leaves out, on the Word fixture corpus
 * (fixtures/corpus, see word-corpus.ts): every text-bearing element Word displays, in reading
 * order, and each named leave-out rule. corpus.libreoffice.test.ts checks the same files against
 * LibreOffice's reading; these tests need no LibreOffice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from './index';
import type { ImportedContent } from './types';
import { LEAVE_OUT_RULES, LeftOut, type LeaveOutRule } from './docx-rules';
import { formatListNumber } from './list-numbers';
import { isParagraph, printedHeading, printedParagraph } from '../model/draft';

const corpus = async (name: string, options: { trackedChanges?: 'accept' | 'reject' } = {}): Promise<ImportedContent> =>
  importBytes(new Uint8Array(readFileSync(new URL(`./fixtures/corpus/${name}`, import.meta.url))), name, options);
const lines = (c: ImportedContent): string[] => c.blocks.map((b) => (b.kind === 'heading' ? printedHeading(b) : printedParagraph(b)));
const allText = (c: ImportedContent): string =>
  [...lines(c), ...c.blocks.filter(isParagraph).flatMap((p) => (p.footnotes ?? []).map((f) => f.text))].join('\n');

describe('DOCX: every text-bearing element Word displays', async () => {
  const inline = await corpus('inline-content.docx');
  const boxes = await corpus('tables-boxes.docx');
  const embedded = await corpus('embedded.docx');
  const text = lines(inline);

  it('keeps runs inside hyperlinks and smart tags', () => {
    expect(text).toContain('States recalled resolution A/RES/70/237 and the report in the annex.');
    expect(text).toContain('A smart tag marks New York as a place.');
  });

  it('keeps what content controls show: plain text, drop-down, date, check boxes, a whole paragraph', () => {
    expect(text).toContain('The meeting took place in Geneva under agenda item Item 7 on 14 March 2025.');
    expect(text).toContain('☒ Agreed ad referendum');
    expect(text).toContain('☐ Pending');
    expect(text).toContain('A block content control holds this whole paragraph.');
  });

  it('keeps table rows wrapped in a content control: no checklist loses its last item', () => {
    const rows = lines(boxes);
    expect(rows).toContain('Report on implementation | ☒');
    expect(rows).toContain('Hold a tabletop exercise | ☐');
    expect(rows.indexOf('Checklist of section B')).toBe(rows.indexOf('Report on implementation | ☒') + 1);
  });

  it('reads tables cell by cell, nested tables inside their cell', () => {
    const rows = lines(boxes);
    expect(rows.slice(1, 4)).toEqual(['Measures', '111 | 222', 'Measure with a second paragraph | Status']);
    expect(rows).toContain('Outer cell Inner one | Inner two | Outer right');
  });

  it('keeps field results and MACROBUTTON placeholders, leaves field codes out', () => {
    expect(text).toContain('The list is in the Annex to this report.');
    expect(text).toContain('See the section on capacity-building below.');
    expect(text).toContain('Page reference: 4.');
    expect(text).toContain('[Click here and type the name of the delegation]');
    expect(text).toContain('A nested field: Final text.');
    expect(text).toContain('Simple field: the portal holds the submissions.');
    expect(text).toContain('[Double-click to accept]');
    expect(allText(inline)).not.toMatch(/PAGEREF|HYPERLINK|MACROBUTTON|DOCPROPERTY|\bREF\b|\bIF\b/);
  });

  it('keeps symbols as the characters Word stores, and text marked web-hidden (a table of contents page number)', () => {
    expect(text).toContain('Done \uf0fc and noted \uf0b7 for the record.');
    expect(text).toContain('Temperature rose by 2°C in the model.');
    expect(text).toContain('Introduction 3');
  });

  it('keeps non-breaking hyphens, equations and footnote and endnote references', () => {
    expect(text).toContain('Non\u2011State actors and the formula x=2 appear.');
    const cited = inline.blocks.filter(isParagraph).find((p) => p.text.startsWith('A note is cited'))!;
    expect(cited.text).toBe('A note is cited here and an endnote here.');
    expect(cited.footnotes).toEqual([
      { marker: '1', text: 'See document A/79/88.' },
      { marker: 'i', text: 'Issued without formal editing.' },
    ]);
  });

  it('reads text boxes once, after the paragraph they are anchored in (DrawingML, not also its VML fallback)', () => {
    const rows = lines(boxes);
    const at = rows.indexOf('This paragraph anchors a text box.');
    expect(rows.slice(at, at + 6)).toEqual([
      'This paragraph anchors a text box.',
      'Text in the box, first paragraph.',
      'Text in the box, second paragraph.',
      'A legacy shape carries this one.',
      'Legacy box text.',
      'The text after the boxes.',
    ]);
  });

  it('reads embedded HTML (all entities), text, Word and web-archive documents where they stand', () => {
    expect(lines(embedded)).toEqual([
      'Embedded documents fixture',
      'Before the embedded HTML.',
      'An embedded HTML paragraph about régional États.',
      'Second HTML paragraph.',
      'Between HTML and text.',
      'A plain text chunk.',
      'The second paragraph of the text chunk.',
      'A paragraph from an embedded Word document.',
      'Its second paragraph.',
      'A web archive paragraph with été in it.',
      'After the embedded documents.',
    ]);
  });
});

describe('DOCX: what is left out, each by a named rule', async () => {
  const inline = await corpus('inline-content.docx');
  const rejected = await corpus('inline-content.docx', { trackedChanges: 'reject' });
  const embedded = await corpus('embedded.docx');
  const text = allText(inline);

  const cases: Record<LeaveOutRule, () => void> = {
    comments: () => {
      expect(text).not.toContain('Should we keep this?');
      expect(text).toContain('Delegations may consider the proposal in full.'); // the commented text stays
      expect(inline.notes.join(' ')).toContain('comments (1)');
    },
    'deleted-revisions': () => {
      expect(text).not.toMatch(/should consider/);
      expect(lines(rejected)).toContain('Delegations should consider the proposal in full.');
      expect(inline.notes.join(' ')).toMatch(/tracked changes; they were accepted/);
    },
    'headers-footers': () => {
      expect(text).not.toContain('A/AC.999/2025/L.4'); // the header
      expect(inline.symbol).toBeNull();
      expect(inline.notes.join(' ')).toContain('page headers and footers (2)');
    },
    'field-codes': () => {
      expect(text).not.toMatch(/PAGEREF|\\h|MERGEFIELD|DOCPROPERTY/);
      expect(inline.notes.join(' ')).not.toContain('field codes'); // codes are never printed: nothing to tell
    },
    'hidden-text': () => {
      expect(text).toContain('Visible words stay apart.');
      expect(text).not.toContain('hidden words');
      expect(inline.notes.join(' ')).toContain('hidden text (1)');
    },
    'unreadable-embedded': () => {
      expect(allText(embedded)).not.toContain('RTF');
      expect(embedded.notes.join(' ')).toMatch(/embedded documents in a format that cannot be read here \(RTF\) \(1\)/);
    },
  };

  it.each(Object.keys(LEAVE_OUT_RULES) as LeaveOutRule[])('rule "%s"', (rule) => {
    cases[rule]();
  });

  it('counts and notes only rules that left something out', () => {
    const left = new LeftOut();
    expect(left.note()).toBeNull();
    left.add('field-codes', 3);
    expect(left.note()).toBeNull();
    left.add('comments', 2);
    expect(left.count('comments')).toBe(2);
    expect(left.note()).toBe('Left out: comments (2), as they are remarks on the text, not the text.');
  });
});

describe('DOCX: the title is what the document marks as one; no line leaves the comparison', () => {
  it('a one-paragraph document keeps its paragraph and takes the file name as title', async () => {
    const c = await corpus('one-paragraph.docx');
    expect(c.title).toBe('');
    expect(lines(c)).toEqual(["This is a test. Isn't it?"]);
  });

  it("a table's first row stays a paragraph", async () => {
    const c = await corpus('table-first.docx');
    expect(lines(c)).toEqual(['111 | 222', '333 | 444', 'Text after the table.']);
  });

  it('a first line "January 2014" stays a paragraph and is no date', async () => {
    const c = await corpus('month-first.docx');
    expect(c.title).toBe('');
    expect(c.date).toBeNull();
    expect(lines(c)).toEqual(['January 2014', 'Progress report on the implementation of the work plan', '1. The group met twice.']);
  });

  it('the Title style marks the title, and its paragraph is kept', async () => {
    const c = await corpus('tables-boxes.docx');
    expect(c.title).toBe('Tables and text boxes fixture');
    expect(lines(c)[0]).toBe('Tables and text boxes fixture');
  });
});

describe('DOCX: numbers printed as the document prints them', async () => {
  const c = await corpus('numbering.docx');
  const text = lines(c);

  it('keeps a typed heading number bare or with its period, and a typed ")"', () => {
    expect(text).toContain('2.1 Document Conformance');
    expect(text).toContain('2.2. Scope of the text');
    expect(text).toContain('12) A paragraph typed with a parenthesis.');
  });

  it('prints lvlText patterns over several levels, legal numbering and restarts', () => {
    const at = text.indexOf('Part I Part heading');
    expect(text.slice(at, at + 10)).toEqual([
      'Part I Part heading', 'I.A Section under the part', 'A.1) Numbered point', '(a) Lettered point', '1-i Roman point',
      '1-ii Second roman point', 'A.2) Next numbered point', 'I.B Next section', 'B.1) Point in the next section', 'Part II Second part',
    ]);
    expect(text).toContain('1.1 Legal section');
    expect(text).toContain('1.1.1 Legal subsection');
    expect(text).toContain('(b) point b, never restarted');
    expect(text).toContain('20. Paragraph restarted at twenty');
    expect(text).toContain('22. Back to the first instance');
    expect(text).toContain('1.1. A second level before any first');
    expect(text).toContain('2. The first level');
    expect(text).toContain('001. Three-digit item 1');
  });
});

describe('list number formats', () => {
  const cases: [string, number, string, string][] = [
    ['decimalZero', 9, 'en', '09'], ['decimalZero', 100, 'en', '100'], ['ordinal', 22, 'en', '22nd'], ['ordinal', 113, 'en', '113th'],
    ['cardinalText', 21, 'en-US', 'Twenty-one'], ['cardinalText', 101, 'en-US', 'One hundred one'], ['cardinalText', 101, 'en-GB', 'One hundred and one'],
    ['ordinalText', 1001, 'en-US', 'One thousand and first'], ['cardinalText', 71, 'fr-FR', 'Soixante-et-onze'], ['cardinalText', 80, 'fr', 'Quatre-vingts'],
    ['cardinalText', 200, 'fr', 'Deux-cents'], ['ordinalText', 1, 'fr', 'Premier'], ['ordinalText', 21, 'fr', 'Vingt-et-unième'],
    ['cardinalText', 21000, 'es', 'Veintiún mil'], ['ordinalText', 21, 'es', 'Vigesimoprimero'], ['ordinalText', 32, 'es', 'Trigésimo segundo'],
    ['cardinalText', 1001, 'ru', 'Одна тысяча один'], ['ordinalText', 1, 'ru-RU', 'Первый'], ['ordinalText', 2000, 'ru', 'Двухтысячный'],
    ['cardinalText', 10, 'zh-CN', '十'], ['ordinalText', 10, 'zh-CN', '第一十'], ['cardinalText', 7, 'ar-SA', '7'],
    ['chineseCounting', 110, 'en', '一百一十'], ['chineseCountingThousand', 1010, 'en', '一千零一十'], ['chineseCounting', 21000, 'en', '二万一千'],
    ['ideographTraditional', 10, 'en', '癸'], ['ideographTraditional', 11, 'en', '11'], ['decimalEnclosedCircle', 21, 'en', '㉑'],
    ['decimalEnclosedCircle', 51, 'en', '51'], ['arabicAlpha', 29, 'en', 'أأ'], ['arabicAbjad', 5, 'en', 'ه'], ['hindiNumbers', 12, 'en', '١٢'],
    ['russianLower', 30, 'en', 'аа'], ['russianUpper', 30, 'en', 'Аа'], ['upperLetter', 27, 'en', 'AA'], ['lowerRoman', 14, 'en', 'xiv'],
  ];
  it.each(cases)('%s %i in %s is "%s"', (fmt, n, lang, printed) => {
    expect(formatListNumber(n, { fmt }, lang)).toBe(printed);
  });

  it('pads custom zero-padded formats to their sample', () => {
    expect(formatListNumber(7, { fmt: 'custom', custom: '001, 002, 003, ...' })).toBe('007');
    expect(formatListNumber(12345, { fmt: 'custom', custom: '0001, 0002, 0003, ...' })).toBe('12345');
  });
});
