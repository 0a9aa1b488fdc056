/**
 * Printing an export to PDF without trusting it. The HTML comes from the renderer, so whatever
 * prints it (Electron's hidden print window, a headless Chromium) must run no script and make no
 * request: no network, no file. Three layers do that: the content security policy below, given
 * as a header where the printer serves the page and as the first element of the page itself;
 * scripts switched off in the printer; and every request refused except the page's own.
 */

/** What a printed export may load: its own inline styles and data: images and fonts, nothing else. */
export const PRINT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`;

/**
 * The export's HTML with the print policy as the first thing in its head, and without any
 * `<meta http-equiv="refresh">` (a policy does not stop a page from navigating itself).
 */
export function lockDownHtml(html: string): string {
  const noRefresh = html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
  const head = /<head\b[^>]*>/i.exec(noRefresh);
  if (head) return noRefresh.slice(0, head.index + head[0].length) + CSP_META + noRefresh.slice(head.index + head[0].length);
  return `<!doctype html><html><head>${CSP_META}</head><body>${noRefresh}</body></html>`;
}

/** True for the only requests a print may make: the page itself, and data: URLs within it. */
export function printRequestAllowed(url: string, pageUrl: string): boolean {
  return url === pageUrl || url.startsWith('data:');
}
