import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import type { Draft, ParagraphBlock } from '../model/draft';
import { draft } from './__fixtures__/drafts';
import { isRightToLeft } from './direction';
import { docxRedline } from './docx-redline';
import { markOps } from './emphasis';
import { htmlRedline } from './html-redline';
import { wordDiff } from './word-diff';

function para(text: string, runs: ParagraphBlock['runs']): ParagraphBlock {
  return { kind: 'paragraph', id: 'p', number: '1', level: 0, section: [], text, runs };
}

const base = para('The ad hoc group met.', [{ text: 'The ' }, { text: 'ad hoc', marks: ['italic'] }, { text: ' group met.' }]);
const target = para('The ad hoc group met twice.', [{ text: 'The ' }, { text: 'ad hoc', marks: ['italic'] }, { text: ' group met ' }, { text: 'twice', marks: ['bold'] }, { text: '.' }]);

describe('markOps', () => {
  it('gives kept and inserted text the target emphasis', () => {
    const out = markOps(wordDiff(base.text, target.text), base, target);
    expect(out.filter((o) => o.marks.includes('italic')).map((o) => o.text)).toEqual(['ad hoc']);
    expect(out.filter((o) => o.marks.includes('bold'))).toEqual([{ op: '+', text: 'twice', marks: ['bold'] }]);
  });

  it('only cuts the ops, never changes their text', () => {
    const word = fc.constantFrom('ad', 'hoc', 'group', ' ', '.', 'met');
    const runs = fc.array(fc.record({ text: fc.array(word, { minLength: 1, maxLength: 4 }).map((a) => a.join('')), italic: fc.boolean() }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(runs, runs, (rb, rt) => {
        const b = para(rb.map((r) => r.text).join(''), rb.map((r) => ({ text: r.text, marks: r.italic ? ['italic' as const] : [] })));
        const t = para(rt.map((r) => r.text).join(''), rt.map((r) => ({ text: r.text, marks: r.italic ? ['italic' as const] : [] })));
        const ops = wordDiff(b.text, t.text);
        const out = markOps(ops, b, t);
        expect(out.map((o) => o.text).join('')).toBe(ops.map(([, x]) => x).join(''));
        expect(out.filter((o) => o.op !== '+').map((o) => o.text).join('')).toBe(b.text);
      }),
    );
  });

  it('leaves text plain when the ops do not spell the paragraph', () => {
    expect(markOps([['=', 'The ad hoc']], base, target).every((o) => o.marks.length === 0)).toBe(true);
  });
});

describe('emphasis and direction in the exports', () => {
  const withRuns = (d: Draft, p: ParagraphBlock): Draft => ({ ...d, blocks: d.blocks.map((b) => (b.id === 'a' ? { ...p, id: 'a' } : b)) });
  const a = withRuns(draft('a', 'Rev.1', null, ['a: 1. x', 'b: 2. أمن المعلومات والاتصالات.']), base);
  const b = withRuns(draft('b', 'Rev.2', null, ['a: 1. x', 'b: 2. أمن المعلومات والاتصالات الدولية.']), target);

  it('keeps italics and bold in the Word redline and lays Arabic out right to left', async () => {
    const doc = strFromU8(unzipSync(await docxRedline(a, b, compareDrafts(a, b), { appVersion: '1' }))['word/document.xml']!);
    expect(doc).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">ad hoc<\/w:t><\/w:r>/);
    expect(doc).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">twice<\/w:t>/);
    expect(doc).toContain('<w:bidi/>');
    expect(doc).toContain('<w:rtl/>');
  });

  it('keeps emphasis in the HTML redline', () => {
    const html = htmlRedline(a, b, compareDrafts(a, b), { appVersion: '1' });
    expect(html).toContain('<em>ad hoc</em>');
    expect(html).toContain('<ins><strong>twice</strong></ins>');
    expect(html).toContain('<p dir="auto">');
  });

  it('finds the direction from the first letter', () => {
    expect(isRightToLeft('أمن المعلومات')).toBe(true);
    expect(isRightToLeft('(أ) أمن')).toBe(true);
    expect(isRightToLeft('(a) أمن')).toBe(false);
    expect(isRightToLeft('ICT أمن')).toBe(false);
    expect(isRightToLeft('12.')).toBe(false);
  });
});
