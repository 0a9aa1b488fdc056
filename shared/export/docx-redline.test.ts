import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import { sampleDrafts } from './__fixtures__/drafts';
import { docxRedline } from './docx-redline';

const at = new Date('2024-03-02T10:00:00Z');

async function parts(staticMode: boolean): Promise<{ doc: string; comments: string }> {
  const { zero, rev } = sampleDrafts();
  const bytes = await docxRedline(zero, rev, compareDrafts(zero, rev), {
    appVersion: '9.9.9',
    generatedAt: at,
    static: staticMode,
    annotations: [{ paragraphId: 'p3', draftId: 'zero', text: 'Keep the zero draft wording.', author: 'Utopia' }],
  });
  const files = unzipSync(bytes);
  return { doc: strFromU8(files['word/document.xml']!), comments: strFromU8(files['word/comments.xml'] ?? new Uint8Array()) };
}

describe('docxRedline', () => {
  it('writes tracked changes by the target draft, dated with its date', async () => {
    const { doc } = await parts(false);
    const revs = [...doc.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)"/g)];
    expect(revs.length).toBeGreaterThan(10);
    for (const r of revs) {
      expect(r[3]).toBe('Rev.2');
      expect(r[4]).toBe('2024-03-01T00:00:00Z');
    }
    // Revision ids are unique in the document.
    expect(new Set(revs.map((r) => r[2])).size).toBe(revs.length);
    expect(doc).toContain('<w:delText xml:space="preserve">five</w:delText>');
  });

  it('marks whole inserted and deleted paragraphs on the paragraph mark', async () => {
    const { doc } = await parts(false);
    const marks = [...doc.matchAll(/<w:pPr>(?:(?!<\/w:pPr>).)*<w:rPr><w:(ins|del) /g)].map((m) => m[1]);
    // Inserted ¶5 and the move's new place; deleted ¶5 and the move's old place.
    expect(marks.filter((m) => m === 'ins').length).toBeGreaterThanOrEqual(2);
    expect(marks.filter((m) => m === 'del').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps headings as Heading styles and numbers as text', async () => {
    const { doc } = await parts(false);
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:t xml:space="preserve">1. </w:t>');
  });

  it('names moves and carries annotations in comments', async () => {
    const { comments } = await parts(false);
    expect(comments).toContain('Moved from ¶4 (Zero draft)');
    expect(comments).toContain('Moved to ¶3 (Rev.2)');
    expect(comments).toContain('Keep the zero draft wording.');
    expect(comments).toContain('w:author="Utopia"');
  });

  it('in static mode draws changes as formatting with no revisions', async () => {
    const { doc } = await parts(true);
    expect(doc).not.toMatch(/<w:(ins|del)[ >]/);
    expect(doc).toMatch(/<w:strike\/>/);
    expect(doc).toMatch(/<w:u w:val="single"/);
    expect(doc).toContain('five');
    expect(doc).toContain('six');
  });

  it('states what was compared in a title block', async () => {
    const { doc } = await parts(false);
    expect(doc).toContain('Redline: Zero draft → Rev.2');
    expect(doc).toContain('ignore case: no; ignore punctuation: no; ignore whitespace: yes; ignore numbering: yes');
    expect(doc).toContain('Draftwatch 9.9.9 on 2024-03-02 10:00 UTC');
  });
});
