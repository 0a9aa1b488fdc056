import { test, expect, openCompare } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, describeViolation } from './a11y';
import { parseViewMessage } from '../shared/view/messages';

test.use({ reducedMotion: 'reduce' });

/** The change list's entries, as the presenter's progress line should name them. */
async function expectedStops(app: Page): Promise<{ citation: string; progressTail: string }[]> {
  const items = app.getByRole('complementary', { name: 'Changes' }).locator('.change-item');
  return items.evaluateAll((els) =>
    els.map((el) => {
      const citation = el.querySelector('.cite')!.textContent!;
      const section = el.closest('.change-group')!.querySelector('h4')!.textContent!;
      // "Zero draft ¶10 → Rev.2 ¶11" is cited in the progress line as "¶11"; a deletion by its old number.
      const last = citation.split(' → ').pop()!;
      const cite = last.match(/(¶.*|\d+ unnumbered paragraphs|unnumbered paragraph)$/)![1]!;
      return { citation, progressTail: [cite, ...(section === 'Untitled section' ? [] : [section])].join(' · ') };
    }),
  );
}

const progressOf = (stops: { progressTail: string }[], n: number) => `change ${n} of ${stops.length} · ${stops[n - 1]!.progressTail}`;

async function present(app: Page): Promise<Locator> {
  await app.keyboard.press('F5');
  const screen = app.getByRole('region', { name: 'Presentation' });
  await expect(screen.locator('.pj-slide')).toBeVisible();
  return screen;
}

