import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import fs from 'node:fs';

async function openTracker(app: Page) {
  await app.getByRole('tab', { name: 'Tracker' }).click();
  const tracker = app.locator('.tracker');
  // The tracker runs in a worker: on a loaded machine its first report takes a while.
  await expect(tracker).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  return tracker;
}

/** The matrix row of a watched phrase. */
const matrixRow = (app: Page, phrase: string): Locator =>
  app.locator('.trk-matrix tbody tr').filter({ has: app.locator('.trk-phrase', { hasText: new RegExp(`^${phrase}$`) }) });

const panel = (app: Page) => app.getByRole('complementary');

test('matrix: cyber mercenaries present in Zero draft and Rev.1, absent from Rev.2 and Final; a cell lists its paragraphs', async ({ app }) => {
  await openTracker(app);
  const heads = await app.locator('.trk-matrix thead th.trk-draft-col').allInnerTexts();
  expect(heads).toEqual(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
  const cells = matrixRow(app, 'cyber mercenaries').locator('td.trk-cell');
  await expect(cells).toHaveCount(4);
  const texts = await cells.allInnerTexts();
  expect(Number(texts[0])).toBeGreaterThan(0);
  expect(Number(texts[1])).toBeGreaterThan(0);
  expect(texts.slice(2)).toEqual(['—', '—']);
  await expect(cells.nth(2)).toHaveClass(/absent/);
  await expect(cells.nth(0)).not.toHaveClass(/absent/);

  // A present cell lists the paragraphs holding the phrase, with the phrase marked.
  await app.getByRole('button', { name: /^cyber mercenaries in Rev\.1: \d+ occurrences? in \d+ paragraphs?$/ }).click();
  await expect(panel(app).getByRole('heading', { name: '“cyber mercenaries” in Rev.1' })).toBeVisible();
  const paras = panel(app).locator('.trk-para');
  expect(await paras.count()).toBeGreaterThan(0);
  await expect(paras.first().locator('.trk-para-head')).toContainText(/Rev\.1 ¶\d+/);
  await expect(paras.first().locator('.trk-path')).toContainText('Existing and potential threats');
  const marks = await panel(app).locator('mark').allInnerTexts();
  expect(marks.length).toBeGreaterThanOrEqual(Number(texts[1]));
  expect(marks.some((m) => /cyber mercenar/i.test(m))).toBe(true);

  // An absent cell says so; cells work from the keyboard.
  await app.getByRole('button', { name: 'cyber mercenaries in Rev.2: absent' }).focus();
  await app.keyboard.press('Enter');
  await expect(panel(app)).toContainText('Absent: no paragraph of Rev.2 holds “cyber mercenaries”');
  await expect(panel(app).locator('mark')).toHaveCount(0);
});

test('events: the dropped cyber-mercenary reference and the technological-neutrality downgrade, with their paragraphs', async ({ app }) => {
  await openTracker(app);
  const pair = app.getByRole('region', { name: 'Events from Rev.1 to Rev.2' });
  const removal = pair.locator('.trk-event').filter({ has: app.locator('.badge', { hasText: 'Removed' }) }).filter({ hasText: 'cyber mercenaries' });
  await expect(removal).toHaveCount(1);
  await expect(removal).toContainText('is gone from Rev.2');

  const downgrade = pair.locator('.trk-event').filter({ hasText: 'technological neutrality' }).filter({ has: app.locator('.badge', { hasText: 'Moved' }) });
  await expect(downgrade).toHaveCount(1);
  await expect(downgrade).toContainText('Downgrade: moved from the recommendations to the discussion');
  await expect(downgrade).toContainText('Rev.1 ¶25 → Rev.2 ¶23');

  // Both are headline findings, visible without any setup.
  const findings = panel(app).locator('.trk-findings');
  await expect(findings).toContainText('cyber mercenaries');
  await expect(findings).toContainText('Downgrade: moved from the recommendations to the discussion');

  await removal.click();
  await expect(panel(app).getByRole('heading', { name: 'Removed: “cyber mercenaries”' })).toBeVisible();
  const before = panel(app).getByRole('region', { name: 'Before (Rev.1)' });
  await expect(before.locator('.trk-para')).not.toHaveCount(0);
  await expect(before.locator('mark').first()).toHaveText(/cyber mercenaries/i);
  await expect(panel(app).getByRole('region', { name: 'After (Rev.2)' })).toContainText('No paragraph of Rev.2 holds the phrase');

  await downgrade.click();
  await expect(panel(app).getByRole('heading', { name: 'Moved: “technological neutrality”' })).toBeVisible();
  const from = panel(app).getByRole('region', { name: 'Before (Rev.1)' });
  const to = panel(app).getByRole('region', { name: 'After (Rev.2)' });
  await expect(from.locator('.trk-para-head')).toContainText('Rev.1 ¶25');
  await expect(from.locator('.trk-path')).toContainText('Recommended next steps');
  await expect(to.locator('.trk-para-head')).toContainText('Rev.2 ¶23');
  await expect(to.locator('.trk-path')).toContainText('Discussion');
  await expect(from.locator('mark')).toHaveText([/technological neutrality/i]);
  await expect(to.locator('mark')).toHaveText([/technological neutrality/i]);
  await app.keyboard.press('Escape');
  await expect(panel(app).getByRole('heading', { name: 'Key findings' })).toBeVisible();
});

test('events between any two drafts: Zero draft to Final', async ({ app }) => {
  await openTracker(app);
  await app.getByLabel('Compare drafts').selectOption('pair');
  await expect(app.getByLabel('Earlier draft')).toHaveValue(/.+/);
  const pair = app.getByRole('region', { name: 'Events from Zero draft to Final' });
  await expect(pair.locator('.trk-event').filter({ hasText: 'cyber mercenaries' }).filter({ has: app.locator('.badge', { hasText: 'Removed' }) })).toHaveCount(1);
  await expect(app.getByRole('region', { name: 'Events from Rev.1 to Rev.2' })).toHaveCount(0);
});

test('adding a watched phrase updates the matrix and Ctrl+Z undoes it', async ({ app }) => {
  await openTracker(app);
  const rows = app.locator('.trk-matrix tbody tr');
  const before = await rows.count();
  await app.getByLabel('New phrase').fill('ICT incidents');
  await app.getByLabel('Alternatives').fill('ICT incident, cyber incidents');
  await app.getByLabel('Category').fill('Threats');
  await app.getByRole('button', { name: 'Add phrase' }).click();
  await expect(rows).toHaveCount(before + 1);
  const added = matrixRow(app, 'ICT incidents');
  await expect(added.locator('.trk-term-sub')).toContainText('also ICT incident, cyber incidents');
  // Counted in every draft once the tracker has run again.
  await expect(added.locator('td.trk-cell button')).toHaveCount(4);
  const counts = (await added.locator('td.trk-cell').allInnerTexts()).map((t) => (t === '—' ? 0 : Number(t)));
  expect(counts.some((n) => n > 0)).toBe(true);

  // Rejected: a phrase already watched.
  await app.getByLabel('New phrase').fill('Ransomware');
  await app.getByRole('button', { name: 'Add phrase' }).click();
  await expect(app.getByRole('alert')).toContainText('already on the watch list');
  await app.getByLabel('New phrase').fill('');

  await app.locator('.trk-title').click();
  await app.keyboard.press('Control+z');
  await expect(rows).toHaveCount(before);
  await expect(matrixRow(app, 'ICT incidents')).toHaveCount(0);
});

test('editing and removing a watched phrase, each undoable', async ({ app }) => {
  await openTracker(app);
  await app.getByRole('button', { name: 'Edit watched phrase “legally binding”' }).click();
  const form = app.getByRole('form', { name: 'Edit watched phrase “legally binding”' });
  await expect(form.getByLabel('Phrase')).toBeFocused();
  await form.getByLabel('Alternatives').fill('binding instrument');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(matrixRow(app, 'legally binding').locator('.trk-term-sub')).toContainText('also binding instrument');
  await app.getByRole('button', { name: 'Remove watched phrase “legally binding”' }).click();
  await expect(matrixRow(app, 'legally binding')).toHaveCount(0);
  await app.locator('.trk-title').click();
  await app.keyboard.press('Control+z');
  await expect(matrixRow(app, 'legally binding')).toHaveCount(1);
});

test('an empty watch list offers the default one, undoably', async ({ app }) => {
  await openTracker(app);
  const removes = app.getByRole('button', { name: /^Remove watched phrase/ });
  while ((await removes.count()) > 0) await removes.first().click();
  await expect(app.locator('.trk-matrix')).toHaveCount(0);
  await app.getByRole('button', { name: 'Use the default watch list' }).click();
  await expect(matrixRow(app, 'hack-as-a-service')).toHaveCount(1);
  await expect(matrixRow(app, 'cyber mercenaries').locator('td.trk-cell button')).toHaveCount(4);
  await app.locator('.trk-title').click();
  await app.keyboard.press('Control+z');
  await expect(app.getByRole('button', { name: 'Use the default watch list' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: /^0 phrases across 4 drafts/ })).toBeVisible();
});

test('exports the matrix and events as CSV by download in browser mode', async ({ app }) => {
  await openTracker(app);
  const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Matrix CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/tracker matrix\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe('Term,Category,Alternatives,Zero draft,Rev.1,Rev.2,Final,Zero draft paragraphs,Rev.1 paragraphs,Rev.2 paragraphs,Final paragraphs');
  const merc = lines.find((l) => l.startsWith('cyber mercenaries,'))!.split(',');
  expect(Number(merc[3])).toBeGreaterThan(0);
  expect(Number(merc[4])).toBeGreaterThan(0);
  expect(merc.slice(5, 7)).toEqual(['0', '0']);

  const [events] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Events CSV' }).click()]);
  const ecsv = fs.readFileSync((await events.path())!, 'utf8');
  expect(ecsv).toMatch(/cyber mercenaries,removed,Rev\.1,Rev\.2/);
  expect(ecsv).toMatch(/technological neutrality,moved,Rev\.1,Rev\.2,25,[^\r\n]*,23,[^\r\n]*downgrade/);

  const [html] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'HTML report' }).click()]);
  expect(fs.readFileSync((await html.path())!, 'utf8')).toContain('<svg');
});

test('screenshots of the tracker in the light, dark and high-contrast themes', async ({ app }) => {
  await openTracker(app);
  await app.screenshot({ path: 'test-results/screenshots/tracker-light.png' });
  await app.locator('.trk-event').filter({ hasText: 'technological neutrality' }).first().click();
  await app.screenshot({ path: 'test-results/screenshots/tracker-event.png' });
  for (const theme of ['dark', 'contrast']) {
    await app.evaluate((t) => { document.documentElement.dataset.theme = t; }, theme);
    await app.screenshot({ path: `test-results/screenshots/tracker-${theme}.png` });
  }
  await app.evaluate(() => { document.documentElement.dataset.theme = 'light'; });
  await app.getByRole('region', { name: 'Events from Rev.1 to Rev.2' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/screenshots/tracker-events.png' });
  await app.locator('.trk-chart-svg').scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/screenshots/tracker-chart.png' });
  await app.getByRole('button', { name: 'Show the brackets of Rev.1' }).click();
  await app.getByRole('heading', { name: 'Weakened and strengthened wording' }).scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/screenshots/tracker-brackets.png' });
});
