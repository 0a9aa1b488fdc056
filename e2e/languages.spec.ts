import fs from 'node:fs';
import { test, expect, selectDraft } from './fixtures';

const fixture = (name: string) => ({ name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(`shared/import/fixtures/${name}`) });

test('a French DOCX is read as French, shown as such, and its language can be chosen (undoably)', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await app.getByTestId('import-input').setInputFiles([fixture('fr-oewg.docx')]);
  const label = "Projet de rapport d'étape du groupe de travail à composition non limitée sur la sécurité du numérique";
  const item = list.getByRole('listitem').filter({ hasText: label });
  await expect(item.locator('abbr')).toHaveText('FR');
  await selectDraft(app, label);
  const doc = app.getByRole('document', { name: `Text of ${label}` });
  // "Débat" is a part of section A, under it, not a sibling of it.
  await expect(doc.getByRole('heading', { name: 'Débat', level: 4 }).first()).toBeVisible();
  const select = app.getByRole('combobox', { name: `Language of ${label}` });
  await expect(select).toHaveValue('fr');
  await app.screenshot({ path: 'test-results/languages-draft-list.png' });
  await select.selectOption('es');
  await expect(item.locator('abbr')).toHaveText('ES');
  await app.keyboard.press('Control+z');
  await expect(item.locator('abbr')).toHaveText('FR');
});

test('the whole project can be read in one language: every draft, and each one imported later; undo puts it back', async ({ app }) => {
  const list = app.getByRole('list', { name: 'Drafts in order' });
  const codes = () => list.getByRole('listitem').locator('abbr').allTextContents();
  expect(new Set(await codes())).toEqual(new Set(['EN']));
  const choice = app.getByRole('combobox', { name: 'Language of the project’s drafts' });
  await expect(choice).toHaveValue('');
  await choice.selectOption('fr');
  await expect.poll(codes).toEqual(['FR', 'FR', 'FR', 'FR']);
  // A draft imported now is read in the project's language, not the one detected (English).
  await app.getByTestId('import-input').setInputFiles([fixture('oewg-crp.docx')]);
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect.poll(codes).toEqual(['FR', 'FR', 'FR', 'FR', 'FR']);
  await app.keyboard.press('Control+z'); // the import
  await app.keyboard.press('Control+z'); // the language
  await expect(list.getByRole('listitem')).toHaveCount(4);
  await expect.poll(codes).toEqual(['EN', 'EN', 'EN', 'EN']);
  await expect(choice).toHaveValue('');
});