test('presents the demo comparison change by change, with an audience window that follows, and Esc returns to the same change', async ({ app }) => {
  test.slow(); // two windows, each checked with axe
  // Every view message a window of this test hears is recorded, to check what reached the audience.
  await app.context().addInitScript(() => {
    const heard: unknown[] = ((window as unknown as { __heard: unknown[] }).__heard = []);
    const Native = window.BroadcastChannel;
    window.BroadcastChannel = class extends Native {
      constructor(name: string) {
        super(name);
        this.addEventListener('message', (e) => heard.push(JSON.parse(JSON.stringify(e.data))));
      }
    };
  });
  const body = await openCompare(app, 'Zero draft', 'Rev.2');
  const stops = await expectedStops(app);
  expect(stops.length).toBeGreaterThan(20);

  // 1. Enter presenter mode on the demo comparison (F5): the first change is spotlighted.
  const screen = await present(app);
  const progress = screen.locator('.pj-progress');
  const spot = screen.locator('.pj-current');
  await expect(progress).toHaveText(progressOf(stops, 1));
  await expect(spot).toHaveCount(1);

  // 2. Next N times with what clickers and keyboards send; the Nth change is spotlighted, its progress line right.
  const keys = ['PageDown', 'ArrowRight', 'Space', 'ArrowDown', 'n'];
  // Step to the change the demo's delegation annotated (Zero draft ¶17), whatever changes come before it.
  const N = stops.findIndex((s) => s.citation === 'Zero draft ¶17') + 1;
  expect(N).toBeGreaterThan(5);
  for (let i = 2; i <= N; i++) {
    await app.keyboard.press(keys[i % keys.length]!);
    await expect(progress).toHaveText(progressOf(stops, i));
    await expect(spot.locator('.pj-label')).toContainText(stops[i - 1]!.citation);
  }
  await app.keyboard.press('PageUp');
  await expect(progress).toHaveText(progressOf(stops, N - 1));
  await app.keyboard.press('ArrowRight');
  await expect(progress).toHaveText(progressOf(stops, N));
  // The dimmed neighbours are there around the spotlight, and quieter than it.
  const dim = screen.locator('.pj-row:not(.pj-current)').first();
  await expect(dim).toBeAttached();
  const [spotColour, dimColour] = await Promise.all([spot.evaluate((e) => getComputedStyle(e).color), dim.evaluate((e) => getComputedStyle(e).color)]);
  expect(spotColour).not.toBe(dimColour);
  expect((await axeViolations(app)).map(describeViolation)).toEqual([]);

  // 3. Open the audience window: it shows the same change and follows Next and Previous from the presenter's window.
  const [audience] = await Promise.all([
    app.context().waitForEvent('page'),
    screen.getByRole('button', { name: 'Open audience window' }).click(),
  ]);
  const audienceErrors: string[] = [];
  audience.on('pageerror', (e) => audienceErrors.push(e.message));
  const room = audience.getByRole('main', { name: 'Audience screen' });
  const roomProgress = room.locator('.pj-progress');
  await expect(roomProgress).toHaveText(progressOf(stops, N));
  await expect(room.locator('.pj-current .pj-label')).toContainText(stops[N - 1]!.citation);
  const console_ = app.getByRole('region', { name: 'Presenter console' });
  await expect(console_).toBeVisible();
  await expect(console_.locator('.pc-progress')).toHaveText(progressOf(stops, N));
  await expect(console_.getByRole('region', { name: 'Next', exact: true })).toContainText(stops[N]!.citation);
  await expect(console_.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
  // The change on screen is Zero draft ¶17, which the demo's delegation annotated: the console shows
  // the annotation as a private note; the audience window neither shows nor receives it.
  expect(stops[N - 1]!.citation).toBe('Zero draft ¶17');
  const notes = console_.getByRole('region', { name: 'Notes (only on this screen)' });
  await expect(notes).toContainText('Capital instructs: keep should');
  await expect(notes).toContainText('Utopia');
  expect(await audience.content()).not.toContain('Capital instructs');

  await app.keyboard.press('ArrowRight');
  await expect(roomProgress).toHaveText(progressOf(stops, N + 1));
  await app.keyboard.press('ArrowRight');
  await expect(roomProgress).toHaveText(progressOf(stops, N + 2));
  await app.keyboard.press('ArrowLeft');
  await expect(roomProgress).toHaveText(progressOf(stops, N + 1));
  await expect(room.locator('.pj-current .pj-label')).toContainText(stops[N]!.citation);
  // The clicker may be talking to the audience window: the presenter's console follows it too.
  await audience.keyboard.press('PageDown');
  await expect(console_.locator('.pc-progress')).toHaveText(progressOf(stops, N + 2));
  await audience.keyboard.press('PageUp');
  await expect(console_.locator('.pc-progress')).toHaveText(progressOf(stops, N + 1));
  expect((await axeViolations(app)).map(describeViolation)).toEqual([]);
  expect((await axeViolations(audience)).map(describeViolation)).toEqual([]);

  // 4. Blank the screen and restore it.
  await app.keyboard.press('b');
  await expect(room.locator('.pj-slide')).toHaveAttribute('data-blank', 'true');
  await expect(room).toHaveText('');
  await expect(console_.getByRole('status').filter({ hasText: 'blank screen' })).toBeVisible();
  await app.keyboard.press('b');
  await expect(room.locator('.pj-slide')).not.toHaveAttribute('data-blank');
  await expect(roomProgress).toHaveText(progressOf(stops, N + 1));
  // After a blank, the first arrow only brings the slide back.
  await app.keyboard.press('.');
  await expect(room).toHaveText('');
  await app.keyboard.press('ArrowRight');
  await expect(roomProgress).toHaveText(progressOf(stops, N + 1));

  // Everything the audience window heard is a view message of the schema, which has no room for
  // anything but the view state and what the room sees: a message carrying more is refused whole.
  const heard = await audience.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard);
  expect(heard.length).toBeGreaterThan(5);
  expect(heard.filter((m) => parseViewMessage(m) === null)).toEqual([]);
  expect(heard.some((m) => (m as { type: string }).type === 'deck')).toBe(true);
  expect(JSON.stringify(heard)).not.toContain('Capital instructs');
  expect(JSON.stringify(heard)).toContain('States should take measures');

  // 5. Esc: back to the compare view at the same change; the audience window closes.
  const closed = audience.waitForEvent('close');
  await app.keyboard.press('Escape');
  await closed;
  await expect(console_).toBeHidden();
  await expect(body).toBeVisible();
  const current = body.locator('.cmp-row.current');
  await expect(current).toHaveCount(1);
  await expect(current.locator('.cmp-label')).toContainText(stops[N]!.citation);
  await expect(current).toBeFocused();
  await expect(app.locator('.nav-pos')).toHaveText(`${N + 1} of ${stops.length}`);
  await expect(app.getByRole('complementary', { name: 'Changes' }).locator('.change-item').nth(N)).toHaveAttribute('aria-current', 'true');
  // And the compare view steps on from there.
  await app.keyboard.press('F8');
  await expect(app.locator('.nav-pos')).toHaveText(`${N + 2} of ${stops.length}`);
  expect(audienceErrors).toEqual([]);
});

