import fs from 'node:fs';
import path from 'node:path';
import { test, expect, selectDraft } from './fixtures';

test('opens the demo negotiation with its drafts in order and shows Rev.1 as in the original', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect(list.locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);

  await selectDraft(app, 'Rev.1');
  const doc = app.getByRole('document', { name: 'Text of Rev.1' });
  await expect(doc).toBeVisible();
  await expect(app.locator('#draft-title')).toContainText('Rev.1');
  // Section headings and paragraph numbers as printed.
  await expect(doc.locator('h2').first()).toContainText('I.');
  await expect(doc.locator('h3', { hasText: 'Existing and potential threats' })).toBeVisible();
  await expect(doc.locator('h4', { hasText: 'Recommended next steps' }).first()).toBeVisible();
  // The masthead's title and symbol lines come first, as unnumbered paragraphs of the text.
  const numbers = await doc.locator('.dw-para.dw-level-0 .dw-num').allInnerTexts();
  expect(numbers.slice(0, 2)).toEqual(['', '']);
  expect(numbers.length).toBeGreaterThanOrEqual(47);
  expect(numbers.slice(2, 7)).toEqual(['1.', '2.', '3.', '4.', '5.']);
  // Subparagraphs keep their letters.
  await expect(doc.locator('.dw-level-1 .dw-num').first()).toHaveText('(a)');
  await app.screenshot({ path: 'test-results/screenshots/rev1-browser-mode.png' });

  // Switching drafts shows the other text; arrow keys move through the list.
  await selectDraft(app, 'Zero draft');
  await expect(app.getByRole('document', { name: 'Text of Zero draft' })).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await expect(app.getByRole('document', { name: 'Text of Rev.1' })).toBeVisible();
});

