/**
 * Accessibility checks with axe-core on a page of the app. The app's CSP refuses inline scripts,
 * so axe's source is evaluated through the DevTools protocol instead of a script tag.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's violations on the page (or inside `selector`), as "rule: help (n nodes)" lines. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const r = await axe.run(sel ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, selector ?? null);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.join(', ')})`);
}
