import { test, expect, openCompare } from './fixtures';
import type { Page } from '@playwright/test';

const row = (body: ReturnType<Page['getByRole']>, citation: string) =>
  body.locator('.cmp-row').filter({ has: body.page().locator('.cmp-label', { hasText: citation }) });

test('redline of Zero draft vs Rev.2: struck and inserted words in the right paragraphs', async ({ app }) => {
  const body = await openCompare(app, 'Zero draft', 'Rev.2');
  // The cyber-mercenary clause is struck from the paragraph that survives (Zero ¶10 → Rev.2 ¶11).
  const mercenaries = row(body, 'Zero draft ¶10 → Rev.2 ¶11');
  await expect(mercenaries.locator('del')).toContainText(['cyber mercenaries']);
  // A strengthened recommendation: "encouraged to consider developing" → "called upon to develop".
  const strengthened = row(body, 'Zero draft ¶26 → Rev.2 ¶25');
  await expect(strengthened.locator('del').first()).toHaveText(/encouraged to consider developing/);
  await expect(strengthened.locator('ins').first()).toHaveText(/called upon to develop/);
  // Struck text is struck and inserted text underlined, whatever the colours.
  expect(await strengthened.locator('del').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('line-through');
  expect(await strengthened.locator('ins').first().evaluate((e) => getComputedStyle(e).textDecorationLine)).toContain('underline');
  // Renumbering alone is no change: an unchanged paragraph shows its old number beside the new.
  await expect(body.locator('.cmp-row[data-kind="unchanged"] .was').first()).toBeVisible();
  await expect(app.getByRole('region', { name: 'Summary of changes' })).toContainText('moved');
  await app.screenshot({ path: 'test-results/screenshots/compare-combined.png' });
});

test('steps through every change in order with the keyboard', async ({ app }) => {
  const body = await openCompare(app, 'Zero draft', 'Rev.2');
  const pos = app.locator('.nav-pos');
  const total = Number((await pos.innerText()).split(' of ')[1]);
  expect(total).toBeGreaterThan(20);
  const listItems = app.getByRole('complementary', { name: 'Changes' }).locator('.change-item');
  await expect(listItems).toHaveCount(total);
  const expected = (await listItems.locator('.cite').allInnerTexts());

  let lastRow = -1;
  for (let i = 1; i <= total; i++) {
    await app.keyboard.press('F8');
    await expect(pos).toHaveText(`${i} of ${total}`);
    const current = body.locator('.cmp-row.current');
    await expect(current).toHaveCount(1);
    const id = Number((await current.getAttribute('id'))!.replace('row-', ''));
    expect(id).toBeGreaterThan(lastRow);
    lastRow = id;
    await expect(current.locator('.cmp-label')).toContainText(expected[i - 1]!);
    await expect(listItems.nth(i - 1)).toHaveAttribute('aria-current', 'true');
  }
  await app.keyboard.press('F8'); // past the last change: stays there
  await expect(pos).toHaveText(`${total} of ${total}`);
  await app.keyboard.press('Shift+F8');
  await expect(pos).toHaveText(`${total - 1} of ${total}`);
  await app.keyboard.press('p');
  await expect(pos).toHaveText(`${total - 2} of ${total}`);
});

test('a moved paragraph is marked at both ends and each end leads to the other', async ({ app }) => {
  const body = await openCompare(app, 'Rev.1', 'Rev.2');
  const moved = row(body, 'Rev.1 ¶25 → Rev.2 ¶23');
  await expect(moved).toHaveAttribute('data-kind', 'moved');
  await expect(moved).toContainText('technological neutrality');
  await expect(moved.locator('.cmp-label')).toContainText('Recommended next steps');
  await moved.getByRole('button', { name: 'Go to old place ↑' }).click();
  const stub = body.locator('.cmp-row.current');
  await expect(stub).toHaveAttribute('data-kind', 'stub');
  await expect(stub).toContainText('Rev.1 ¶25 moved to Rev.2 ¶23');
  await expect(stub).toBeFocused();
  await stub.getByRole('button', { name: 'Go to new place ↓' }).click();
  await expect(body.locator('.cmp-row.current')).toHaveAttribute('data-kind', 'moved');
  await expect(body.locator('.cmp-row.current')).toContainText('technological neutrality');
});

test('side by side keeps both columns aligned row by row, with gaps for one-sided paragraphs', async ({ app }) => {
  const body = await openCompare(app, 'Zero draft', 'Rev.2');
  await app.getByRole('radio', { name: 'Side by side' }).click();
  const pairs = body.locator('.cmp-row .cmp-pair');
  await expect(pairs.first()).toBeVisible();
  // Rows share one scroll container, so the columns cannot drift; each pair starts on one line.
  for (let i = 0; i < 12; i++) {
    const [a, b] = await pairs.nth(i).locator(':scope > .cmp-cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().top));
    expect(Math.abs(a! - b!)).toBeLessThan(1);
  }
  await expect(body.locator('.cmp-row[data-kind="inserted"] .cmp-cell.gap').first()).toHaveAttribute('aria-label', 'Not in the earlier draft');
  await expect(body.locator('.cmp-row[data-kind="deleted"] .cmp-cell.gap').first()).toHaveAttribute('aria-label', 'Not in the later draft');
  const deletedRow = body.locator('.cmp-row[data-kind="deleted"]').first();
  await expect(deletedRow.locator('.cmp-cell').first().locator('del')).not.toBeEmpty();
  await app.screenshot({ path: 'test-results/screenshots/compare-side-by-side.png' });
});

test("opens a paragraph's history across every draft with each step's redline", async ({ app }) => {
  const body = await openCompare(app, 'Zero draft', 'Rev.2');
  const mercenaries = row(body, 'Zero draft ¶10 → Rev.2 ¶11');
  const items = app.getByRole('complementary', { name: 'Changes' }).locator('.change-item');
  await items.filter({ hasText: 'Zero draft ¶10 → Rev.2 ¶11' }).click();
  await expect(mercenaries).toHaveClass(/current/);
  await expect(mercenaries).toBeFocused();
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Paragraph history' });
  await expect(dialog).toBeVisible();
  const steps = dialog.locator('.history-steps > li');
  await expect(steps).toHaveCount(4);
  await expect(steps.locator('h3')).toContainText(['Zero draft ¶10', 'Rev.1 ¶11', 'Rev.2 ¶11', 'Final ¶11']);
  await expect(steps.nth(0)).toContainText('cyber mercenaries');
  await expect(steps.nth(2).locator('del')).toContainText(['cyber mercenaries']);
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a person can link a paragraph the engine lost, and unlink a wrong pairing; both are saved and undoable', async ({ app }) => {
  const body = await openCompare(app, 'Rev.1', 'Rev.2');
  const deleted = row(body, 'Rev.1 ¶17');
  await expect(deleted).toHaveAttribute('data-kind', 'deleted');
  await deleted.getByRole('button', { name: 'History' }).click();
  const dialog = app.getByRole('dialog', { name: 'Paragraph history' });
  const steps = dialog.locator('.history-steps > li');
  await expect(steps.nth(2)).toHaveClass(/absent/);
  const picker = steps.nth(2).getByRole('combobox');
  const target = await picker.locator('option').filter({ hasText: /^¶11 / }).getAttribute('value');
  await picker.selectOption(target!);
  await expect(steps.nth(2)).not.toHaveClass(/absent/);
  await expect(steps.nth(2).locator('.badge')).toHaveText('linked by hand');
  await expect(steps.nth(2).locator('h3')).toContainText('Rev.2 ¶11');

  // Unlink it again from the same dialog, then undo the unlink.
  await steps.nth(2).getByRole('button', { name: /Unlink from Rev\.1/ }).click();
  await expect(steps.nth(2)).toHaveClass(/absent/);
  await app.keyboard.press('Control+z');
  await expect(steps.nth(2).locator('.badge')).toHaveText('linked by hand');
  await expect(app.getByTestId('save-state')).toHaveText('Unsaved changes');
});

test('a paragraph dropped into the discussion without moving is shown as a move, with a Downgrade badge', async ({ app }) => {
  const md = (label: string, discussion: string[], next: string[]) =>
    ['# Draft decision on ransomware (' + label + ')', 'A/AC.999/2026/CRP.9', '## A. Threats', '### Discussion', ...discussion, '### Recommended next steps', ...next].join('\n\n');
  const p1 = '1. States noted the growing number of ransomware attacks against hospitals.';
  const p2 = '2. Several delegations raised the security of undersea cables.';
  const p3 = '3. States should share information on ransomware threats through existing channels.';
  const p4 = '4. The Chair will convene a meeting on the protection of undersea cables.';
  await app.getByTestId('import-input').setInputFiles([
    { name: 'ransomware-rev5.md', mimeType: 'text/markdown', buffer: Buffer.from(md('Rev.5', [p1, p2], [p3, p4])) },
    { name: 'ransomware-rev6.md', mimeType: 'text/markdown', buffer: Buffer.from(md('Rev.6', [p1, p2, p3], [p4])) },
  ]);
  const list = app.getByRole('list', { name: 'Drafts in order' });
  await expect(list.getByRole('listitem')).toHaveCount(6, { timeout: 30_000 });
  const body = await openCompare(app, 'Rev.5', 'Rev.6');
  const moved = row(body, 'Rev.5 ¶3 → Rev.6 ¶3');
  await expect(moved).toHaveAttribute('data-kind', 'moved');
  await expect(moved.locator('.cmp-label')).toContainText('from A. Threats › Recommended next steps to A. Threats › Discussion');
  await expect(moved.locator('.cmp-label .badge.st-downgrade')).toHaveText('Downgrade');
  const item = app.getByRole('complementary', { name: 'Changes' }).locator('.change-item', { hasText: 'Rev.5 ¶3 → Rev.6 ¶3' });
  await expect(item).toContainText('Downgrade');
  await moved.scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/screenshots/compare-section-change.png' });
});
