/**
 * Every view the app has, checked as a whole: no serious or critical accessibility violation
 * (axe-core), in each theme, and no Content Security Policy violation anywhere: Read, Compare
 * (combined, side by side), Tracker, the Annotations panel and dialog, Export; and, in one theme,
 * the other dialogs (Open, Save as, Paste, a paragraph's history) and an empty project. Specs of
 * new views call `expectAccessible` (e2e/a11y.ts) themselves.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { expectAccessible } from './a11y';
import { cspViolations, watchCspViolations } from './csp';

async function openApp(page: Page, url: string): Promise<void> {
  await watchCspViolations(page);
  await page.goto(url);
  await expect(page.getByRole('list', { name: 'Drafts in order' })).toBeVisible();
}

async function setTheme(page: Page, theme: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme);
}

/** Visit each view, checking it in the current theme. */
async function everyView(page: Page, theme: string): Promise<void> {
  await page.getByRole('tab', { name: 'Read' }).click();
  await expect(page.getByRole('document', { name: /^Text of / })).toBeVisible();
  await expectAccessible(page, `Read view (${theme})`);

  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByLabel('Earlier draft').selectOption({ label: 'Zero draft' });
  await page.getByLabel('Later draft').selectOption({ label: 'Rev.2' });
  const redline = page.getByRole('region', { name: 'Redline from Zero draft to Rev.2' });
  await expect(redline).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await page.getByRole('radio', { name: 'Combined' }).click();
  await expectAccessible(page, `Compare, combined (${theme})`);
  await page.getByRole('radio', { name: 'Side by side' }).click();
  await expect(page.locator('.cmp-row').first()).toBeVisible();
  await expectAccessible(page, `Compare, side by side (${theme})`);

  await page.getByRole('tab', { name: 'Tracker' }).click();
  await expect(page.locator('.tracker')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await page.locator('.trk-event').first().click();
  await expectAccessible(page, `Tracker (${theme})`);

  // Annotations (issue 10): the panel, and the dialog that annotates a passage.
  await page.getByRole('tab', { name: 'Read' }).click();
  await page.getByRole('button', { name: /^Annotations \(/ }).click();
  await expect(page.getByRole('complementary', { name: 'Annotations panel' })).toBeVisible();
  await expectAccessible(page, `Annotations panel (${theme})`);
  await page.locator('.dw-para .dw-text').first().evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const text = walker.nextNode() as Text;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, Math.min(12, text.data.length));
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await page.keyboard.press('Control+Alt+m');
  const annotate = page.getByRole('dialog', { name: /^Annotate ¶/ });
  await expect(annotate).toBeVisible();
  await expectAccessible(page, `Annotation dialog (${theme})`);
  await page.screenshot({ path: `test-results/screenshots/annotation-dialog-${theme}.png` });
  await annotate.getByRole('button', { name: 'Cancel' }).click();
  await expect(annotate).toBeHidden();

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, `Export dialog (${theme})`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
}

for (const theme of ['light', 'dark', 'contrast']) {
  test(`every view passes the accessibility gate, ${theme} theme, without a CSP violation`, async ({ page, server }) => {
    test.setTimeout(240_000);
    await openApp(page, server.url);
    await setTheme(page, theme);
    await everyView(page, theme);
    expect(await cspViolations(page)).toEqual([]);
  });
}

test('the other dialogs and an empty project pass the accessibility gate, without a CSP violation', async ({ page, server }) => {
  test.setTimeout(180_000);
  await openApp(page, server.url);
  for (const [button, name] of [['Open…', 'Open project'], ['Save as…', 'Save project as'], ['Paste…', 'Paste a new draft']] as const) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await expectAccessible(page, `${name} dialog`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }

  // A paragraph's history, opened from the Compare view's list of changes.
  await page.getByRole('tab', { name: 'Compare' }).click();
  await page.getByLabel('Earlier draft').selectOption({ label: 'Zero draft' });
  await page.getByLabel('Later draft').selectOption({ label: 'Rev.2' });
  await expect(page.getByRole('region', { name: 'Redline from Zero draft to Rev.2' })).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
  await page.getByRole('complementary', { name: 'Changes' }).locator('.change-item').first().click();
  // Enter opens the history of the focused row, once the list has moved the focus to it.
  await expect(page.locator('.cmp-row.current')).toBeFocused();
  await page.keyboard.press('Enter');
  const history = page.getByRole('dialog', { name: 'Paragraph history' });
  await expect(history.locator('.history-steps > li').first()).toBeVisible();
  await expectAccessible(page, 'Paragraph history dialog');
  await history.getByRole('button', { name: 'Close history' }).click();
  await expect(history).toBeHidden();

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('.draft-item')).toHaveCount(0);
  await expectAccessible(page, 'An empty project');
  await page.screenshot({ path: 'test-results/screenshots/empty-project.png' });
  expect(await cspViolations(page)).toEqual([]);
});

test('the app shell never scrolls as a whole: wheel over the toolbar and sidebar on every view', async ({ app }) => {
  test.setTimeout(180_000);
  const shellScroll = () =>
    app.evaluate(() => ({
      window: window.scrollY,
      document: document.scrollingElement?.scrollTop ?? 0,
      overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      app: document.querySelector('.app')!.getBoundingClientRect().height - window.innerHeight,
    }));
  for (const view of ['Tracker', 'Compare', 'Read']) {
    await app.getByRole('tab', { name: view }).click();
    if (view === 'Tracker') await expect(app.locator('.tracker')).toHaveAttribute('aria-busy', 'false', { timeout: 60_000 });
    for (const over of ['.toolbar', '.sidebar', '.statusbar', '.view-tabs']) {
      const box = (await app.locator(over).boundingBox())!;
      await app.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 20));
      await app.mouse.wheel(0, 2000);
      await app.waitForTimeout(100);
      expect(await shellScroll(), `${view}: wheel over ${over}`).toEqual({ window: 0, document: 0, overflow: 0, app: 0 });
    }
    // The view itself still scrolls, inside its panel.
    const panel = app.locator('#panel');
    const box = (await panel.boundingBox())!;
    await app.mouse.move(box.x + box.width / 3, box.y + box.height / 2);
    await app.mouse.wheel(0, 600);
    await expect.poll(() => app.evaluate(() => [...document.querySelectorAll('#panel, #panel *')].some((e) => e.scrollTop > 0))).toBe(true);
  }
  await app.getByRole('tab', { name: 'Tracker' }).click();
  await app.screenshot({ path: 'test-results/screenshots/tracker-after-wheel.png' });
});
