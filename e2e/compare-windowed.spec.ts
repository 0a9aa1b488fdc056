/**
 * The Compare view on a long comparison (400 generated paragraphs a side, 420 rows): the redline
 * and the change list are windowed, so only the rows near the viewport are in the document.
 * Everything a reader does still works: stepping from the keyboard lands on (and focuses) rows
 * that were not rendered yet, the change list jumps anywhere, scrolling reaches the end, side by
 * side stays aligned, printing puts every row on paper, and axe stays clean.
 */
import { test as base, expect, startServer, type AppServer } from './fixtures';
import type { Page } from '@playwright/test';
import { generatePair } from '../shared/testing/generator';
import { createProject, serializeProject } from '../shared/model/project';
import { expectAccessible } from './a11y';

const test = base.extend<{ server: AppServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies
  server: async ({}, use) => {
    const { base: zero, target: rev } = generatePair(7, 400);
    const server = await startServer(serializeProject({ ...createProject('Long negotiation'), drafts: [zero, rev] }));
    await use(server);
    server.process.kill();
  },
});

async function open(app: Page) {
  await app.getByRole('tab', { name: 'Compare' }).click();
  const body = app.getByRole('region', { name: /^Redline from / });
  await expect(body).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(body.locator('.cmp-row').first()).toBeVisible();
  // Rows the redline has in all: every change, plus a stub at the old place of each move.
  const counts = await app.getByRole('region', { name: 'Summary of changes' }).locator('.summary-counts b').allInnerTexts();
  const [, moved] = counts.map(Number);
  const rows = counts.map(Number).reduce((a, n) => a + n, 0) + moved!;
  return { body, rows };
}

const inView = async (app: Page, sel: string) =>
  app.locator(sel).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const b = el.closest('.cmp-body, .change-list')!.getBoundingClientRect();
    return r.bottom > b.top && r.top < b.bottom;
  });

test('only the rows near the viewport are in the document; scrolling reaches the last row', async ({ app }) => {
  const { body, rows } = await open(app);
  expect(rows).toBeGreaterThan(400);
  const inDoc = await body.locator('.cmp-row').count();
  expect(inDoc).toBeGreaterThan(2);
  expect(inDoc).toBeLessThan(60);
  expect(await app.locator('.change-item').count()).toBeLessThan(60);
  await expectAccessible(app, 'windowed Compare view');
  // Scroll to the end: the last row comes in, the first leaves.
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(body.locator(`#row-${rows - 1}`)).toBeVisible();
  await expect(body.locator('#row-0')).toHaveCount(0);
  expect(await inView(app, `#row-${rows - 1}`)).toBe(true);
});

test('stepping from the keyboard lands on rows not yet rendered, focused and in view; the change list follows', async ({ app }) => {
  const { body } = await open(app);
  const pos = app.locator('.nav-pos');
  const total = Number((await pos.innerText()).split(' of ')[1]);
  expect(total).toBeGreaterThan(100);
  let last = -1;
  for (let i = 1; i <= 25; i++) {
    await app.keyboard.press('n');
    await expect(pos).toHaveText(`${i} of ${total}`);
    const current = body.locator('.cmp-row.current');
    await expect(current).toHaveCount(1);
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute('aria-current', 'true');
    const id = Number((await current.getAttribute('id'))!.replace('row-', ''));
    expect(id).toBeGreaterThan(last);
    last = id;
    expect(await inView(app, '.cmp-row.current')).toBe(true);
    await expect(app.locator('.change-item[aria-current="true"]')).toHaveCount(1);
    expect(await inView(app, '.change-item[aria-current="true"]')).toBe(true);
  }
  // Enter opens the focused row's history.
  await app.keyboard.press('Enter');
  const history = app.getByRole('dialog', { name: 'Paragraph history' });
  await expect(history).toBeVisible();
  await history.getByRole('button', { name: 'Close history' }).click();
  await expect(history).toBeHidden();
});

test('the change list jumps to the last change, and the current row keeps its focus while the reader scrolls away', async ({ app }) => {
  const { body } = await open(app);
  const list = app.getByRole('complementary', { name: 'Changes' });
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const lastItem = list.locator('.change-item').last();
  // The list follows the scroll a frame later: wait until its last item is the section's last, in view.
  await expect
    .poll(async () => (await lastItem.locator('xpath=..').getAttribute('aria-posinset')) === (await lastItem.locator('xpath=..').getAttribute('aria-setsize')) && (await inView(app, '.change-item >> nth=-1')))
    .toBe(true);
  const cite = await lastItem.locator('.cite').innerText();
  const total = Number((await app.locator('.nav-pos').innerText()).split(' of ')[1]);
  // Every item says its place in its section, so a screen reader hears it in a windowed list.
  expect(Number(await lastItem.locator('xpath=..').getAttribute('aria-setsize'))).toBeGreaterThan(0);
  await lastItem.click();
  await expect(app.locator('.nav-pos')).toHaveText(`${total} of ${total}`);
  const current = body.locator('.cmp-row.current');
  await expect(current.locator('.cmp-label')).toContainText(cite);
  await expect(current).toBeFocused();
  expect(await inView(app, '.cmp-row.current')).toBe(true);
  // Scrolled back to the top: the current row stays in the document (pinned), focused, so Enter and p still work from it.
  await body.evaluate((el) => (el.scrollTop = 0));
  await expect(body.locator('#row-0')).toBeVisible();
  await expect(current).toBeFocused();
  await app.keyboard.press('p');
  await expect(app.locator('.nav-pos')).toHaveText(`${total - 1} of ${total}`);
  await expect(body.locator('.cmp-row.current')).toBeFocused();
  expect(await inView(app, '.cmp-row.current')).toBe(true);
});

