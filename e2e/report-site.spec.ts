/**
 * The published tracker site as readers meet it: built by `draftwatch report` from the demo
 * negotiation and two Arabic drafts, opened from disk in Chromium. Pages read with JavaScript
 * off, print without the navigation, lay Arabic out right to left, and axe finds no serious or
 * critical accessibility violation on any page. Screenshots of the overview and a redline page
 * are kept in the tests' output folder (test-results/) for a person to look at.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, FAILING_IMPACTS } from './a11y';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Builds a site with the command line; returns its folder. */
function buildSite(name: string, drafts: string[], extra: string[] = []): string {
  const site = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dw-site-e2e-')), name);
  execFileSync(process.execPath, ['bin/draftwatch.mjs', 'report', ...drafts, '-o', site, ...extra], { stdio: 'pipe' });
  return site;
}

const demo = buildSite('demo', ['zero-draft.md', 'rev1.md', 'rev2.md', 'final.md'].map((f) => `assets/demo/${f}`), [
  '--term', 'cyber mercenaries', '--term', 'technological neutrality', '--term', 'ransomware', '--pair', 'Zero draft:Final',
]);

/** Two short Arabic drafts (written for this test), numbered paragraphs, one changed and one added. */
function arabicDrafts(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-ar-'));
  const head = 'مشروع التقرير المرحلي للفريق العامل';
  const p1 = '1. تؤكد الدول أهمية تعزيز التعاون الدولي في مجال أمن المعلومات.';
  const p2 = '2. ينبغي للدول أن تنظر في اتخاذ تدابير لبناء الثقة على الصعيد الإقليمي.';
  const p2b = '2. يجوز للدول أن تنظر، حسب الاقتضاء، في اتخاذ تدابير لبناء الثقة على الصعيد الإقليمي.';
  const p3 = '3. ترحب الدول بإنشاء دليل عالمي لجهات الاتصال.';
  fs.writeFileSync(path.join(dir, 'ar-1.txt'), [head, 'A/AC.1/2026/CRP.1', '', p1, '', p2, ''].join('\n'));
  fs.writeFileSync(path.join(dir, 'ar-2.txt'), [head, 'A/AC.1/2026/CRP.1/Rev.1', '', p1, '', p2b, '', p3, ''].join('\n'));
  return [path.join(dir, 'ar-1.txt'), path.join(dir, 'ar-2.txt')];
}
const arabic = buildSite('arabic', arabicDrafts(), ['--term', 'تدابير لبناء الثقة']);

const url = (site: string, page: string): string => `file://${path.resolve(site, page)}`;
const pagesOf = (site: string): string[] => fs.readdirSync(site).filter((f) => f.endsWith('.html')).sort();

async function seriousViolations(page: Page): Promise<string[]> {
  const found = await axeViolations(page, { impacts: FAILING_IMPACTS });
  return found.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('the tracker site', () => {
  test('reads with JavaScript off: overview, steps, watched language and downloads', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(url(demo, 'index.html'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('progress report');
    const drafts = page.getByRole('table', { name: 'Drafts in negotiation order' });
    await expect(drafts.getByRole('row')).toHaveCount(5);
    await expect(page.getByRole('table', { name: 'Each draft against the one before it' }).getByRole('link', { name: 'Rev.1 → Rev.2' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Other pairs asked for' }).getByRole('link', { name: 'Zero draft → Final' })).toBeVisible();
    await expect(page.getByRole('img', { name: /Chart of watched terms/ })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('index.png'), fullPage: true });

    await page.getByRole('link', { name: 'Rev.1 → Rev.2' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Redline: Rev.1 → Rev.2');
    await expect(page.locator('.k-moved .badge').first()).toHaveText(/Moved/i);
    await expect(page.locator('del').first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('redline.png') });

    await page.getByRole('navigation').getByRole('link', { name: 'Paragraph histories' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paragraph histories');
    await page.getByRole('navigation').getByRole('link', { name: 'Watched language' }).click();
    await expect(page.locator('svg[role="img"]')).toBeVisible();
    await context.close();
  });

  test('prints without the navigation bar', async ({ page }) => {
    await page.goto(url(demo, 'index.html'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation')).toBeVisible();
  });

  test('lays Arabic paragraphs out right to left', async ({ page }) => {
    const redline = pagesOf(arabic).find((p) => p.startsWith('redline-'))!;
    await page.goto(url(arabic, redline));
    const paragraph = page.locator('main p', { hasText: 'تدابير لبناء الثقة' }).first();
    await expect(paragraph).toBeVisible();
    expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await page.screenshot({ path: test.info().outputPath('redline-arabic.png') });
    await page.goto(url(arabic, 'history.html'));
    expect(await page.locator('.history p').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  });

  test('has no serious or critical accessibility violation on any kind of page (axe)', async ({ page }) => {
    test.setTimeout(300_000);
    // The check can fail: a page with an unlabelled image and an unnamed link is caught.
    await page.setContent('<!DOCTYPE html><html lang="en"><title>x</title><main><img src="chart.svg"><a href="x.html"></a></main></html>');
    expect((await seriousViolations(page)).map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    const found: string[] = [];
    // One page of each kind (every redline page is the same exporter's page), in both sites.
    const kinds = (site: string): string[] => pagesOf(site).filter((p, i, all) => !p.startsWith('redline-') || all.findIndex((q) => q.startsWith('redline-')) === i);
    for (const [site, name] of [[demo, 'demo'], [arabic, 'arabic']] as const) {
      for (const p of kinds(site)) {
        await page.goto(url(site, p));
        for (const v of await seriousViolations(page)) found.push(`${name}/${p}: ${v}`);
      }
    }
    expect(found).toEqual([]);
  });
});
