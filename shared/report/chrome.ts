/**
 * What every page of the site shares: a navigation bar (hidden when printed) and, for the pages
 * the site writes itself, the exporters' stylesheet, so the site reads like the exports it links.
 * Pages made by the exporters keep their own document; the bar is put in after `<body>`.
 */
import { escapeHtml, exportCss } from '../export/html-style';
import { PAGES } from './paths';
import { chromeAttributes, exportStrings, fill, type ExportStrings } from '../export/strings';

const NAV_CSS = `
nav.site { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 10pt; border-bottom: 1px solid #c8c8c8; padding: .4rem 0; margin: 0 0 1rem; }
nav.site ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }
nav.site a { color: #1a4f8b; }
nav.site a[aria-current="page"] { font-weight: bold; color: #111; text-decoration: none; }
@media print { nav.site { display: none; } }
`;

const LINKS: Array<[string, keyof ExportStrings]> = [
  [PAGES.index, 'navOverview'],
  [PAGES.tracker, 'navTracker'],
  [PAGES.table, 'navTable'],
  [PAGES.history, 'navHistory'],
];

/** The navigation bar, with the current page marked, in the interface language (English by default). */
export function navBar(siteTitle: string, current: string, uiLanguage?: string): string {
  const s = exportStrings(uiLanguage);
  const items = LINKS.map(([href, key]) => `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${escapeHtml(s[key])}</a></li>`);
  return `<nav class="site" aria-label="${escapeHtml(siteTitle)}"${chromeAttributes(uiLanguage)}><ul>${items.join('')}</ul></nav>`;
}

/** An exporter's page with the site's navigation bar added (and nothing else changed). */
export function withNav(html: string, siteTitle: string, current: string, uiLanguage?: string): string {
  const head = html.indexOf('</head>');
  const body = /<body[^>]*>/.exec(html);
  if (head < 0 || !body || body.index < head) throw new Error('withNav: not an exporter page');
  const at = body.index + body[0].length;
  return `${html.slice(0, head)}<style>${NAV_CSS}</style>\n${html.slice(head, at)}\n${navBar(siteTitle, current, uiLanguage)}${html.slice(at)}`;
}

/** A page the site writes itself, in the exporters' style. `body` is trusted HTML. */
export function sitePage(opts: { siteTitle: string; title: string; current: string; appVersion: string; body: string; wide?: boolean; uiLanguage?: string }): string {
  return `<!DOCTYPE html>
<html${chromeAttributes(opts.uiLanguage)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Draftwatch ${escapeHtml(opts.appVersion)}">
<title>${escapeHtml(opts.title)}</title>
<style>${exportCss(opts.title)}${SITE_CSS}${NAV_CSS}</style>
</head>
<body${opts.wide ? ' class="wide"' : ''}>
${navBar(opts.siteTitle, opts.current, opts.uiLanguage)}
<main>
${opts.body}
</main>
<footer class="provenance"${chromeAttributes(opts.uiLanguage)}>${escapeHtml(fill(exportStrings(opts.uiLanguage).siteFooter, { version: opts.appVersion }))}</footer>

</body>
</html>
`;
}

const SITE_CSS = `
h2 { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
h3 { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 1rem; margin: 1rem 0 .3rem; }
table.data { border-collapse: collapse; width: 100%; font-size: 10pt; margin: .4rem 0 1rem; }
table.data th, table.data td { border: 1px solid var(--rule); padding: .3rem .45rem; text-align: left; vertical-align: top; }
table.data thead th { background: #eee; font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
table.data td.n { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.steps li, .downloads li { margin: .25rem 0; }
.history ol { margin: .2rem 0 .8rem; padding-left: 1.4rem; }
.history li { margin: .3rem 0; break-inside: avoid; }
.history .step { font-family: "Helvetica Neue", Arial, "Liberation Sans", sans-serif; font-size: 9pt; color: var(--muted); }
.history section { border-top: 1px solid var(--rule); padding-top: .4rem; }
.skipped { border-left: 3px solid var(--del); padding-left: .6rem; }
code { font-size: 9pt; word-break: break-all; }
`;
