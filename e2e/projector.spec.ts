/**
 * The projector theme at 1920×1080: screenshots kept as test artefacts (test-results/presenter/),
 * in colour and converted to greyscale, with the checks a projector in a lit room needs: every
 * visible text at 7:1 or more (WCAG AAA) against what is behind it, in colour and in greyscale;
 * the change in focus legible in the greyscale picture itself; insertions and deletions apart by
 * weight, underline and strike; about 60 characters a line.
 */
import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openCompare } from './fixtures';
import { inkContrast, visibleTextContrast } from './contrast';
import { axeViolations, describeViolation } from './a11y';

const OUT = 'test-results/presenter';
fs.mkdirSync(OUT, { recursive: true });

test.use({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });

/** Every visible text at 7:1 or more, in colour and in greyscale; returns how many texts were measured. */
async function expectAAA(page: Page, within?: string): Promise<number> {
  for (const greyscale of [false, true]) {
    const texts = await visibleTextContrast(page, { greyscale, within });
    expect(texts.filter((t) => t.ratio < 7), `texts under 7:1${greyscale ? ' in greyscale' : ''}`).toEqual([]);
    if (!greyscale) return texts.length;
  }
  return 0;
}

/** Screenshots of the page as it is and converted to greyscale (the whole page through CSS grayscale(1)). */
async function shoot(page: Page, name: string, focus?: Locator): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
  await page.screenshot({ path: `${OUT}/${name}-greyscale.png` });
  if (focus) {
    // The change in focus, in the greyscale picture: its darkest ink against its background.
    const png = await focus.screenshot();
    const blank = await page.context().newPage();
    const ink = await inkContrast(blank, png);
    await blank.close();
    expect(ink.ratio, `ink contrast of the focus in greyscale (background ${ink.background}, ink ${ink.ink})`).toBeGreaterThanOrEqual(7);
  }
  await page.evaluate(() => (document.documentElement.style.filter = ''));
}

/** The slide without the controls, as the room sees it once the mouse rests. */
async function settle(screen: Locator): Promise<void> {
  await screen.page().mouse.move(5, 540);
  await expect(screen).not.toHaveClass(/pj-awake/, { timeout: 6000 });
  await expect(screen.locator('.pj-bar')).toHaveCSS('opacity', '0');
}

test('the contrast check measures what a reader sees', async ({ browser }) => {
  const page = await browser.newPage();
  await page.setContent(`<body style="margin:0;background:#fff;font:16px sans-serif">
    <p style="color:#000">black on white</p>
    <p style="color:#767676">grey on white</p>
    <div style="background:rgba(0,0,0,0.5)"><p style="color:#fff">white on half black</p></div>
    <p style="color:#000;opacity:0">transparent</p>
    <div style="height:16px;overflow:hidden"><p style="margin:0;padding-top:40px">clipped away</p></div>
    <p style="color:#000;position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">screen readers only</p>
    <p style="color:#ff0000;background:#00ff00">red on green</p>
  </body>`);
  const colour = Object.fromEntries((await visibleTextContrast(page)).map((t) => [t.text, t.ratio]));
  expect(colour).toEqual({ 'black on white': 21, 'grey on white': 4.54, 'white on half black': 3.98, 'red on green': 2.91 });
  // Greyscale turns red and green into two greys of their luminance.
  const grey = Object.fromEntries((await visibleTextContrast(page, { greyscale: true })).map((t) => [t.text, t.ratio]));
  expect(grey['red on green']).toBeCloseTo(5.96, 1);
  expect(grey['black on white']).toBe(21);
  await page.close();
});

