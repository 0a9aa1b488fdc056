import fs from 'node:fs';
import { test, expect, selectDraft } from './fixtures';
import { buildDocx, p, r } from '../shared/import/fixtures/docx-builder';

const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(`shared/import/fixtures/${name}`) });

test('imports DOCX and PDF made by LibreOffice with their numbers and sections, and recognises a file imported twice', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await app.getByTestId('import-input').setInputFiles([fixture('oewg-crp.docx'), fixture('oewg-crp.pdf')]);
  await expect(list.getByRole('listitem')).toHaveCount(6);
  for (const label of await list.locator('.draft-label').allInnerTexts()) {
    if (['Zero draft', 'Rev.1', 'Rev.2', 'Final'].includes(label)) continue;
    await selectDraft(app, label);
    const doc = app.getByRole('document', { name: `Text of ${label}` });
    await expect(doc.locator('.dw-para .dw-num')).toHaveText(['', '', '', '1.', '2.', '3.', '4.', '5.', '6.', '(a)', '(b)', '(c)', '7.', '(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(ii)', '(i)', '8.', '9.', '10.', '11.']);
    await expect(doc.locator('h3', { hasText: 'Threats to digital infrastructure' })).toBeVisible();
    // The footnote stays with the paragraph that cites it.
    await expect(doc.locator('.dw-para[data-number="2"] .dw-footnotes')).toContainText('See A/76/135 and A/78/265.');
  }
  await app.getByTestId('import-input').setInputFiles([fixture('oewg-crp.docx')]);
  await expect(app.getByRole('status').filter({ hasText: 'already in this project' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(6);
});

test('a DOCX with tracked changes imports with changes accepted and offers the text as last accepted', async ({ app }) => {
  const docx = buildDocx({
    body:
      p(r('Draft decision on regular institutional dialogue (Rev.4)'), { style: 'Title' }) +
      p(`${r('1. States ')}<w:del w:id="1" w:author="Chair"><w:r><w:delText xml:space="preserve">shall</w:delText></w:r></w:del><w:ins w:id="2" w:author="Chair">${r('should')}</w:ins>${r(' continue to exchange views.')}`),
  });
  await app.getByTestId('import-input').setInputFiles([{ name: 'rev4.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx) }]);
  const notice = app.getByRole('status').filter({ hasText: 'contained tracked changes' });
  await expect(notice).toBeVisible();
  const doc = app.getByRole('document', { name: /Text of Rev\.4/ });
  // The Title-styled line is the draft's title and stays its first paragraph.
  const first = doc.locator('.dw-para[data-number="1"] .dw-text');
  await expect(doc.locator('.dw-para .dw-text').first()).toHaveText('Draft decision on regular institutional dialogue (Rev.4)');
  await expect(first).toHaveText('States should continue to exchange views.');
  await notice.getByRole('button', { name: 'Use the text as last accepted instead' }).click();
  await expect(first).toHaveText('States shall continue to exchange views.');
  await app.keyboard.press('Control+z');
  await expect(first).toHaveText('States should continue to exchange views.');
});

test('bad files get one clear sentence and change nothing', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await app.getByTestId('import-input').setInputFiles([
    fixture('scanned.pdf'),
    { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 this is not really a zip') },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  await expect(app.getByRole('alert')).toHaveCount(3);
  await expect(app.getByRole('alert').filter({ hasText: 'scanned.pdf was not imported' })).toContainText(/text/i);
  await expect(app.getByRole('alert').filter({ hasText: 'broken.docx was not imported' })).toBeVisible();
  await expect(app.getByRole('alert').filter({ hasText: 'empty.txt was not imported' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(app.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('pastes a text into a new draft with its numbers recognised', async ({ app }) => {
  await app.getByRole('button', { name: 'Paste…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Paste a new draft' });
  await dialog.getByRole('textbox', { name: 'Text of the draft' }).fill(
    'A. Confidence-building measures\n14. States [welcomed][noted] the operationalization of the directory.\n15. States could consider:\n(a) ping tests;\n(b) table-top exercises.',
  );
  await dialog.getByRole('textbox', { name: 'Label' }).fill('Informal paper');
  await dialog.getByRole('button', { name: 'Add draft' }).click();
  const doc = app.getByRole('document', { name: 'Text of Informal paper' });
  await expect(doc.locator('.dw-para .dw-num')).toHaveText(['14.', '15.', '(a)', '(b)']);
  await expect(doc.locator('h3, h2').first()).toContainText('Confidence-building measures');
});

test('Arabic and Chinese drafts import intact and Arabic reads right to left', async ({ app }) => {
  await app.getByTestId('import-input').setInputFiles([fixture('ar-zh.docx')]);
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  const doc = app.getByRole('document', { name: /^Text of / }).last();
  const arabic = doc.locator('.dw-para .dw-text').filter({ hasText: 'تؤكد الدول أن حماية البنية التحتية' });
  await expect(arabic).toBeVisible();
  expect(await arabic.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
  await expect(doc.locator('.dw-para .dw-text').filter({ hasText: '各国强调，保护关键基础设施是政府与私营部门的共同责任。' })).toBeVisible();
});
