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
 * The export's HTML with the print policy as the very first element, and without any
 * `<meta http-equiv="refresh">` (a policy does not stop a page from navigating itself). A policy
 * in a meta element governs only what follows it, so it goes before everything but a leading
 * doctype (kept first so the page keeps its standards mode): not after the first `<head>`, which a
 * hostile page can hide in a comment, or precede with a script. The parser puts it in the head.
 */
export function lockDownHtml(html: string): string {
  const noRefresh = html.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
  const doctype = /^\uFEFF?\s*<!doctype\b[^>]*>/i.exec(noRefresh);
  const at = doctype ? doctype[0].length : 0;
  return noRefresh.slice(0, at) + CSP_META + noRefresh.slice(at);
}

/** True for the only requests a print may make: the page itself, and data: URLs within it. */
export function printRequestAllowed(url: string, pageUrl: string): boolean {
  return url === pageUrl || url.startsWith('data:');
}
