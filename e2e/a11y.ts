/**
 * Accessibility checks with axe-core, the one helper every spec uses. axe's script is evaluated
 * through the test driver, so the app's CSP (script-src 'self') stays as strict as in use.
 *
 *   import { expectAccessible, axeViolations } from './a11y';
 *   await expectAccessible(app, 'Read view');          // the gate: no serious or critical violation
 *   expect(await axeViolations(app)).toEqual([]);       // stricter: no violation of any impact
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
  /** Only violations of these impacts; every impact when absent. */
  impacts?: readonly string[];
}

/** One rule broken, and where. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** A violation as a line a person can act on: impact, rule, what to fix, where (five places at most). */
export const describeViolation = (v: Violation): string =>
  `${v.impact ?? 'unrated'} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `  at ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`).join('\n')}`;

/** axe's violations on the page as it is now (or inside `include`), of the impacts asked for. */
export async function axeViolations(page: Page, options: A11yOptions = {}): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async ({ include, exclude }) => {
    const context = include || exclude?.length ? { include: include ? [include] : [['html']], exclude: (exclude ?? []).map((s) => [s]) } : document;
    const run = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } }).axe.run;
    const result = await run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, { include: options.include, exclude: options.exclude });
  return options.impacts ? violations.filter((v) => v.impact && options.impacts!.includes(v.impact)) : violations;
}

/** The gate: fails on any serious or critical violation, listing each. */
export async function expectAccessible(page: Page, label: string, options: A11yOptions = {}): Promise<void> {
  const failing = await axeViolations(page, { ...options, impacts: FAILING_IMPACTS });
  expect(failing.map(describeViolation), `accessibility of ${label} (axe-core ${axe.version})`).toEqual([]);
}
