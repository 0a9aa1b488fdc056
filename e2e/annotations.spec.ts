import fs from 'node:fs';
import path from 'node:path';
import { test, expect, selectDraft } from './fixtures';
import type { Page } from '@playwright/test';
import { PROJECT_SCHEMA_VERSION } from '../shared/model/schema';

/** Select `words` inside paragraph `number` of the draft on screen, as a reader would with the mouse. */
async function selectWords(app: Page, number: string, words: string) {
  await app.evaluate(([n, w]) => {
    const text = document.querySelector(`.dw-para[data-number="${n}"] .dw-text`)!;
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.parentElement?.closest('.dw-card') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    const nodes: Text[] = [];
    for (let x = walker.nextNode(); x; x = walker.nextNode()) nodes.push(x as Text);
    const whole = nodes.map((x) => x.data).join('');
    const at = whole.indexOf(w);
    if (at < 0) throw new Error(`“${w}” not in ¶${n}`);
    const point = (offset: number): [Text, number] => {
      let left = offset;
      for (const x of nodes) {
        if (left <= x.data.length) return [x, left];
        left -= x.data.length;
      }
      throw new Error('offset past the text');
    };
    const range = document.createRange();
    range.setStart(...point(at));
    range.setEnd(...point(at + w.length));
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, [number, words] as const);
}

async function annotate(app: Page, number: string, words: string, position: string, comment: string) {
  const dialog = app.getByRole('dialog', { name: new RegExp(`^Annotate ¶${number} of`) });
  // The view may still redraw the paragraph (anchors placed, margin laid out) in the instant
  // between the scripted selection and the key press, and a redraw drops the selection: the app
  // then says "Select a passage of the text first". Select again and retry until the dialog opens.
  await expect(async () => {
    await selectWords(app, number, words);
    await app.keyboard.press('Control+Alt+m');
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(dialog.locator('.annotation-quote')).toHaveText(words);
  await dialog.getByRole('radio', { name: position }).check();
  await dialog.getByRole('textbox', { name: 'Comment' }).click();
  await app.keyboard.type(comment);
  await dialog.getByRole('button', { name: 'Bold' }).click();
  await app.keyboard.type(' Capital agrees.');
  await dialog.getByRole('textbox', { name: 'Delegation' }).fill('Ruritania');
  await dialog.getByRole('button', { name: 'Add annotation' }).click();
  await expect(dialog).toBeHidden();
}

const card = (app: Page, quote: RegExp) => app.getByRole('note', { name: quote });

test('annotate the Zero draft, follow the notes into later drafts and the Compare view, export, import, save and reopen', async ({ app, server }) => {
  test.setTimeout(180_000);
  // 1. Two passages of the Zero draft, with different positions.
  await selectDraft(app, 'Zero draft');
  await expect(app.getByRole('document', { name: 'Text of Zero draft' })).toBeVisible();
  // The demo's own notes on the Zero draft are placed: the view has settled.
  await expect(card(app, /^Reserve by Utopia/)).toBeVisible();
  await annotate(app, '10', 'growing commercial market for ICT intrusion capabilities', 'Oppose', 'Market language is too soft.');
  await annotate(app, '23', 'has an important role to play in the implementation of the norms', 'Support', 'Keep the private sector.');
  const oppose = card(app, /^Oppose by Ruritania on “growing commercial market/);
  await expect(oppose).toBeVisible();
  await expect(oppose.locator('strong')).toHaveText('Capital agrees.');
  await expect(card(app, /^Support by Ruritania on “has an important role/)).toBeVisible();
  await expect(app.locator('.dw-anno.pos-oppose', { hasText: 'growing commercial market' })).toHaveText('growing commercial market for ICT intrusion capabilities');
  // Keyboard: next annotation focuses its card; Enter opens it.
  await app.getByRole('document', { name: 'Text of Zero draft' }).focus();
  await app.keyboard.press(']');
  await expect(app.locator('.nav-pos')).toHaveText(/^1 of 8 annotations$/);
  await expect(app.locator('.dw-card:focus')).toHaveCount(1);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: /^Annotation on ¶/ })).toBeVisible();
  await app.getByRole('dialog', { name: /^Annotation on ¶/ }).getByRole('button', { name: 'Cancel' }).click();
  await app.screenshot({ path: 'test-results/screenshots/annotations-zero.png' });

  // 2. Rev.1 and Rev.2: carried onto their passages, or orphaned with the reason.
  await selectDraft(app, 'Rev.1');
  await expect(card(app, /^Oppose by Ruritania on “growing commercial market/)).toBeVisible();
  await expect(app.locator('.orphans')).toContainText('paragraph 23 deleted in Rev.1');
  await selectDraft(app, 'Rev.2');
  await expect(card(app, /^Oppose by Ruritania on “growing commercial market/)).toBeVisible();
  const orphans = app.getByRole('list', { name: 'Orphaned annotations in Rev.2' });
  await expect(orphans).toContainText('paragraph 23 deleted in Rev.1');
  await expect(orphans).toContainText('paragraph 17 deleted in Rev.2');
  await app.screenshot({ path: 'test-results/screenshots/annotations-rev2.png' });
  // The margin: the first card at its passage's line, each later one at its line or just below
  // the card above, never over it.
  // The margin lays its cards out asynchronously, in chunks across frames: read the boxes until
  // the layout has settled rather than once.
  await expect(async () => {
    const boxes = await app.locator('.dw-margin .dw-card').evaluateAll((cards) =>
      cards.map((c) => {
        const r = c.getBoundingClientRect();
        const mark = document.querySelector(`.dw-anno[data-annotation="${CSS.escape((c as HTMLElement).dataset.annotation!)}"]`)!.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, line: mark.top };
      }),
    );
    expect(boxes.length).toBeGreaterThan(2);
    expect(Math.abs(boxes[0]!.top - boxes[0]!.line)).toBeLessThan(8);
    boxes.slice(1).forEach((b, i) => {
      expect(b.top).toBeGreaterThanOrEqual(b.line - 8);
      expect(b.top).toBeGreaterThanOrEqual(boxes[i]!.bottom);
      if (b.top > b.line + 8) expect(b.top - boxes[i]!.bottom).toBeLessThan(12);
    });
  }).toPass({ timeout: 15_000 });

  // 3. The Compare view flags annotated passages on changed text.
  await app.getByRole('tab', { name: 'Compare' }).click();
  await app.getByLabel('Earlier draft').selectOption({ label: 'Zero draft' });
  await app.getByLabel('Later draft').selectOption({ label: 'Rev.1' });
  const summary = app.getByRole('region', { name: 'Annotations on changed text' });
  await expect(summary).toContainText(/^\d of 8 annotations are on text that changed( \(\d moved\))?; 1 is orphaned\./);
  await expect(app.getByRole('button', { name: 'Support by Ruritania, orphaned' })).toBeVisible();
  // ] / [ step through the flagged passages of both drafts in the redline's order: each flag in
  // turn focused, its place announced.
  await expect(app.getByRole('region', { name: /^Redline from Zero draft to Rev\.1/ })).toHaveAttribute('aria-busy', 'false');
  const flags = await app.locator('.cmp-body .row-flag').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
  expect(flags.length).toBeGreaterThan(2);
  const stepsPos = summary.locator('.annotation-pos');
  await app.getByRole('region', { name: /^Redline from/ }).click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < flags.length; i++) {
    await app.keyboard.press(']');
    await expect(stepsPos).toHaveText(`${i + 1} of ${flags.length} annotations`);
    await expect(app.locator('.row-flag:focus')).toHaveAttribute('aria-label', flags[i]!);
  }
  // The earlier draft's side (a paragraph deleted in Rev.1) was among them, and the later draft's text too.
  expect(flags).toContain('Support by Ruritania, orphaned');
  expect(flags.some((f) => !/orphaned$/.test(f))).toBe(true);
  await app.keyboard.press(']');
  await expect(stepsPos).toHaveText(`${flags.length} of ${flags.length} annotations`);
  await app.keyboard.press('[');
  await expect(stepsPos).toHaveText(`${flags.length - 1} of ${flags.length} annotations`);
  await expect(app.locator('.row-flag:focus')).toHaveAttribute('aria-label', flags[flags.length - 2]!);
  // Enter on the focused flag opens its annotation.
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: /^Annotation on ¶/ })).toBeVisible();
  await app.getByRole('dialog', { name: /^Annotation on ¶/ }).getByRole('button', { name: 'Cancel' }).click();
  await app.screenshot({ path: 'test-results/screenshots/annotations-compare.png' });

  // 4. Export the set, remove every annotation, import the set again.
  await app.getByRole('tab', { name: 'Read' }).click();
  await app.getByRole('button', { name: 'Annotations (8)' }).click();
  const panel = app.getByRole('complementary', { name: 'Annotations panel' });
  const [download] = await Promise.all([app.waitForEvent('download'), panel.getByRole('button', { name: 'Export W3C JSON-LD' }).click()]);
  const exported = fs.readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(exported)['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
  app.once('dialog', (d) => void d.accept());
  await panel.getByRole('button', { name: 'Delete shown' }).click();
  await expect(app.getByRole('button', { name: 'Annotations (0)' })).toBeVisible();
  const setFile = path.join(server.documents, 'set.jsonld');
  fs.writeFileSync(setFile, exported);
  await panel.getByTestId('annotation-import-input').setInputFiles(setFile);
  await expect(app.getByRole('button', { name: 'Annotations (8)' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'Imported 8 annotations' })).toBeVisible();
  // Importing the same set again adds nothing.
  await panel.getByTestId('annotation-import-input').setInputFiles(setFile);
  await expect(app.getByRole('status').filter({ hasText: 'Imported 0 annotations from set.jsonld; 8 were already here' })).toBeVisible();
  // A set on drafts this project lacks is refused and changes nothing.
  const stray = path.join(server.documents, 'stray.jsonld');
  fs.writeFileSync(stray, exported.replaceAll('urn:draftwatch:draft:drf-demo-', 'urn:draftwatch:draft:elsewhere-').replaceAll('"dw:draftHash"', '"dw:otherHash"'));
  await panel.getByTestId('annotation-import-input').setInputFiles(stray);
  await expect(app.getByRole('alert').filter({ hasText: 'on a draft this project does not have' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Annotations (8)' })).toBeVisible();

  // 5. Save, reopen: everything is still there.
  await app.keyboard.press('Control+s');
  const save = app.getByRole('dialog', { name: 'Save project as' });
  const file = path.join(server.documents, 'annotated.draftwatch');
  await save.getByRole('textbox', { name: 'File path' }).fill(file);
  await save.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByTestId('save-state')).toHaveText('Saved');
  expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: PROJECT_SCHEMA_VERSION, annotations: expect.arrayContaining([expect.objectContaining({ delegation: 'Ruritania' })]) });
  await app.reload();
  await app.getByRole('region', { name: 'Recent projects' }).getByRole('button', { name: /annotated\.draftwatch/ }).click();
  await expect(app.getByRole('button', { name: 'Annotations (8)' })).toBeVisible();
  await selectDraft(app, 'Zero draft');
  await expect(card(app, /^Oppose by Ruritania on “growing commercial market/)).toBeVisible();
  await expect(card(app, /^Oppose by Ruritania/).locator('strong')).toHaveText('Capital agrees.');
});

