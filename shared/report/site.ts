/**
 * The static tracker site: from drafts in negotiation order to every file of a site that works
 * offline, from disk or any web server, without JavaScript. Pure and deterministic: the same
 * input gives the same files byte for byte (no clock, stable order), so a published tracker can
 * live in version control and its diffs mean something.
 */
import { compareDrafts } from '../compare/compare';
import { comparisonToJson } from '../compare/json';
import { buildLineage } from '../compare/lineage';
import { changeWords } from '../compare/summary';
import { GROUP_JOINER } from '../compare/assemble';
import { defaultCompareOptions, type Change, type Comparison, type CompareOptions } from '../compare/types';
import { htmlRedline } from '../export/html-redline';
import { sideBySideRows } from '../export/table';
import { tableHtml } from '../export/table-html';
import { isParagraph, type Draft } from '../model/draft';
import { presenceChartSvg } from '../track/chart';
import { trackToCliJson } from '../track/cli';
import { toCsv, trackToCsv } from '../track/csv';
import { trackToHtml } from '../track/html';
import { trackDrafts } from '../track/track';
import { withNav } from './chrome';
import { exportStrings } from '../export/strings';
import { historyPage, indexPage, sectionsMostChanged } from './pages';
import { PAGES, redlinePage, SITE_MARKER, stepData } from './paths';
import type { ReportJson, ReportStepJson, SiteFile, SiteInput } from './types';

/** The drafts cannot make a site (fewer than two, or two with one id); the message says why. */
export class ReportError extends Error {
  override name = 'ReportError';
}

interface Step {
  base: Draft;
  target: Draft;
  consecutive: boolean;
  page: string;
}