test('imports a Markdown draft by drag and drop, saves, reopens and finds everything', async ({ app, server }) => {
  const md = [
    '# Draft conclusions on ICT capacity-building (Rev.3)',
    'A/AC.999/2026/CRP.1/Rev.3',
    '## I. Capacity-building',
    '1. States underlined that capacity-building is a reciprocal, two-way process.',
    '2. States [should][could] strengthen regional points of contact networks:',
    '    (a) through table-top exercises;',
    '    (b) through a voluntary checklist.',
  ].join('\n');
  const dataTransfer = await app.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'rev3.md', { type: 'text/markdown' }));
    return dt;
  }, md);
  await app.dispatchEvent('.app', 'dragover', { dataTransfer });
  await app.dispatchEvent('.app', 'drop', { dataTransfer });

  const list = app.getByRole('list', { name: 'Drafts in order' });
  await expect(list.locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final', 'Rev.3']);
  const doc = app.getByRole('document', { name: 'Text of Rev.3' });
  await expect(doc.locator('.dw-para .dw-num')).toHaveText(['', '', '1.', '2.', '(a)', '(b)']); // title and symbol lines first
  await expect(doc.locator('.dw-bracket').first()).toHaveText('[should][could]');
  await expect(app.getByTestId('save-state')).toHaveText('Unsaved changes');

  // Rename a draft (undoable), then save through browser mode's path dialog.
  await list.getByRole('button', { name: /^Rev\.3/ }).press('F2');
  const rename = app.getByRole('textbox', { name: 'New label for Rev.3' });
  await rename.fill('Rev.3 (informal)');
  await rename.press('Enter');
  await expect(list.locator('.draft-label').last()).toHaveText('Rev.3 (informal)');

  await app.keyboard.press('Control+s');
  const dialog = app.getByRole('dialog', { name: 'Save project as' });
  const file = path.join(server.documents, 'oewg-test.draftwatch');
  await dialog.getByRole('textbox', { name: 'File path' }).fill(file);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(saved.format).toBe('draftwatch-project');
  // The received drafts in order (the demo's working draft is kept apart from them).
  expect(saved.drafts.filter((d: { working?: unknown }) => !d.working).map((d: { label: string }) => d.label)).toEqual(['Zero draft', 'Rev.1', 'Rev.2', 'Final', 'Rev.3 (informal)']);

  // A fresh window: open the file from the recent list and find everything again.
  await app.reload();
  await expect(app.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
  // Recent projects are listed in the sidebar (and in the Open dialog).
  await app.getByRole('region', { name: 'Recent projects' }).getByRole('button', { name: /oewg-test\.draftwatch/ }).click();
  await expect(app.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final', 'Rev.3 (informal)']);
  await selectDraft(app, 'Rev.3 (informal)');
  await expect(app.getByRole('document', { name: 'Text of Rev.3 (informal)' }).locator('.dw-para[data-number="2"] .dw-text')).toContainText('points of contact networks');
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  await expect(app.locator('.statusbar .path')).toHaveText(file);
});

test('a corrupt or foreign file opened as a project gives a clear error and changes nothing', async ({ app, server }) => {
  const broken = path.join(server.documents, 'broken.draftwatch');
  fs.writeFileSync(broken, '{"format":"draftwatch-project","schemaVersion":1,"id":"x","name":"Trunc');
  const foreign = path.join(server.documents, 'package.draftwatch');
  fs.writeFileSync(foreign, JSON.stringify({ name: 'something', version: '1.0.0' }));
  const before = fs.readFileSync(broken, 'utf8');

  for (const [file, message] of [[broken, /not valid JSON/], [foreign, /not a Draftwatch project/]] as const) {
    await app.getByRole('button', { name: 'Open…' }).click();
    const open = app.getByRole('dialog', { name: 'Open project' });
    await open.getByRole('textbox', { name: 'File path' }).fill(file);
    await open.getByRole('button', { name: 'Open' }).click();
    await expect(app.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await app.getByRole('alert').getByRole('button', { name: 'Dismiss message' }).first().click();
  }
  // The demo stays open and the files are untouched.
  await expect(app.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
  expect(fs.readFileSync(broken, 'utf8')).toBe(before);
});

test('undo and redo an import and a removal', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await selectDraft(app, 'Final');
  await app.getByRole('button', { name: 'Remove Final' }).click();
  await expect(list.locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2']);
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(list.locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
  await app.getByRole('button', { name: 'Redo' }).click();
  await expect(list.locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2']);
  await app.keyboard.press('Control+z');
  await expect(list.locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
});

test('unsaved work on a never-saved project survives a crash and is offered back', async ({ app, server, context }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await list.locator('.draft-item').filter({ hasText: 'Final' }).press('F2');
  await app.getByRole('textbox', { name: 'New label for Final' }).fill('Adopted text');
  await app.getByRole('textbox', { name: 'New label for Final' }).press('Enter');
  await expect(app.getByTestId('save-state')).toHaveText('Unsaved changes');
  // The autosave lands a moment after the edit.
  await expect.poll(() => fs.existsSync(path.join(server.userData, 'autosave', 'untitled.draftwatch')), { timeout: 10_000 }).toBe(true);

  // A new window, as after a crash: the demo opens, and the lost work is offered back.
  const again = await context.newPage();
  await again.goto(server.url);
  const offer = again.getByRole('status').filter({ hasText: 'closed before' });
  await expect(offer).toBeVisible();
  await expect(again.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
  await offer.getByRole('button', { name: 'Recover it' }).click();
  await expect(again.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Adopted text']);
  await expect(again.getByTestId('save-state')).toHaveText('Unsaved changes');
});

test('Ctrl+F finds text in the draft, and says when there is none', async ({ app }) => {
  await selectDraft(app, 'Rev.1');
  await app.keyboard.press('Control+f');
  const find = app.getByRole('search', { name: 'Find in text' }).getByRole('textbox', { name: 'Find in text' });
  await expect(find).toBeFocused();
  await find.fill('critical infrastructure');
  await find.press('Enter');
  expect(await app.evaluate(() => String(window.getSelection()).toLowerCase())).toBe('critical infrastructure');
  await expect(app.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+$/);
  await find.press('Enter');
  await expect(app.getByRole('search').getByRole('status')).toHaveText(/^2 of \d+$/);
  await find.press('Shift+Enter');
  await expect(app.getByRole('search').getByRole('status')).toHaveText(/^1 of \d+$/);
  await find.fill('hovercraft');
  await find.press('Enter');
  await expect(app.getByRole('search').getByRole('status')).toHaveText('Not found');
  await find.press('Escape');
  await expect(app.getByRole('search')).toHaveCount(0);
});
