/**
 * The accessibility gate: axe-core run inside the page, failing the test on any serious or
 * critical violation, with each one listed (rule, what to fix, where). Call it on every view a
 * spec shows:
 *
 *   import { expectAccessible } from './a11y';
 *   await expectAccessible(app, 'Read view');
 *
 * axe's script is evaluated through the test driver, so the app's CSP (script-src 'self') stays
 * as strict as in use.
 */
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axe = createRequire(import.meta.url)('axe-core') as { source: string; version: string };

/** Impacts that fail the gate. */
export const FAILING_IMPACTS: readonly string[] = ['serious', 'critical'];

export interface A11yOptions {
  /** A CSS selector to check instead of the whole page (a dialog, a panel). */
  include?: string;
  /** Selectors left out (third-party content, a deliberately inert overlay). */
  exclude?: string[];
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe on the page as it is now and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string, options: A11yOptions = {}): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async ({ include, exclude }) => {
    const context = include || exclude?.length ? { include: include ? [include] : [['html']], exclude: (exclude ?? []).map((s) => [s]) } : document;
    const run = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } }).axe.run;
    const result = await run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, options);
  const failing = violations.filter((v) => v.impact && FAILING_IMPACTS.includes(v.impact));
  const report = failing.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`);
  expect(report, `accessibility of ${label} (axe-core ${axe.version})`).toEqual([]);
}
