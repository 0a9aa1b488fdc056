import fs from 'node:fs';
import path from 'node:path';
import { test, expect, selectDraft } from './fixtures';
import { expectAccessible } from './a11y';
import { nestedDocx, textOperatorBombPdf, zipBombDocx } from '../shared/testing/hostile';

const DEMO = ['Zero draft', 'Rev.1', 'Rev.2', 'Final'];

test('hostile documents each end in one sentence, and the app and its host stay responsive', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  const files = [
    { name: 'nested.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(nestedDocx(50_000)) },
    { name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(zipBombDocx(16)) },
    { name: 'stall.pdf', mimeType: 'application/pdf', buffer: Buffer.from(textOperatorBombPdf(48)) },
  ];
  await app.getByTestId('import-input').setInputFiles(files);
  // While the host is parsing the PDF built to stall it, it answers other calls. (Whether the
  // import is still running when the answer arrives depends on the machine's load: the time limit
  // may already have stopped it, or pdf.js may have given up on it quickly, before the check can
  // see the progress bar. So wait for the bar or the import's end, and check only the answer.)
  const busy = app.getByRole('progressbar', { name: /Importing stall\.pdf/ });
  const stallEnded = app.getByRole('alert').filter({ hasText: 'stall.pdf was not imported' });
  await expect(busy.or(stallEnded)).toBeVisible({ timeout: 30_000 });
  const mode = await app.evaluate(async () => {
    const token = sessionStorage.getItem('draftwatch-token') ?? '';
    const res = await fetch('./api/info', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Draftwatch-Token': token }, body: '[]' });
    return ((await res.json()) as { value: { mode: string } }).value.mode;
  });
  expect(mode).toBe('browser');
  // And the page keeps reacting.
  await app.getByRole('tab', { name: 'Compare' }).click();
  await expect(app.getByRole('tab', { name: 'Compare' })).toHaveAttribute('aria-selected', 'true');
  await app.getByRole('tab', { name: 'Read' }).click();

  const alerts = app.getByRole('alert');
  await expect(alerts).toHaveCount(3, { timeout: 30_000 });
  await expect(alerts.filter({ hasText: 'nested.docx was not imported' })).toContainText('nests its XML more than 256 levels deep');
  await expect(alerts.filter({ hasText: 'bomb.docx was not imported' })).toContainText('zip bomb');
  await expect(alerts.filter({ hasText: 'stall.pdf was not imported' })).toContainText(/took longer than|no text layer/);
  await expect(list.locator('.draft-label')).toHaveText(DEMO);
  // The host is still alive: an ordinary import right after works.
  await app.getByTestId('import-input').setInputFiles([{ name: 'rev3.md', mimeType: 'text/markdown', buffer: Buffer.from('# Rev.3\n\n1. States agreed to meet again.') }]);
  await expect(list.locator('.draft-label')).toHaveText([...DEMO, 'Rev.3']);
});

test('a damaged project opens with a clear error, leaves the file untouched, and its backup can be recovered', async ({ app, server }) => {
  const file = path.join(server.documents, 'negotiation.draftwatch');
  const saveAs = async () => {
    await app.getByRole('button', { name: 'Save as…' }).click();
    const dialog = app.getByRole('dialog', { name: 'Save project as' });
    await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(app.getByTestId('save-state')).toHaveText('Saved');
  };
  await saveAs();
  // A second save keeps the first as the backup.
  await selectDraft(app, 'Final');
  await app.getByRole('button', { name: 'Remove Final' }).click();
  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  expect(fs.existsSync(`${file}.bak`)).toBe(true);

  // The file is damaged (cut short, as by a full disk or a bad copy).
  const good = fs.readFileSync(file);
  const damaged = good.subarray(0, Math.floor(good.length / 2));
  fs.writeFileSync(file, damaged);

  await app.getByRole('button', { name: 'New', exact: true }).click();
  await app.getByRole('button', { name: 'Open…' }).click();
  const open = app.getByRole('dialog', { name: 'Open project' });
  await open.getByRole('textbox', { name: 'File path' }).fill(file);
  await open.getByRole('button', { name: 'Open' }).click();
  const alert = app.getByRole('alert').filter({ hasText: 'not valid JSON' });
  await expect(alert).toContainText(/Its backup from \d{4}-\d\d-\d\d \d\d:\d\d can be opened instead\./);
  expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  await expectAccessible(app, 'the damaged-project error and its offer');

  await alert.getByRole('button', { name: 'Open the backup' }).click();
  await expect(app.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(DEMO);
  await expect(app.getByTestId('save-state')).toHaveText('Unsaved changes');
  await expect(app.locator('.statusbar .path')).toHaveText(file);
  expect(fs.readFileSync(file).equals(damaged)).toBe(true);

  await app.keyboard.press('Control+s');
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  expect((JSON.parse(fs.readFileSync(file, 'utf8')) as { drafts: { working?: unknown }[] }).drafts.filter((d) => !d.working)).toHaveLength(4);
  expect(fs.readFileSync(`${file}.damaged`).equals(damaged)).toBe(true);
});
