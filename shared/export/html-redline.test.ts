import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import { draft, sampleDrafts } from './__fixtures__/drafts';
import { htmlRedline } from './html-redline';

const at = new Date('2024-03-02T10:00:00Z');

describe('htmlRedline', () => {
  const { zero, rev } = sampleDrafts();
  const html = htmlRedline(zero, rev, compareDrafts(zero, rev), {
    appVersion: '9.9.9',
    generatedAt: at,
    annotations: [{ paragraphId: 'p3', draftId: 'rev2', text: 'Support <b>this</b> & more', author: 'Utopia' }],
  });

  it('marks inserted and deleted words', () => {
    expect(html).toContain('<del>five</del><ins>six</ins>');
    expect(html).toContain('<ins>serious </ins>');
  });

  it('labels a move at both places and gives both drafts’ numbers', () => {
    expect(html).toContain('Moved from ¶4 (Zero draft)');
    expect(html).toContain('Moved to ¶3 (Rev.2)');
    expect(html).toContain('Zero draft ¶3 → Rev.2 ¶4');
    expect(html).toContain('<del>8</del><ins>9</ins>. The secretariat');
  });

  it('states what was compared, with which options, by which version and when', () => {
    expect(html).toContain('Zero draft, 2024-01-15, zero.docx');
    expect(html).toContain('Rev.2, 2024-03-01, rev2.docx');
    expect(html).toContain('ignore case: no; ignore punctuation: no; ignore whitespace: yes; ignore numbering: yes');
    expect(html).toContain('Draftwatch 9.9.9 on 2024-03-02 10:00 UTC');
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=|href=/i);
    expect(html).toContain('@media print');
    expect(html).toContain('break-inside: avoid');
  });

  it('escapes everything that comes from drafts and people', () => {
    expect(html).toContain('Support &#60;b&#62;this&#60;/b&#62; &#38; more');
    const evil = draft('e', '<img src=x onerror=alert(1)>', null, ['a: 1. Text with <script>alert(1)</script> & "quotes".']);
    const evil2 = draft('f', 'Rev."1"', null, ['a: 1. Text with <script>alert(2)</script>.']);
    const out = htmlRedline(evil, evil2, compareDrafts(evil, evil2), { appVersion: '1', generatedAt: at });
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&#60;script&#62;alert(');
  });
});
