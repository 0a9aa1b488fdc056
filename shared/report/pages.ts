/**
 * The pages the site writes itself: the overview (drafts, steps, watched language, downloads,
 * files left out, provenance) and the paragraph histories. Redlines, the tracker and the
 * side-by-side table are the exporters' own pages.
 */
import { CHANGE_KINDS } from '../compare/summary';
import type { Comparison } from '../compare/types';
import { describeDraft, describeOptions } from '../export/provenance';
import { escapeHtml as esc, opsToHtml } from '../export/html-style';
import { gapText } from '../export/table-html';
import { isCell, type TableRow } from '../export/table';

import type { Block, Draft } from '../model/draft';
import type { TrackReport } from '../track/types';
import { sitePage } from './chrome';
import { PAGES } from './paths';
import type { ReportJson, ReportStepJson, SiteInput } from './types';

const ORDER_WORDS: Record<ReportJson['order'], string> = {
  given: 'in the order given on the command line',
  date: 'by date',
  symbol: 'by document symbol',
  name: 'by file name',
  project: 'in the project’s order',
};

/** "3 modified · 1 moved", the kinds that occur, in the summary's order. */
export function countsLine(counts: Record<string, number>): string {
  const parts = CHANGE_KINDS.filter((k) => k !== 'unchanged' && (counts[k] ?? 0) > 0).map((k) => `${counts[k]} ${k}`);
  return parts.length ? parts.join(' · ') : 'no changes';
}

/** Sections with the most changed paragraphs (unchanged ones do not count), at most `n`. */
export function sectionsMostChanged(comparison: Comparison, n = 3): Array<{ section: string; changes: number }> {
  return comparison.summary.bySection
    .map((s, i) => ({ section: s.section, changes: CHANGE_KINDS.reduce((a, k) => a + (k === 'unchanged' ? 0 : s.counts[k]), 0), i }))
    .filter((s) => s.changes > 0)
    .sort((a, b) => b.changes - a.changes || a.i - b.i)
    .slice(0, n)
    .map(({ section, changes }) => ({ section: section || '(before the first heading)', changes }));
}

