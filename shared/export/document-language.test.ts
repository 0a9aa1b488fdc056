/**
 * Exports declare the drafts' language (issue 15): `lang` and `dir` on the HTML root from the
 * draft's language profile instead of a fixed lang="en", Arabic right to left; the exporter's
 * own English words keep lang="en".
 */
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare/compare';
import { buildLineage } from '../compare/lineage';
import { importText, toDraft } from '../import';
import { htmlRedline } from './html-redline';
import { sideBySideRows } from './table';
import { tableHtml } from './table-html';

const draft = (text: string, id: string) => toDraft(importText(text, 'text'), { fileName: `${id}.txt`, id });
const FR = [
  draft('A. Aperçu général\n\nDébat\n\n1. Les délégations ont souligné la neutralité technologique des engagements existants.', 'f1'),
  draft('A. Aperçu général\n\nDébat\n\n1. Les délégations ont rappelé la neutralité technologique des engagements existants.', 'f2'),
];
const AR = [
  draft('ألف - لمحة عامة\n\n١ - أكدت الوفود أهمية بناء الثقة بين الدول من خلال تبادل المعلومات بانتظام.', 'a1'),
  draft('ألف - لمحة عامة\n\n١ - أكدت الوفود أهمية بناء الثقة بين الدول من خلال تبادل الآراء بانتظام.', 'a2'),
];
const root = (html: string): string => /<html[^>]*>/i.exec(html)![0];
const redline = ([a, b]: typeof FR) => htmlRedline(a!, b!, compareDrafts(a!, b!), { appVersion: 'test', generatedAt: null });

describe('HTML exports say the language of their drafts', () => {
  it('a French redline is lang="fr", its English cover lang="en"', () => {
    expect(FR.map((d) => d.language)).toEqual(['fr', 'fr']);
    const html = redline(FR);
    expect(root(html)).toBe('<html lang="fr" dir="ltr">');
    expect(html).toContain('<header class="cover" lang="en" dir="ltr">');
  });

  it('an Arabic redline runs right to left', () => {
    expect(AR.map((d) => d.language)).toEqual(['ar', 'ar']);
    expect(root(redline(AR))).toBe('<html lang="ar" dir="rtl">');
  });

  it('drafts saved without a language export as English, as before', () => {
    const old = FR.map(({ language: _, ...d }) => d);
    expect(root(redline(old))).toBe('<html lang="en" dir="ltr">');
  });

  it('the side-by-side table marks each column with its draft language', () => {
    const drafts = [AR[0]!, FR[1]!];
    const html = tableHtml(drafts, sideBySideRows(drafts, buildLineage(drafts)), { appVersion: 'test', generatedAt: null });
    expect(root(html)).toBe('<html lang="fr" dir="ltr">');
    expect(html).toContain('<td lang="ar" dir="auto">');
    expect(html).toContain('<td lang="fr" dir="auto">');
  });
});
