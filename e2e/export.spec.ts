import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

async function exportWith(app: Page, choose: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  await app.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await choose(dialog);
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
  const file = await download.path();
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file!) };
}

test('exports a Word redline with native tracked changes from the app', async ({ app }) => {
  const { name, bytes } = await exportWith(app, async (d) => {
    await d.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Rev.1' });
    await d.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Rev.2' });
    await d.getByRole('radio', { name: /Word, tracked changes/ }).check();
  });
  expect(name).toMatch(/redline Rev\.1 to Rev\.2\.docx$/);
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  expect(xml).toMatch(/<w:del [^>]*w:author="Rev\.2"/);
  expect(xml).toMatch(/<w:delText[^>]*>[^<]*cyber mercenaries/);
  expect(xml).toMatch(/<w:ins [^>]*w:author="Rev\.2"/);
  await expect(app.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible();
});

test('exports a PDF redline whose text holds both drafts’ changed words', async ({ app }) => {
  const { name, bytes } = await exportWith(app, async (d) => {
    await d.getByRole('combobox', { name: 'From' }).selectOption({ label: 'Zero draft' });
    await d.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Rev.2' });
    await d.getByRole('radio', { name: /PDF/ }).check();
  });
  expect(name).toMatch(/\.pdf$/);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString();
  expect(text).toContain('Redline: Zero draft → Rev.2');
  expect(text).toContain('encouraged to consider developing'); // struck from Zero draft ¶26
  expect(text).toContain('called upon to develop'); // inserted in Rev.2 ¶25
  expect(text).toMatch(/Page 1 of \d+/);
});

test('exports the side-by-side table of three drafts as HTML', async ({ app }) => {
  const { bytes } = await exportWith(app, async (d) => {
    await d.getByRole('radio', { name: 'Side-by-side table of several drafts' }).check();
    await d.getByRole('checkbox', { name: 'Final' }).uncheck();
    await d.getByRole('radio', { name: 'HTML' }).check();
  });
  const html = bytes.toString('utf8');
  for (const label of ['Zero draft', 'Rev.1', 'Rev.2']) expect(html).toContain(label);
  expect(html).not.toContain('>Final<');
  expect(html).not.toMatch(/<script/i);
});
