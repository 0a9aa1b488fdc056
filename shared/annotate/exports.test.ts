/**
 * Annotations in Word files: as comments on their passages in the redline (the exporter places
 * the comment range around the passage, not the whole paragraph), and the delegation's brief,
 * which LibreOffice (a Word-compatible client) must open and read back.
 */
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import { buildLineage } from '../compare/lineage';
import { docxRedline } from '../export/docx-redline';
import { draftFromSections } from '../testing/generator';
import { anchorAnnotations, anchorContext } from './anchor';
import { annotationBriefDocx } from './brief-docx';
import { annotateWords } from './testing/build';

const zero = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: ['States expressed concern about ransomware attacks against hospitals and water utilities.', 'States should report on their implementation of the norms.', 'The Group will meet again.'] }]);
const rev1 = draftFromSections('rev1', [{ heading: 'A. Threats', paragraphs: ['States expressed grave concern about ransomware attacks against hospitals and water utilities.', 'The Group will meet again.'] }]);

describe('annotations in the Word redline', () => {
  it('wraps the comment range around the passage in the later draft', async () => {
    const a = annotateWords(zero, '1', 'ransomware attacks against hospitals');
    const ctx = anchorContext([zero, rev1], buildLineage([zero, rev1]));
    const anchor = anchorAnnotations(ctx, [a]).get(a.id)!.get('rev1')!;
    const bytes = await docxRedline(zero, rev1, compareDrafts(zero, rev1), {
      appVersion: '1', generatedAt: new Date('2026-01-01T00:00:00Z'),
      annotations: [{ draftId: 'rev1', paragraphId: anchor.paragraphId!, start: anchor.start, end: anchor.end, text: 'Oppose: too narrow.', author: 'Utopia' }],
    });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    const inside = /<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/s.exec(doc);
    expect(inside).not.toBeNull();
    const text = [...inside![2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toBe('ransomware attacks against hospitals');
    expect(strFromU8(files['word/comments.xml']!)).toContain('Oppose: too narrow.');
  });
});

describe('the Word brief', () => {
  it('lists each annotated paragraph with its text, the position and the comment, and orphans with their reason; LibreOffice reads it', async () => {
    const a = { ...annotateWords(zero, '1', 'ransomware attacks', { delegation: 'Utopia', position: 'oppose' }), body: { comment: '<p>Too <strong>narrow</strong>:</p><ul><li>add energy</li></ul>', position: 'oppose' as const, priority: 'high' as const, tags: ['ransomware'], replacement: 'ransomware and other attacks' } };
    const b = annotateWords(zero, '2', 'should report', { delegation: 'Freedonia', position: 'support' });
    const ctx = anchorContext([zero, rev1], buildLineage([zero, rev1]));
    const bytes = await annotationBriefDocx(rev1, [a, b], ctx, anchorAnnotations(ctx, [a, b]), { appVersion: '1', generatedAt: new Date('2026-01-01T00:00:00Z') });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-brief-'));
    const file = path.join(dir, 'brief.docx');
    fs.writeFileSync(file, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, file], { stdio: 'ignore', timeout: 120_000 });
    const text = fs.readFileSync(path.join(dir, 'brief.txt'), 'utf8');
    expect(text).toContain('Annotations on rev1');
    expect(text).toContain('¶1');
    expect(text).toContain('States expressed grave concern about ransomware attacks against hospitals');
    expect(text).toContain('OPPOSE');
    expect(text).toMatch(/Utopia · high priority · tags: ransomware/);
    expect(text).toContain('Too narrow:');
    expect(text).toContain('• add energy');
    expect(text).toContain('Proposed text: ransomware and other attacks');
    expect(text).toContain('Orphaned annotations (1)');
    expect(text).toContain('paragraph 2 deleted in rev1');
  }, 150_000);
});