test('carries the change list’s filter, jumps to a typed paragraph number, and remembers the zoom and the place', async ({ app }) => {
  test.slow(); // a reload and three entries into presenter mode
  const body = await openCompare(app, 'Rev.1', 'Rev.2');
  // Only moves, as a presenter showing what was moved around would choose.
  const chips = app.getByRole('group', { name: 'Show changes of kind' }).getByRole('button');
  for (const chip of await chips.all()) {
    const name = (await chip.innerText()).trim();
    if (!name.startsWith('moved') && (await chip.getAttribute('aria-pressed')) === 'true' && (await chip.isEnabled())) await chip.click();
  }
  const stops = await expectedStops(app);
  expect(stops.length).toBeGreaterThan(1);
  expect(stops.length).toBeLessThan(8);

  const screen = await present(app);
  const progress = screen.locator('.pj-progress');
  await expect(progress).toHaveText(progressOf(stops, 1));
  await expect(screen.locator('.pj-current')).toHaveAttribute('data-kind', 'moved');
  await app.keyboard.press('End');
  await expect(progress).toHaveText(progressOf(stops, stops.length));
  await app.keyboard.press('Home');
  await expect(progress).toHaveText(progressOf(stops, 1));

  // Type a paragraph number and Enter: ¶23 of Rev.2 is technological neutrality, moved out of the recommendations.
  await app.keyboard.type('23');
  await expect(screen.getByRole('status')).toHaveText('Go to 23… (Enter)');
  await app.keyboard.press('Enter');
  await expect(screen.locator('.pj-current .pj-num')).toHaveText('23was 25');
  await expect(screen.locator('.pj-current')).toContainText('technological neutrality');
  await expect(progress).toContainText('¶23');
  // A number that is not there says so and moves nothing.
  await app.keyboard.type('999');
  await app.keyboard.press('Enter');
  await expect(screen.getByRole('status')).toHaveText('No paragraph 999 here');
  await expect(screen.locator('.pj-current .pj-num')).toHaveText('23was 25');

  // Zoom in twice: larger type, fewer characters a line.
  const size = () => screen.locator('.pj-stage').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const before = await size();
  await app.keyboard.press('+');
  await app.keyboard.press('+');
  await expect(screen.getByRole('toolbar').locator('.pj-zoom-value')).toHaveText('120 %');
  expect(await size()).toBeCloseTo(before * 1.2, 0);

  // Esc: the compare view is at ¶23 (the filter still shows moves only). F5 again: same place, same zoom.
  await app.keyboard.press('Escape');
  await expect(body.locator('.cmp-row.current .cmp-label')).toContainText('Rev.1 ¶25 → Rev.2 ¶23');
  await expect(app.getByRole('complementary', { name: 'Changes' }).locator('.change-item')).toHaveCount(stops.length);
  const again = await present(app);
  await expect(again.locator('.pj-current .pj-num')).toHaveText('23was 25');
  await expect(again.getByRole('toolbar').locator('.pj-zoom-value')).toHaveText('120 %');
  await app.keyboard.press('Escape');

  // The zoom is remembered on this machine, across a reload too.
  await app.reload();
  await expect(app.getByRole('list', { name: 'Drafts in order' })).toBeVisible();
  await openCompare(app, 'Rev.1', 'Rev.2');
  await app.getByRole('button', { name: '▶ Present' }).click();
  await expect(app.getByRole('region', { name: 'Presentation' }).getByRole('toolbar').locator('.pj-zoom-value')).toHaveText('120 %');
});