function stepsOf(input: SiteInput): Step[] {
  const { drafts } = input;
  const position = new Map(drafts.map((d, i) => [d.id, i]));
  const steps: Step[] = [];
  const seen = new Set<string>();
  const add = (a: number, b: number, consecutive: boolean): void => {
    const key = `${a}:${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    steps.push({ base: drafts[a]!, target: drafts[b]!, consecutive, page: redlinePage(steps.length + 1, drafts[a]!, drafts[b]!, a, b) });
  };
  for (let i = 0; i + 1 < drafts.length; i++) add(i, i + 1, true);
  for (const [x, y] of input.pairs ?? []) {
    const a = position.get(x);
    const b = position.get(y);
    if (a === undefined || b === undefined) throw new ReportError(`no draft "${a === undefined ? x : y}" to pair.`);
    if (a === b) throw new ReportError('a pair needs two different drafts.');
    add(a, b, false);
  }
  return steps;
}

/** The file name (or label) naming a draft in the data files, as `draftwatch track` names it. */
const fileOf = (d: Draft): string => d.sourceName ?? d.label;

function changesCsv(comparison: Comparison, base: Draft, target: Draft): string {
  const nums = (refs: Change['base']): string => refs.map((r) => r.number ?? '(unnumbered)').join('; ');
  const text = (c: Change, side: 'base' | 'target'): string =>
    (side === 'base' ? c.base.map((r) => base.blocks[r.index]?.text ?? '') : c.target.map((r) => target.blocks[r.index]?.text ?? '')).join(GROUP_JOINER);
  return toCsv([
    ['Kind', `${base.label} paragraphs`, `${target.label} paragraphs`, `${base.label} section`, `${target.label} section`, 'Left its section', 'Similarity', 'Words inserted', 'Words deleted'],
    ...comparison.changes.map((c) => {
      const w = changeWords(c, text);
      return [
        c.kind,
        nums(c.base),
        nums(c.target),
        (c.baseSection ?? []).join(' › '),
        (c.targetSection ?? []).join(' › '),
        c.crossSection ? 'yes' : '',
        Math.round(c.similarity * 1000) / 1000,
        w.inserted,
        w.deleted,
      ];
    }),
  ]);
}

function draftsCsv(drafts: readonly Draft[]): string {
  return toCsv([
    ['Position', 'Label', 'Date', 'Symbol', 'Title', 'Paragraphs', 'File', 'SHA-256'],
    ...drafts.map((d, i) => [i + 1, d.label, d.date ?? '', d.symbol ?? '', d.title, d.blocks.filter(isParagraph).length, d.sourceName ?? '', d.hash]),
  ]);
}

const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

/**
 * Every file of the site (sorted by path; the marker listing them last) and the site's JSON
 * summary. Throws ReportError when the drafts cannot make a site.
 */
export function buildSite(input: SiteInput): { files: SiteFile[]; json: ReportJson } {
  const { drafts } = input;
  if (drafts.length < 2) throw new ReportError(`a tracker needs at least two usable drafts; ${drafts.length === 0 ? 'none was' : 'only one was'} given.`);
  if (new Set(drafts.map((d) => d.id)).size !== drafts.length) throw new ReportError('two drafts share one id.');
  const options: CompareOptions = { ...defaultCompareOptions, ...input.options };
  const steps = stepsOf(input);
  const total = steps.length + 4;
  let done = 0;
  const progress = (what: string): void => input.onProgress?.(done++, total, what);

  const comparisons: Comparison[] = steps.map((s) => {
    progress(`comparing ${s.base.label} → ${s.target.label}`);
    return compareDrafts(s.base, s.target, options);
  });
  progress('following paragraphs across drafts');
  const lineage = buildLineage(drafts, input.overrides ?? [], options, comparisons);
  progress('tracking watched language');
  const report = trackDrafts(drafts, input.terms, {
    comparisons,
    pairs: steps.filter((s) => !s.consecutive).map((s) => [s.base.id, s.target.id] as const),
  });
  progress('building the side-by-side table');
  const rows = sideBySideRows(drafts, lineage);
  progress('writing pages');

  const stepJson: ReportStepJson[] = steps.map((s, i) => {
    const c = comparisons[i]!;
    return {
      from: s.base.label,
      to: s.target.label,
      consecutive: s.consecutive,
      page: s.page,
      data: stepData(s.page),
      counts: { ...c.summary.counts },
      wordsInserted: c.summary.wordsInserted,
      wordsDeleted: c.summary.wordsDeleted,
      sectionsMostChanged: sectionsMostChanged(c),
    };
  });

  const files: SiteFile[] = [];
  const add = (path: string, data: string): void => void files.push({ path, data });
  const lang = input.uiLanguage;
  const exportOptions = { appVersion: input.appVersion, generatedAt: null, ...(lang ? { uiLanguage: lang } : {}) };
  steps.forEach((s, i) => {
    add(s.page, withNav(htmlRedline(s.base, s.target, comparisons[i]!, exportOptions), input.title, s.page, lang));
    add(stepJson[i]!.data.json, json(comparisonToJson(comparisons[i]!)));
    add(stepJson[i]!.data.csv, changesCsv(comparisons[i]!, s.base, s.target));
  });
  add(PAGES.tracker, withNav(trackToHtml(report, `${exportStrings(lang).navTracker}${exportStrings(lang).colon}${input.title}`, { uiLanguage: lang }), input.title, PAGES.tracker, lang));
  add(PAGES.chart, presenceChartSvg(report.matrix, { title: exportStrings(lang).chartTitle, ...(lang ? { uiLanguage: lang } : {}) }) + '\n');
  add(PAGES.table, withNav(tableHtml(drafts, rows, exportOptions), input.title, PAGES.table, lang));

  add(PAGES.history, historyPage(input, rows));
  const csv = trackToCsv(report);
  add(PAGES.matrixCsv, csv.matrix);
  add(PAGES.eventsCsv, csv.events);
  add(PAGES.draftsCsv, draftsCsv(drafts));
  add(PAGES.trackJson, json(trackToCliJson(report, drafts.map(fileOf))));

  const summary: ReportJson = {
    generator: `Draftwatch ${input.appVersion}`,
    title: input.title,
    order: input.order,
    options,
    drafts: drafts.map((d, i) => ({
      position: i + 1,
      label: d.label,
      file: d.sourceName,
      sha256: d.hash,
      date: d.date,
      symbol: d.symbol,
      title: d.title,
      paragraphs: d.blocks.filter(isParagraph).length,
    })),
    skipped: [...(input.skipped ?? [])].map((s) => ({ file: s.file, reason: s.reason })),
    steps: stepJson,
    terms: report.matrix.rows.map((r) => ({ term: r.term.phrase, alternatives: [...r.term.alternatives], counts: r.cells.map((c) => c.count) })),
    termsSource: input.termsSource,
    files: [],
  };
  add(PAGES.index, indexPage(input, summary, report));
  summary.files = [...files.map((f) => f.path), PAGES.reportJson].sort();
  add(PAGES.reportJson, json(summary));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  files.push({ path: SITE_MARKER, data: json({ generator: 'Draftwatch', version: input.appVersion, files: summary.files }) });
  progress('done');
  return { files, json: summary };
}
