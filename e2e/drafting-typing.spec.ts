/**
 * Typing in a working draft, what the keystroke's own work was cut down to keep
 * (bench/editor.bench.ts measures it): the caret is scrolled to once the frame is painted
 * (editor/plugins/caret-scroll.ts), so typing at the bottom edge of the scroller and Enter on the
 * last line on screen must still bring it into view; the inserted words' highlights are
 * repainted only in the paragraphs an edit changed (editor/plugins/insert-highlights.ts), so
 * after typing, splits, joins, undo and find they must equal a fresh paint of the whole draft.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { caretAtEnd, newWorkingDraft, pasteNumberedParagraphs } from './drafting-helpers';

const SHOTS = 'test-results/screenshots';

/** Whether the caret's box lies inside the editor's scroller and the window. */
function caretInView(app: Page): Promise<boolean> {
  return app.evaluate(() => {
    const sel = getSelection()!;
    if (!sel.rangeCount) return false;
    let rect = sel.getRangeAt(0).getBoundingClientRect();
    // An empty paragraph's caret has no text box: its paragraph's box stands for it.
    if (rect.height === 0) rect = (sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode!.parentElement!).getBoundingClientRect();
    const box = document.querySelector('.working-text')!.getBoundingClientRect();
    return rect.top >= box.top && rect.bottom <= box.bottom && rect.bottom <= innerHeight;
  });
}

/** Scrolls the editor so that `text`'s last line stands just below the scroller's bottom edge. */
async function lastLineBelowEdge(text: Locator): Promise<void> {
  await text.evaluate((el) => {
    const scroller = el.closest('.working-text')!;
    const line = el.getBoundingClientRect().bottom - scroller.getBoundingClientRect().bottom;
    scroller.scrollTop += line - 6;
  });
}

for (const fast of [false, true]) {
  test(`the caret stays in view typing at the bottom edge and after Enter on the last line${fast ? ' (Fast typing)' : ''}`, async ({ app }) => {
    if (fast) await app.evaluate(() => localStorage.setItem('draftwatch.editor.lazyParagraphs', '1'));
    const editor = await newWorkingDraft(app, 'Rev.2');
    const scroller = app.locator('.working-text');
    expect(await scroller.evaluate((s) => s.scrollHeight > s.clientHeight * 2)).toBe(true);
    const text = editor.locator('.dw-para[data-label="6."] .dw-text');
    await text.click();
    await caretAtEnd(text);
    await lastLineBelowEdge(text);
    const top = await scroller.evaluate((s) => s.scrollTop);
    expect(await caretInView(app)).toBe(false);
    // Typing at the end of the hidden last line: wrapped onto new lines below the edge.
    await app.keyboard.type(' and further words typed at the very bottom of the scroller, long enough to wrap onto a new line');
    await expect.poll(() => caretInView(app)).toBe(true);
    expect(await scroller.evaluate((s) => s.scrollTop)).toBeGreaterThan(top);
    // Enter on the last line on screen, again and again: each new paragraph is brought into view.
    await lastLineBelowEdge(text);
    for (let i = 0; i < 4; i++) {
      await app.keyboard.press('Enter');
      await expect.poll(() => caretInView(app)).toBe(true);
    }
    await app.keyboard.type('A paragraph typed at the bottom.');
    await expect.poll(() => caretInView(app)).toBe(true);
    await expect(editor.locator('.dw-para', { hasText: 'A paragraph typed at the bottom.' })).toHaveCount(1);
    // A caret far away (undo back to the top of the changes) is still scrolled to.
    await scroller.evaluate((s) => (s.scrollTop = 0));
    await app.keyboard.press('Control+z');
    await expect.poll(() => caretInView(app)).toBe(true);
  });
}

/** Every highlighted passage of `name` (dw-ins: inserted words), with its paragraph's id, in order. */
function highlighted(app: Page, name: string): Promise<string[]> {
  return app.evaluate((name) => {
    const ranges = [...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get(name) ?? [])];
    return ranges
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const para = (r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement)?.closest('.dw-para');
        return { at: live, text: `${para?.getAttribute('data-id') ?? '?'}: ${live.toString()}` };
      })
      .sort((a, b) => a.at.compareBoundaryPoints(Range.START_TO_START, b.at))
      .map((x) => x.text);
  }, name);
}

