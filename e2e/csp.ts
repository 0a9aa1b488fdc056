/**
 * Content Security Policy violations seen by the page: the app's policy allows no inline style
 * or script, so anything that writes a style attribute or a <style> element shows up here.
 */
import type { Page } from '@playwright/test';

/** Start recording violations; call before the page loads. */
export async function watchCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
  });
}

/** The violations recorded so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}
