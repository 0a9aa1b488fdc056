/** File names inside the site: stable, readable, safe on every file system. */
import type { Draft } from '../model/draft';

/** "Rev.1" → "rev-1"; letters outside ASCII are dropped, so an Arabic label gets a fallback. */
export function slug(text: string, fallback: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return s || fallback;
}

/** Page of the redline of step `n` (1-based) from `a` to `b`. */
export function redlinePage(n: number, a: Draft, b: Draft, ia: number, ib: number): string {
  return `redline-${String(n).padStart(2, '0')}-${slug(a.label, `draft-${ia + 1}`)}-to-${slug(b.label, `draft-${ib + 1}`)}.html`;
}

/** The data files of step page `page`. */
export function stepData(page: string): { json: string; csv: string } {
  const base = page.replace(/^redline-/, 'changes-').replace(/\.html$/, '');
  return { json: `data/${base}.json`, csv: `data/${base}.csv` };
}

/** The marker that says a folder was written by Draftwatch (and lists what it wrote). */
export const SITE_MARKER = '.draftwatch-site.json';

export const PAGES = {
  index: 'index.html',
  tracker: 'tracker.html',
  chart: 'chart.svg',
  table: 'table.html',
  history: 'history.html',
  reportJson: 'data/report.json',
  trackJson: 'data/track.json',
  draftsCsv: 'data/drafts.csv',
  matrixCsv: 'data/matrix.csv',
  eventsCsv: 'data/events.csv',
} as const;
