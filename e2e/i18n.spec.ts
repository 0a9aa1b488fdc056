/**
 * The interface in French (and once in Spanish), as a French-speaking delegate uses it: the
 * language chosen in the toolbar, every view visited (Read, Compare, Tracker, annotations panel,
 * Edit on a working draft, presenter mode), each checked for translated words and scanned for
 * any English string of the interface's resources left on screen or in an accessible name; the
 * choice kept across a reload; shortcuts working in French; an HTML redline exported with its
 * cover in French. Screenshots: test-results/screenshots/i18n-*.png.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { en } from '../renderer/src/i18n/en';
import { fr } from '../renderer/src/i18n/fr';
import type { Resources } from '../renderer/src/i18n/resources';

const SHOTS = 'test-results/screenshots';

function values(r: Resources): string[] {
  return Object.values(r).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Matchers for the English interface strings that are not also French ("Annotations", "Options",
 * "PDF" are both): a whole string on screen, with any {{value}} standing for some text. Too short
 * to tell apart from data are left out: fixed strings of under four letters (symbols, "To",
 * "New"), templates of under eight ("{{count}} draft" would match the label "Zero draft").
 */
const FRENCH = new Set(values(fr));
const letters = (v: string) => v.replace(/\{\{\w+\}\}/g, '').replace(/[^\p{L}]/gu, '').length;
const ENGLISH = [...new Set(values(en))]
  .filter((v) => !FRENCH.has(v) && letters(v) >= (v.includes('{{') ? 8 : 4))
  .map((v) => ({ text: v, re: new RegExp(`^${v.trim().split(/\{\{\w+\}\}/).map(escapeRe).join('.+?')}$`, 's') }));


/**
 * Every string a reader sees or hears in `scope`: each element's own text (its text nodes), and
 * the accessible names and hints given in attributes. The documents' own text (the draft, the
 * redline's paragraphs) is data and left out.
 */
async function interfaceStrings(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    const content = '.dw-doc, .cmp-text, .cmp-section, .trk-para-text, .trk-path, .pj-text, blockquote, q, .annotation-quote, .panel-comment, .dw-card-body';
    const out: string[] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      if (el.closest(content) || el.closest('script, style, [hidden]')) continue;
      const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
      if (own) out.push(own);
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const v = el.getAttribute(attr);
        if (v) out.push(v.trim());
      }
    }
    return out;
  }, scope);
}

/** The English interface strings found in `scope`, with where they were found. */
async function englishLeft(page: Page, scope = 'body'): Promise<string[]> {
  const seen = await interfaceStrings(page, scope);
  const found: string[] = [];
  for (const s of seen) for (const e of ENGLISH) if (e.re.test(s)) found.push(`${JSON.stringify(s)} (en: ${JSON.stringify(e.text)})`);
  return [...new Set(found)];
}

