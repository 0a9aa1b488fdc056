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