test('side by side stays aligned row by row in the middle of a long redline', async ({ app }) => {
  const { body } = await open(app);
  await app.getByRole('radio', { name: 'Side by side' }).click();
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  const pairs = body.locator('.cmp-row .cmp-pair');
  await expect(pairs.first()).toBeVisible();
  const n = await pairs.count();
  expect(n).toBeGreaterThan(2);
  for (let i = 0; i < n; i++) {
    const [a, b] = await pairs.nth(i).locator(':scope > .cmp-cell').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().top));
    expect(Math.abs(a! - b!)).toBeLessThan(1);
  }
  await app.screenshot({ path: 'test-results/screenshots/compare-windowed-side.png' });
});

test('printing renders every row', async ({ app }) => {
  const { body, rows } = await open(app);
  await app.emulateMedia({ media: 'print' });
  await expect(body.locator('.cmp-row')).toHaveCount(rows, { timeout: 30_000 });
  await expect(body.locator('.cmp-gap')).toHaveCount(0);
  await app.emulateMedia({ media: 'screen' });
  await expect.poll(() => body.locator('.cmp-row').count(), { timeout: 30_000 }).toBeLessThan(60);
});

test('find (Ctrl+F) searches every row, not only those on screen, and scrolls to a match far down', async ({ app }) => {
  const { body, rows } = await open(app);
  // A phrase from the end of the last row, which is then scrolled out of the document.
  await body.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = body.locator(`#row-${rows - 1}`);
  await expect(last).toBeVisible();
  const text = (await last.locator('.cmp-text').last().textContent()) ?? '';
  const phrase = [...text.matchAll(/[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}/g)].at(-1)?.[0];
  expect(phrase, `a three-word phrase in: ${text}`).toBeTruthy();
  await body.evaluate((el) => (el.scrollTop = 0));
  await expect(last).toHaveCount(0);

  await body.locator('.cmp-row').first().click();
  await app.keyboard.press('Control+f');
  const find = app.getByRole('search', { name: 'Find in text' });
  await find.getByRole('textbox', { name: 'Find in text' }).fill(phrase!);
  // Step through the matches until the one in the last row (the phrase may recur in boilerplate).
  const input = find.getByRole('textbox', { name: 'Find in text' });
  await input.press('Shift+Enter');
  await expect(find.getByRole('status')).toHaveText(/^\d+ of \d+$/);
  const total = Number(/of (\d+)/.exec((await find.getByRole('status').textContent()) ?? '')![1]);
  const selected = () =>
    app.evaluate(() => {
      const sel = window.getSelection()!;
      const row = sel.anchorNode?.parentElement?.closest('.cmp-row');
      const r = row?.getBoundingClientRect();
      const b = document.querySelector('.cmp-body')!.getBoundingClientRect();
      return { text: sel.toString(), row: row?.id, inView: !!r && r.bottom > b.top && r.top < b.bottom };
    });
  let found = await selected();
  for (let i = 0; i < total && found.row !== `row-${rows - 1}`; i++) {
    await input.press('Shift+Enter');
    found = await selected();
  }
  expect(found.text.toLowerCase()).toBe(phrase!.toLowerCase());
  expect(found.row).toBe(`row-${rows - 1}`);
  expect(found.inView).toBe(true);
  // Closing the find bar windows the lists again.
  await find.getByRole('textbox', { name: 'Find in text' }).press('Escape');
  await expect(find).toHaveCount(0);
  await expect.poll(() => body.locator('.cmp-row').count()).toBeLessThan(60);
});

test('the change list comes after the redline’s first screen, in its place, and is then complete', async ({ app }) => {
  // Frame by frame from the click: the first frame with redline rows has the list's place kept
  // (its box, busy) but none of its items; the items follow, the list's width never changes.
  const frames = await app.evaluate(async () => {
    (document.querySelector('#tab-compare') as HTMLButtonElement).click();
    const seen: Array<{ rows: number; items: number; busy: string | null; width: number }> = [];
    await new Promise<void>((resolve) => {
      const check = () => {
        const aside = document.querySelector('.change-list');
        const rows = document.querySelectorAll('.cmp-row').length;
        const items = document.querySelectorAll('.change-list .change-item').length;
        if (rows) seen.push({ rows, items, busy: aside?.getAttribute('aria-busy') ?? null, width: aside?.getBoundingClientRect().width ?? 0 });
        if (items || seen.length > 600) resolve();
        else requestAnimationFrame(check);
      };
      check();
    });
    return seen;
  });
  expect(frames[0]).toMatchObject({ items: 0, busy: 'true' });
  expect(frames.at(-1)!.items).toBeGreaterThan(0);
  expect(new Set(frames.map((f) => f.width)).size).toBe(1);
  // Complete: it counts every change a reader steps through, and lists them from the first.
  const list = app.getByRole('complementary', { name: 'Changes' });
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  const total = Number(/of (\d+)/.exec((await app.locator('.nav-pos').innerText()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(100);
  await expect(list.locator('.list-count')).toHaveText(`${total} changes shown`);
  await list.locator('.change-item').first().click();
  await expect(app.locator('.nav-pos')).toHaveText(`1 of ${total}`);
});