test('the interface in French: every view translated, kept across a reload, exports in French; Spanish once', async ({ app }) => {
  test.setTimeout(300_000);
  fs.mkdirSync(SHOTS, { recursive: true });

  // The check can fail: in English it finds the interface's words everywhere.
  expect((await englishLeft(app)).length).toBeGreaterThan(10);

  // Choose French in the toolbar.
  const language = app.getByRole('combobox', { name: 'Interface language' });
  await language.selectOption('fr');
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(app.getByRole('combobox', { name: 'Langue de l’interface' })).toHaveValue('fr');

  // Read.
  await app.getByRole('tab', { name: 'Lire' }).click();
  await expect(app.getByRole('toolbar', { name: 'Projet' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Enregistrer sous…' })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Projets de texte dans l’ordre' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Annoter la sélection' })).toBeVisible();
  await expect(app.locator('.statusbar')).toContainText('paragraphes');
  // Draft labels are data: "Rev.1" stays as it is.
  await expect(app.getByRole('list', { name: 'Projets de texte dans l’ordre' })).toContainText('Rev.1');
  await app.screenshot({ path: `${SHOTS}/i18n-read.png` });
  expect(await englishLeft(app), 'Read').toEqual([]);

  // Compare, and its shortcuts in French.
  await app.getByRole('tab', { name: 'Comparer' }).click();
  const redline = app.getByRole('region', { name: /^Version révisée de .+ à .+$/ });
  await expect(redline).toHaveAttribute('aria-busy', 'false');
  await expect(app.getByRole('region', { name: 'Résumé des modifications' })).toBeVisible();
  await expect(app.getByRole('complementary', { name: 'Modifications' })).toContainText(/modifications? affichées?/);
  await expect(app.getByRole('radio', { name: 'Côte à côte' })).toBeVisible();
  await app.keyboard.press('F8');
  await expect(app.locator('.nav-pos')).toHaveText(/^1 sur \d+$/);
  await app.keyboard.press('F8');
  await expect(app.locator('.nav-pos')).toHaveText(/^2 sur \d+$/);
  await app.screenshot({ path: `${SHOTS}/i18n-compare.png` });
  expect(await englishLeft(app), 'Compare').toEqual([]);
  // Ctrl+F opens the find bar, named in French.
  await app.keyboard.press('Control+f');
  await expect(app.getByRole('search', { name: 'Rechercher dans le texte' })).toBeVisible();
  await app.keyboard.press('Escape');

  // Tracker.
  await app.getByRole('tab', { name: 'Suivi' }).click();
  await expect(app.getByRole('heading', { name: 'Libellés surveillés' })).toBeVisible();
  // The tracker runs in a worker: on a loaded machine its first report takes a while.
  await expect(app.getByRole('heading', { name: 'Modifications entre projets de texte' })).toBeVisible({ timeout: 90_000 });
  await expect(app.getByRole('heading', { name: 'Crochets', exact: true })).toBeVisible();
  // Events are said in French, made from the event's data (the JSON's `details` stay English).
  await expect(app.locator('.trk-ev-details').filter({ hasText: 'cyber mercenaries' }).first()).toContainText(/«\u00a0cyber mercenaries\u00a0» a disparu de Rev\.2 \(\d+ occurrences dans Rev\.1, paragraphes \d+, \d+\)\./);
  await expect(app.locator('.trk-ev-details').filter({ hasText: /is gone from|appears in/ })).toHaveCount(0);
  await app.screenshot({ path: `${SHOTS}/i18n-tracker.png` });
  expect(await englishLeft(app), 'Tracker').toEqual([]);

  // The annotations panel.
  await app.getByRole('tab', { name: 'Lire' }).click();
  await app.getByRole('button', { name: /^Annotations \(\d+\)$/ }).click();
  const panel = app.getByRole('complementary', { name: 'Panneau des annotations' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('searchbox', { name: 'Rechercher dans les annotations' })).toBeVisible();
  await expect(panel.getByRole('group', { name: 'Position' })).toContainText('Appui');
  await app.screenshot({ path: `${SHOTS}/i18n-annotations.png` });
  expect(await englishLeft(app), 'Annotations panel').toEqual([]);
  await panel.getByRole('button', { name: 'Fermer le panneau des annotations' }).click();

  // Edit on a new working draft.
  await app.getByRole('button', { name: 'Nouveau projet de travail…' }).click();
  const create = app.getByRole('dialog', { name: 'Nouveau projet de travail' });
  await expect(create).toContainText('Le projet reçu lui-même ne change jamais.');
  expect(await englishLeft(app, 'dialog'), 'New working draft dialog').toEqual([]);
  await create.getByRole('combobox', { name: 'Issu de' }).selectOption({ label: 'Rev.2' });
  await create.getByRole('button', { name: 'Créer' }).click();
  await expect(app.getByRole('tab', { name: 'Modifier' })).toHaveAttribute('aria-selected', 'true');
  await expect(app.getByRole('toolbar', { name: 'Édition' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Modifications par rapport à la base' })).toContainText('Aucune modification');
  await expect(app.getByRole('radio', { name: 'Marques' })).toBeVisible();
  await app.screenshot({ path: `${SHOTS}/i18n-edit.png` });
  expect(await englishLeft(app), 'Edit').toEqual([]);

  // Presenter mode, from Compare.
  await app.getByRole('tab', { name: 'Comparer' }).click();
  await expect(app.getByRole('region', { name: /^Version révisée de / })).toHaveAttribute('aria-busy', 'false');
  await app.getByRole('button', { name: '▶ Présenter' }).click();
  const screen = app.getByRole('region', { name: 'Présentation' });
  await expect(screen.locator('.pj-slide')).toBeVisible();
  await expect(app.getByRole('toolbar', { name: 'Commandes de la présentation' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Ouvrir la fenêtre de l’assistance' })).toBeVisible();
  await app.keyboard.press('ArrowRight');
  await app.screenshot({ path: `${SHOTS}/i18n-presenter.png` });
  expect(await englishLeft(app), 'Presenter').toEqual([]);
  await app.keyboard.press('Escape');
  await expect(app.getByRole('tab', { name: 'Comparer' })).toHaveAttribute('aria-selected', 'true');

  // An HTML redline exported in French: its cover, legend and provenance in French, marked so.
  await app.getByRole('button', { name: 'Exporter…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Exporter' });
  await dialog.getByRole('radio', { name: /^HTML/ }).check();
  expect(await englishLeft(app, 'dialog'), 'Export dialog').toEqual([]);
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter', exact: true }).click()]);
  const html = fs.readFileSync((await download.path())!, 'utf8');
  const cover = /<header class="cover" lang="fr" dir="ltr">([\s\S]*?)<\/header>/.exec(html)?.[1] ?? '';
  expect(cover).toContain('<h1>Version révisée\u00a0: ');
  expect(cover).toContain('<strong>Légende\u00a0:</strong>');
  expect(cover).toContain('<ins>texte ajouté</ins>');
  expect(cover).toContain('ignorer la casse');
  expect(cover).not.toMatch(/Legend|inserted text|ignore case|Generated/);

  // Reload: French is remembered.
  await app.reload();
  await expect(app.getByRole('list', { name: 'Projets de texte dans l’ordre' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(app.getByRole('combobox', { name: 'Langue de l’interface' })).toHaveValue('fr');
  await expect(app.getByRole('tab', { name: 'Comparer' })).toBeVisible();
  expect(await englishLeft(app), 'after reload').toEqual([]);

  // Spanish once.
  await app.getByRole('combobox', { name: 'Langue de l’interface' }).selectOption('es');
  await expect(app.locator('html')).toHaveAttribute('lang', 'es');
  await app.getByRole('tab', { name: 'Comparar' }).click();
  await expect(app.getByRole('region', { name: /^Cambios marcados de .+ a .+$/ })).toHaveAttribute('aria-busy', 'false');
  await expect(app.getByRole('region', { name: 'Resumen de los cambios' })).toBeVisible();
  await expect(app.getByRole('tab', { name: 'Seguimiento' })).toBeVisible();
  await app.screenshot({ path: `${SHOTS}/i18n-compare-es.png` });

  // And back to English: the English names every other test uses.
  await app.getByRole('combobox', { name: 'Idioma de la interfaz' }).selectOption('en');
  await expect(app.getByRole('tab', { name: 'Compare' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'en');
});