function draftsTable(drafts: readonly Draft[]): string {
  const rows = drafts.map((d, i) => {
    const paragraphs = d.blocks.filter((b) => b.kind === 'paragraph').length;
    return (
      `<tr><td class="n">${i + 1}</td><td dir="auto">${esc(d.label)}</td><td>${esc(d.date ?? 'undated')}</td>` +
      `<td dir="auto">${esc(d.symbol ?? '—')}</td><td class="n">${paragraphs}</td><td dir="auto">${esc(d.sourceName ?? '—')}</td></tr>`
    );
  });
  return (
    '<table class="data"><caption class="muted">Drafts in negotiation order</caption>' +
    '<thead><tr><th scope="col">#</th><th scope="col">Label</th><th scope="col">Date</th><th scope="col">Symbol</th><th scope="col">Paragraphs</th><th scope="col">File</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function stepsTable(steps: readonly ReportStepJson[], caption: string): string {
  const row = (s: ReportStepJson): string =>
    `<tr><th scope="row"><a href="${esc(s.page)}"><span dir="auto">${esc(s.from)}</span> → <span dir="auto">${esc(s.to)}</span></a></th>` +
    `<td>${esc(countsLine(s.counts))}</td><td class="n">+${s.wordsInserted} / −${s.wordsDeleted}</td>` +
    `<td>${s.sectionsMostChanged.map((x) => `<span dir="auto">${esc(x.section)}</span> (${x.changes})`).join('<br>') || '—'}</td>` +
    `<td><a href="${esc(s.data.csv)}">CSV</a> · <a href="${esc(s.data.json)}">JSON</a></td></tr>`;
  return (
    `<table class="data"><caption class="muted">${esc(caption)}</caption>` +
    '<thead><tr><th scope="col">Redline</th><th scope="col">Paragraphs changed</th><th scope="col">Words</th><th scope="col">Sections most changed</th><th scope="col">Data</th></tr></thead>' +
    `<tbody>${steps.map(row).join('\n')}</tbody></table>`
  );
}

function stepsList(steps: readonly ReportStepJson[]): string {
  const consecutive = steps.filter((s) => s.consecutive);
  const extra = steps.filter((s) => !s.consecutive);
  return stepsTable(consecutive, 'Each draft against the one before it') + (extra.length ? stepsTable(extra, 'Other pairs asked for') : '');
}

function termsSection(report: TrackReport, input: SiteInput): string {
  if (!report.terms.length) {
    return '<p class="muted">No watched terms were given (use <code>--terms FILE</code> or a project’s watch list); brackets and hedging are still tracked.</p>' +
      `<p><a href="${PAGES.tracker}">Brackets and weakened or strengthened wording</a></p>`;
  }
  const head = report.drafts.map((d) => `<th scope="col" dir="auto">${esc(d.label)}</th>`).join('');
  const rows = report.matrix.rows
    .map((r) => `<tr><th scope="row" dir="auto">${esc(r.term.phrase)}</th>${r.cells.map((c) => `<td class="n">${c.count}</td>`).join('')}</tr>`)
    .join('\n');
  return (
    `<p>${report.terms.length} watched term${report.terms.length === 1 ? '' : 's'} (${esc(input.termsSource)}); ${report.events.length} event${report.events.length === 1 ? '' : 's'} between drafts. ` +
    `<a href="${PAGES.tracker}">Chart, events, brackets and hedging</a>.</p>` +
    `<p><img src="${PAGES.chart}" alt="Chart of watched terms across drafts: the same counts as the table below." style="max-width:100%"></p>` +
    `<table class="data"><caption class="muted">Occurrences of each watched term in each draft</caption><thead><tr><th scope="col">Term</th>${head}</tr></thead><tbody>${rows}</tbody></table>`
  );
}

function downloads(steps: readonly ReportStepJson[]): string {
  const items: Array<[string, string]> = [
    [PAGES.reportJson, 'Summary of this site (JSON)'],
    [PAGES.draftsCsv, 'Drafts (CSV)'],
    [PAGES.matrixCsv, 'Watched terms by draft (CSV)'],
    [PAGES.eventsCsv, 'Watched-term events (CSV)'],
    [PAGES.trackJson, 'Watched language, brackets and hedging (JSON, as draftwatch track --json)'],
    [PAGES.chart, 'Chart (SVG)'],
    ...steps.flatMap((s): Array<[string, string]> => [
      [s.data.csv, `Changes ${s.from} → ${s.to} (CSV)`],
      [s.data.json, `Changes ${s.from} → ${s.to} (JSON, as draftwatch compare --json)`],
    ]),
  ];
  return `<ul class="downloads">${items.map(([href, label]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('\n')}</ul>`;
}

/** The overview page. */
export function indexPage(input: SiteInput, json: ReportJson, report: TrackReport): string {
  const { drafts } = input;
  const skipped = input.skipped ?? [];
  const provenance = [
    ...drafts.map((d, i) => `<li>Draft ${i + 1}: <span dir="auto">${esc(describeDraft(d))}</span>, SHA-256 <code>${esc(d.hash)}</code></li>`),
    `<li>Comparison options: ${esc(describeOptions(json.options))}</li>`,
    `<li>Watched terms: ${esc(input.termsSource)}</li>`,
    `<li>Made by ${esc(json.generator)}</li>`,
  ].join('\n');
  const body = [
    `<h1 dir="auto">${esc(input.title)}</h1>`,
    `<p>${drafts.length} drafts, ordered ${ORDER_WORDS[input.order]}. Each step below links to its redline: deletions struck, insertions underlined, moved, split and merged paragraphs labelled at both places.</p>`,
    skipped.length
      ? `<section class="skipped" aria-labelledby="skipped"><h2 id="skipped">Files left out</h2><ul>${skipped
          .map((s) => `<li><span dir="auto">${esc(s.file)}</span>: ${esc(s.reason)}</li>`)
          .join('')}</ul></section>`
      : '',
    '<h2>Drafts</h2>',
    draftsTable(drafts),
    '<h2>What changed at each step</h2>',
    stepsList(json.steps),
    '<h2>Watched language</h2>',
    termsSection(report, input),
    '<h2>All drafts</h2>',
    `<ul><li><a href="${PAGES.table}">Side-by-side table of all ${drafts.length} drafts</a></li><li><a href="${PAGES.history}">Each paragraph’s history across all drafts</a></li></ul>`,
    '<h2>Downloads</h2>',
    downloads(json.steps),
    '<h2>Provenance</h2>',
    `<ul>${provenance}</ul>`,
  ].join('\n');
  return sitePage({ siteTitle: input.title, title: input.title, current: PAGES.index, appVersion: input.appVersion, body, uiLanguage: input.uiLanguage });
}

/** "¶12", or "(unnumbered)". */
const paragraphNumber = (b: Block): string => (b.number ? `¶${b.number}` : '(unnumbered)');

/** The history page: every paragraph's path through the drafts, from the side-by-side rows. */
export function historyPage(input: SiteInput, rows: readonly TableRow[]): string {
  const { drafts } = input;
  const sections: string[] = [];
  let n = 0;
  for (const row of rows) {
    if (row.block !== 'paragraph') continue;
    n++;
    const chain: string[] = [];
    const steps: string[] = [];
    let seen = false;
    let ended = false;
    row.cells.forEach((c, k) => {
      const d = drafts[k]!;
      if (isCell(c)) {
        seen = true;
        ended = false;
        const numbers = c.blocks.map((i) => paragraphNumber(d.blocks[i]!)).join(', ');
        chain.push(`${d.label} ${numbers}`);
        const how = c.kind ? ` (${c.kind === 'linked' ? 'linked by hand' : c.kind})` : '';
        steps.push(
          `<li><div class="step"><span dir="auto">${esc(d.label)}</span> ${esc(numbers)}${esc(how)}</div><p dir="auto">${opsToHtml(c.ops).replace(/\n/g, '<br>')}</p></li>`,
        );
      } else if (seen && !ended) {
        ended = c.reason !== 'gone';
        if (c.reason === 'gone') return;
        chain.push(gapText(c, d));
        steps.push(`<li><div class="step">${esc(gapText(c, d))}</div></li>`);
      }
    });
    sections.push(`<section id="p${n}" aria-label="Paragraph ${n}"><h2 dir="auto">${esc(chain.join(' → '))}</h2><ol>${steps.join('')}</ol></section>`);
  }
  const body =
    `<h1>Paragraph histories</h1><p>${n} paragraphs followed across ${drafts.length} drafts (renumbering, moves, splits and merges included); ` +
    'each version is marked against the one before it: deletions struck, insertions underlined.</p>\n' +
    `<div class="history">\n${sections.join('\n')}\n</div>`;
  return sitePage({ siteTitle: input.title, title: `Paragraph histories: ${input.title}`, current: PAGES.history, appVersion: input.appVersion, body, uiLanguage: input.uiLanguage });
}