test('inserted words stay highlighted exactly as a fresh paint shows them, after typing, splits, joins, undo and find', async ({ app }) => {
  const editor = await newWorkingDraft(app, 'Rev.2');
  const para = (label: string) => editor.locator(`.dw-para[data-label="${label}"] .dw-text`);
  // Typing inside a word of ¶3 (a replaced word: a deleted-word mark appears beside it), then at
  // its end, a split in the middle of ¶5 and words typed on both sides, a join, words in ¶8.
  await para('3.').click();
  await app.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await app.keyboard.press('Control+ArrowRight');
  await app.keyboard.type('re');
  await caretAtEnd(para('3.'));
  await app.keyboard.type(' Words added at the end.');
  await para('5.').click();
  await app.keyboard.press('End');
  await app.keyboard.type(' split here');
  await app.keyboard.press('Enter');
  await app.keyboard.type('New start ');
  await caretAtEnd(para('8.'));
  await app.keyboard.type(' More.');
  await para('7.').click();
  await app.keyboard.press('Home');
  await app.keyboard.press('Backspace');
  await app.keyboard.type(' joined ');
  await app.keyboard.press('Control+z');
  await app.keyboard.type('again');
  await expect.poll(async () => (await highlighted(app, 'dw-ins')).length).toBeGreaterThan(3);
  await app.screenshot({ path: `${SHOTS}/working-draft-typing.png` });
  // Find splits text nodes with its own marks: typing beside a match keeps the highlights right.
  await editor.focus();
  await app.keyboard.press('Control+f');
  const find = app.getByRole('search', { name: 'Find and replace in the working draft' }).getByRole('textbox', { name: 'Find' });
  await find.fill('the');
  await find.press('Enter');
  await find.press('Escape');
  await caretAtEnd(para('3.'));
  await app.keyboard.type(' Then the end.');

  const painted = await highlighted(app, 'dw-ins');
  expect(painted.some((h) => h.endsWith('Then the end.'))).toBe(true);
  expect(painted.some((h) => h.includes('re'))).toBe(true);
  expect(painted.length).toBeGreaterThanOrEqual(4);
  // A fresh paint of the whole draft: markup hidden and shown again.
  await app.getByRole('radio', { name: 'Clean' }).click();
  await expect.poll(() => highlighted(app, 'dw-ins')).toEqual([]);
  await app.getByRole('radio', { name: 'Markup' }).click();
  await expect.poll(() => highlighted(app, 'dw-ins')).toEqual(painted);
});

test('in a long draft inserted words are highlighted near the screen, followed as it scrolls, and all of them before printing', async ({ app }) => {
  const editor = await newWorkingDraft(app, 'Rev.2');
  const scroller = app.locator('.working-text');
  await caretAtEnd(editor.locator('.dw-para[data-label="3."] .dw-text'));
  await app.keyboard.type(' Early words.');
  // 160 paragraphs pasted after ¶3: the rest of the draft ends far below the screen.
  await pasteNumberedParagraphs(app, 160);
  await expect(editor.locator('.dw-para', { hasText: 'Pasted paragraph 160 of 160.' })).toHaveCount(1);
  const early = (h: string) => h.includes('Early words.');
  const late = (h: string) => h.includes('Late words.');
  // The caret ends after the pasted paragraphs, and the view with it: back to the top.
  await scroller.evaluate((s) => (s.scrollTop = 0));
  await expect.poll(async () => (await highlighted(app, 'dw-ins')).some(early)).toBe(true);

  // At the end of the draft: what is typed there is highlighted, what lies screens above is not
  // registered with the browser (it shows nothing there).
  await scroller.evaluate((s) => (s.scrollTop = s.scrollHeight));
  await caretAtEnd(editor.locator('.dw-para .dw-text').last());
  await app.keyboard.type(' Late words.');
  await expect.poll(async () => (await highlighted(app, 'dw-ins')).some(late)).toBe(true);
  expect((await highlighted(app, 'dw-ins')).some(early)).toBe(false);
  const atEnd = await highlighted(app, 'dw-ins');

  // Scrolled back to the top: the early words are painted again, the late ones let go, as a
  // fresh paint there shows them.
  await scroller.evaluate((s) => (s.scrollTop = 0));
  await expect.poll(async () => (await highlighted(app, 'dw-ins')).some(early)).toBe(true);
  expect((await highlighted(app, 'dw-ins')).some(late)).toBe(false);
  const atTop = await highlighted(app, 'dw-ins');
  await app.getByRole('radio', { name: 'Clean' }).click();
  await expect.poll(() => highlighted(app, 'dw-ins')).toEqual([]);
  await app.getByRole('radio', { name: 'Markup' }).click();
  await expect.poll(() => highlighted(app, 'dw-ins')).toEqual(atTop);

  // Printing shows every page: all of them are painted before it lays the page out.
  const all = await app.evaluate(() => {
    window.dispatchEvent(new Event('beforeprint'));
    return [...((CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.get('dw-ins') ?? [])].length;
  });
  expect(all).toBeGreaterThanOrEqual(new Set([...atTop, ...atEnd]).size);
  const printed = await highlighted(app, 'dw-ins');
  expect(printed.some(early) && printed.some(late)).toBe(true);
  expect(printed).toEqual(expect.arrayContaining([...atTop, ...atEnd]));
});

test('a key handled before the selection change is read acts where the caret is shown, not where the editor last read it', async ({ app }) => {
  const editor = await newWorkingDraft(app, 'Rev.2');
  const title = editor.locator('.dw-para').first();
  const titleText = await title.locator('.dw-text').textContent();
  await title.locator('.dw-text').click();
  await expect.poll(() => app.evaluate(() => getSelection()!.anchorNode?.parentElement?.closest('.dw-para') === document.querySelector('.dw-editor .dw-para'))).toBe(true);
  // The caret put at the end of ¶3 and Enter handled in the same task: the browser's
  // selectionchange has not run yet, as when a busy page runs queued input events first.
  await app.evaluate(() => {
    const text = document.querySelector('.dw-editor .dw-para[data-label="3."] .dw-text')!;
    const range = document.createRange();
    range.selectNodeContents(text);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    document.querySelector('.dw-editor')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
  });
  await app.keyboard.type('After the third.');
  await expect(editor.locator('.dw-para[data-label="4."] .dw-text')).toHaveText('After the third.');
  await expect(editor.locator('.dw-para').first().locator('.dw-text')).toHaveText(titleText!);
});