test('presents the tracker: the watched-phrase matrix, then one slide per event; Esc selects the event in the tracker', async ({ app }) => {
  test.slow(); // the tracker runs twice (its tab, then presenter mode)
  await app.getByRole('tab', { name: 'Tracker' }).click();
  await expect(app.getByRole('table', { name: 'Occurrences of each watched phrase in each draft' })).toBeVisible();
  await app.getByRole('button', { name: '▶ Present' }).click();
  const screen = app.getByRole('region', { name: 'Presentation' });
  const progress = screen.locator('.pj-progress');
  await expect(progress).toHaveText('watch list, page 1 of 2');
  const matrix = screen.getByRole('table');
  await expect(matrix.getByRole('columnheader')).toHaveText(['Phrase', 'Zero draft', 'Rev.1', 'Rev.2', 'Final']);
  const mercenaries = matrix.getByRole('row').filter({ has: app.getByRole('rowheader', { name: 'cyber mercenaries' }) });
  await expect(mercenaries.getByRole('cell')).toHaveText(['4', '4', '—absentgone', '—absent']);

  await app.keyboard.press('PageDown');
  await expect(progress).toHaveText('watch list, page 2 of 2');
  await app.keyboard.press('PageDown');
  await expect(progress).toHaveText(/^event 1 of (\d+) · Zero draft → Rev\.1$/);
  const events = Number((await progress.innerText()).match(/of (\d+)/)![1]);

  // Step on to the slide saying cyber mercenaries were removed in Rev.2.
  const headline = screen.locator('.pj-headline');
  for (let i = 0; i < events && (await headline.innerText()) !== 'cyber mercenaries: removed in Rev.2'; i++) await app.keyboard.press('ArrowRight');
  await expect(headline).toHaveText('cyber mercenaries: removed in Rev.2');
  await expect(progress).toHaveText(new RegExp(`^event \\d+ of ${events} · Rev\\.1 → Rev\\.2$`));
  await expect(screen.locator('.pj-quote mark').first()).toBeVisible();
  // The technological-neutrality downgrade has its own slide.
  const neutrality = screen.locator('.pj-event').filter({ hasText: 'technological neutrality: moved from the recommendations to the discussion' });
  for (let i = 0; i < events && !(await neutrality.count()); i++) await app.keyboard.press('ArrowRight');
  await expect(neutrality.locator('.pj-flag')).toHaveText('Downgrade');
  expect((await axeViolations(app)).map(describeViolation)).toEqual([]);

  await app.keyboard.press('Escape');
  await expect(app.getByRole('tab', { name: 'Tracker' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.locator('#trk-detail-title')).toHaveText('Moved: “technological neutrality”');
});

test('tracker slides follow the Tracker tab’s “Include working drafts” switch', async ({ app }) => {
  test.slow(); // the tracker runs on its tab and again in presenter mode
  await app.getByRole('tab', { name: 'Tracker' }).click();
  await expect(app.getByRole('table', { name: 'Occurrences of each watched phrase in each draft' })).toBeVisible();
  await app.getByRole('checkbox', { name: 'Include working drafts' }).check();
  await expect(app.getByRole('table', { name: 'Occurrences of each watched phrase in each draft' }).getByRole('columnheader', { name: 'Rev.2 (Utopia amendments)' })).toBeVisible();
  await app.getByRole('button', { name: '▶ Present' }).click();
  const matrix = app.getByRole('region', { name: 'Presentation' }).getByRole('table');
  await expect(matrix.getByRole('columnheader')).toHaveText(['Phrase', 'Zero draft', 'Rev.1', 'Rev.2', 'Final', 'Rev.2 (Utopia amendments)']);
  await app.keyboard.press('Escape');
  // Back on the tab the switch is as it was; unticked, the slides leave the working draft out again.
  await expect(app.getByRole('checkbox', { name: 'Include working drafts' })).toBeChecked();
  await app.getByRole('checkbox', { name: 'Include working drafts' }).uncheck();
  await app.getByRole('button', { name: '▶ Present' }).click();
  await expect(matrix.getByRole('columnheader')).toHaveText(['Phrase', 'Zero draft', 'Rev.1', 'Rev.2', 'Final']);
});