test('comment HTML from an imported set is sanitised: no scripts, no javascript: links', async ({ app, server }) => {
  const set = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    items: [{
      id: 'urn:x:evil', type: 'Annotation',
      body: { type: 'TextualBody', format: 'text/html', value: '<p onclick="window.__pwned=1">Hi <a href="javascript:window.__pwned=1">click</a><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script></p>' },
      target: { source: 'urn:draftwatch:draft:drf-demo-1', selector: { type: 'TextQuoteSelector', exact: 'growing commercial market', prefix: 'concern about the ', suffix: ' for ICT' } },
    }],
  };
  const file = path.join(server.documents, 'evil.jsonld');
  fs.writeFileSync(file, JSON.stringify(set));
  await selectDraft(app, 'Zero draft');
  await app.getByRole('button', { name: /^Annotations \(/ }).click();
  await app.getByRole('complementary', { name: 'Annotations panel' }).getByTestId('annotation-import-input').setInputFiles(file);
  const note = app.getByRole('note', { name: /on “growing commercial market”/ });
  await expect(note).toBeVisible();
  await expect(note.locator('a')).toHaveCount(0);
  await expect(note.locator('img, script, [onclick]')).toHaveCount(0);
  await note.getByText('click').click();
  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('paragraphs rendered after the first screen are found by Ctrl+F and annotated like the others', async ({ app }) => {
  // A long draft's text goes in a piece at a time: the first screenful, then the rest.
  await selectDraft(app, 'Zero draft');
  await expect(app.locator('article.draft-view')).toHaveAttribute('aria-busy', 'false');
  const paragraphs = app.locator('.dw-para[data-number]');
  expect(await paragraphs.count()).toBeGreaterThan(40);
  const last = paragraphs.last();
  const number = (await last.getAttribute('data-number'))!;
  const words = (await last.locator('.dw-text').innerText()).split(/\s+/).slice(2, 8).join(' ');
  await app.keyboard.press('Control+f');
  const search = app.getByRole('search', { name: 'Find in text' });
  await search.getByRole('textbox', { name: 'Find in text' }).fill(words);
  await search.getByRole('textbox', { name: 'Find in text' }).press('Enter');
  await expect(search.getByRole('status')).toHaveText(/^1 of \d+$/);
  expect(await app.evaluate(() => window.getSelection()!.toString())).toBe(words);
  await search.getByRole('textbox', { name: 'Find in text' }).press('Escape');
  await annotate(app, number, words, 'Amend', 'On the last paragraph.');
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(card(app, new RegExp(`^Amend by Ruritania on “${escaped}`))).toBeVisible();
  await expect(app.locator(`.dw-para[data-number="${number}"] .dw-anno.pos-amend`)).toHaveText(words);
});