test('a comparison on the projector: spotlight legible in greyscale, insertions and deletions apart, 7:1 everywhere, about 60 characters a line', async ({ app }) => {
  test.slow(); // full-HD screenshots in colour and greyscale, and a contrast walk over every text of each
  await openCompare(app, 'Zero draft', 'Rev.2');
  await app.keyboard.press('F5');
  const screen = app.getByRole('region', { name: 'Presentation' });
  // Zero draft ¶26 → Rev.2 ¶25: "encouraged to consider developing" became "called upon to develop".
  await app.keyboard.type('25');
  await app.keyboard.press('Enter');
  const spot = screen.locator('.pj-current');
  await expect(spot.locator('.pj-label')).toContainText('Zero draft ¶26 → Rev.2 ¶25');
  await settle(screen);

  // Insertions and deletions differ by weight, underline and strike, whatever the colours.
  const style = (l: Locator) => l.evaluate((e) => ({ weight: Number(getComputedStyle(e).fontWeight), line: getComputedStyle(e).textDecorationLine }));
  const ins = await style(spot.locator('ins').first());
  const del = await style(spot.locator('del').first());
  expect(ins).toEqual({ weight: 700, line: 'underline' });
  expect(del).toEqual({ weight: 400, line: 'line-through' });

  // About 60 characters a line at 1920×1080.
  const lines = await spot.locator('.pj-text').evaluate((p) => {
    const tops: number[] = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.textContent!.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const rect = r.getClientRects()[0];
        if (rect) tops.push(rect.top);
      }
    }
    const counts: number[] = [];
    let lineTop = -Infinity;
    for (const t of tops) {
      if (t - lineTop > 20) {
        counts.push(0);
        lineTop = t;
      }
      counts[counts.length - 1]!++;
    }
    return counts;
  });
  const full = lines.slice(0, -1).sort((a, b) => a - b);
  expect(full.length).toBeGreaterThanOrEqual(3);
  const median = full[Math.floor(full.length / 2)]!;
  expect(median).toBeGreaterThanOrEqual(54);
  expect(median).toBeLessThanOrEqual(66);

  expect(await expectAAA(app)).toBeGreaterThan(8);
  await shoot(app, 'compare-modified', spot);
  expect((await axeViolations(app)).map(describeViolation)).toEqual([]);

  // A deleted paragraph, a moved one (with where it came from), and the type zoomed to 150 %.
  for (const [kind, name] of [['deleted', 'compare-deleted'], ['moved', 'compare-moved']] as const) {
    await app.keyboard.press('Home');
    for (let i = 0; i < 40 && (await spot.getAttribute('data-kind')) !== kind; i++) await app.keyboard.press('PageDown');
    await expect(spot).toHaveAttribute('data-kind', kind);
    await expectAAA(app);
    await shoot(app, name, spot);
  }
  // Larger type: a change that no longer fits is first set a little smaller; at 250 % it is shown in parts.
  for (let i = 0; i < 5; i++) await app.keyboard.press('+');
  await expectAAA(app);
  await shoot(app, 'compare-zoom-150', spot);
  for (let i = 0; i < 10; i++) await app.keyboard.press('+');
  await expect(screen.getByRole('toolbar').locator('.pj-zoom-value')).toHaveText('250 %');
  // Next shows the rest of the paragraph before moving on.
  const progressNow = await screen.locator('.pj-progress').innerText();
  await expect(screen.locator('.pj-more')).toBeVisible();
  const lastWords = screen.locator('.pj-current .pj-text');
  const bottomOf = () => lastWords.evaluate((e) => e.getBoundingClientRect().bottom);
  const stage = await screen.locator('.pj-stage').evaluate((e) => e.getBoundingClientRect().bottom);
  expect(await bottomOf()).toBeGreaterThan(stage);
  let presses = 0;
  while ((await screen.locator('.pj-more').count()) && presses < 10) {
    await app.keyboard.press('PageDown');
    presses++;
    await expect(screen.locator('.pj-progress')).toHaveText(progressNow);
  }
  expect(presses).toBeGreaterThanOrEqual(1);
  expect(await bottomOf()).toBeLessThanOrEqual(stage);
  await expectAAA(app);
  await shoot(app, 'compare-zoom-250-continued', spot);
  await app.keyboard.press('PageDown');
  await expect(screen.locator('.pj-progress')).not.toHaveText(progressNow);

  // Blank: nothing to read, nothing lit.
  await app.keyboard.press('b');
  await expect(screen.locator('.pj-slide')).toHaveAttribute('data-blank', 'true');
  expect(await visibleTextContrast(app)).toEqual([]);
  await app.screenshot({ path: `${OUT}/blank.png` });
  await app.keyboard.press('b');

  // The presenter console, on the annotated Zero draft ¶17 (deleted in Rev.2): its private note.
  for (let i = 0; i < 15; i++) await app.keyboard.press('-');
  await app.keyboard.press('Home');
  for (let i = 0; i < 40 && (await spot.getAttribute('data-kind')) !== 'deleted'; i++) await app.keyboard.press('PageDown');
  await expect(spot.locator('.pj-label')).toContainText('Zero draft ¶17');
  const [audience] = await Promise.all([app.context().waitForEvent('page'), screen.getByRole('button', { name: 'Open audience window' }).click()]);
  const console_ = app.getByRole('region', { name: 'Presenter console' });
  await expect(console_.getByRole('region', { name: 'Notes (only on this screen)' })).toContainText('Capital instructs');
  await expect(audience.getByRole('main', { name: 'Audience screen' }).locator('.pj-current')).toBeVisible();
  await expectAAA(app);
  await shoot(app, 'presenter-console-notes');
});

test('the tracker on the projector, and the presenter console beside the audience window', async ({ app }) => {
  test.slow();
  await app.getByRole('tab', { name: 'Tracker' }).click();
  await app.getByRole('button', { name: '▶ Present' }).click();
  const screen = app.getByRole('region', { name: 'Presentation' });
  await expect(screen.getByRole('table')).toBeVisible();
  await settle(screen);
  expect(await expectAAA(app)).toBeGreaterThan(40);
  await shoot(app, 'tracker-matrix', screen.getByRole('table'));

  const headline = screen.locator('.pj-headline');
  await app.keyboard.press('PageDown');
  await app.keyboard.press('PageDown');
  for (let i = 0; i < 30 && (await headline.innerText()) !== 'cyber mercenaries: removed in Rev.2'; i++) await app.keyboard.press('PageDown');
  await expect(headline).toHaveText('cyber mercenaries: removed in Rev.2');
  await expectAAA(app);
  await shoot(app, 'tracker-event-removed', screen.locator('.pj-event'));
  for (let i = 0; i < 30 && !(await headline.innerText()).startsWith('technological neutrality'); i++) await app.keyboard.press('PageDown');
  await expectAAA(app);
  await shoot(app, 'tracker-event-downgrade', screen.locator('.pj-event'));

  // Two screens: the console on the presenter's, the slide on the audience's. (The headline is
  // read first: once the audience window opens, this window shows the console instead.)
  const shown = await headline.innerText();
  const [audience] = await Promise.all([app.context().waitForEvent('page'), screen.getByRole('button', { name: 'Open audience window' }).click()]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  const room = audience.getByRole('main', { name: 'Audience screen' });
  await expect(room.locator('.pj-headline')).toHaveText(shown);
  await expect(app.getByRole('region', { name: 'Presenter console' })).toBeVisible();
  await audience.mouse.move(5, 5);
  await expect(audience.locator('.pj-fullscreen.pj-awake')).toHaveCount(0, { timeout: 6000 });
  if (await audience.locator('.pj-fullscreen').count()) await expect(audience.locator('.pj-fullscreen')).toHaveCSS('opacity', '0');
  await expectAAA(audience);
  await shoot(audience, 'audience-window', room.locator('.pj-event'));
  await expectAAA(app);
  await shoot(app, 'presenter-console');
});
