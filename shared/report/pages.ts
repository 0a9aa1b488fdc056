/**
 * The pages the site writes itself: the overview (drafts, steps, watched language, downloads,
 * files left out, provenance) and the paragraph histories. Redlines, the tracker and the
 * side-by-side table are the exporters' own pages.
 */
import { CHANGE_KINDS } from '../compare/summary';
import type { Comparison } from '../compare/types';
import { describeDraft, describeOptions } from '../export/provenance';
import { escapeHtml as esc, opsToHtml } from '../export/html-style';
import { gapText, kindNote } from '../export/table-html';
import { countsLine, exportStrings, fill, fillCount, type ExportStrings } from '../export/strings';
import { isCell, type TableRow } from '../export/table';

import type { Block, Draft } from '../model/draft';
import type { TrackReport } from '../track/types';
import { sitePage } from './chrome';
import { PAGES } from './paths';
import type { ReportJson, ReportStepJson, SiteInput } from './types';

/** How the drafts were put in order, in words. */
function orderWords(order: ReportJson['order'], s: ExportStrings): string {
  return { given: s.siteOrderGiven, date: s.siteOrderDate, symbol: s.siteOrderSymbol, name: s.siteOrderName, project: s.siteOrderProject }[order];
}

/** How report.json names the text before the first heading (the pages say it in the interface language). */
const BEFORE_FIRST_HEADING = '(before the first heading)';

/** Sections with the most changed paragraphs (unchanged ones do not count), at most `n`. */
export function sectionsMostChanged(comparison: Comparison, n = 3): Array<{ section: string; changes: number }> {
  return comparison.summary.bySection
    .map((s, i) => ({ section: s.section, changes: CHANGE_KINDS.reduce((a, k) => a + (k === 'unchanged' ? 0 : s.counts[k]), 0), i }))
    .filter((s) => s.changes > 0)
    .sort((a, b) => b.changes - a.changes || a.i - b.i)
    .slice(0, n)
    .map(({ section, changes }) => ({ section: section || BEFORE_FIRST_HEADING, changes }));
}

function draftsTable(drafts: readonly Draft[], s: ExportStrings): string {
  const rows = drafts.map((d, i) => {
    const paragraphs = d.blocks.filter((b) => b.kind === 'paragraph').length;
    return (
      `<tr><td class="n">${i + 1}</td><td dir="auto">${esc(d.label)}</td><td>${esc(d.date ?? s.undated)}</td>` +
      `<td dir="auto">${esc(d.symbol ?? '—')}</td><td class="n">${paragraphs}</td><td dir="auto">${esc(d.sourceName ?? '—')}</td></tr>`
    );
  });
  return (
    `<table class="data"><caption class="muted">${esc(s.siteDraftsCaption)}</caption>` +
    `<thead><tr><th scope="col">#</th>${[s.siteColLabel, s.siteColDate, s.siteColSymbol, s.siteColParagraphs, s.siteColFile].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function stepsTable(steps: readonly ReportStepJson[], caption: string, words: ExportStrings): string {
  const row = (s: ReportStepJson): string =>
    `<tr><th scope="row"><a href="${esc(s.page)}"><span dir="auto">${esc(s.from)}</span> → <span dir="auto">${esc(s.to)}</span></a></th>` +
    `<td>${esc(countsLine(s.counts, words))}</td><td class="n">+${s.wordsInserted} / −${s.wordsDeleted}</td>` +
    `<td>${s.sectionsMostChanged.map((x) => (x.section === BEFORE_FIRST_HEADING ? esc(words.siteBeforeFirstHeading) : `<span dir="auto">${esc(x.section)}</span>`) + ` (${x.changes})`).join('<br>') || '—'}</td>` +
    `<td><a href="${esc(s.data.csv)}">CSV</a> · <a href="${esc(s.data.json)}">JSON</a></td></tr>`;
  return (
    `<table class="data"><caption class="muted">${esc(caption)}</caption>` +
    `<thead><tr>${[words.siteColRedline, words.siteColChanged, words.siteColWords, words.siteColSections, words.siteColData].map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>` +
    `<tbody>${steps.map(row).join('\n')}</tbody></table>`
  );
}

function stepsList(steps: readonly ReportStepJson[], s: ExportStrings): string {
  const consecutive = steps.filter((s) => s.consecutive);
  const extra = steps.filter((s) => !s.consecutive);
  return stepsTable(consecutive, s.siteStepsConsecutive, s) + (extra.length ? stepsTable(extra, s.siteStepsExtra, s) : '');
}

function termsSection(report: TrackReport, input: SiteInput, s: ExportStrings): string {
  if (!report.terms.length) {
    return `<p class="muted">${fill(esc(s.siteNoTerms), { code: '<code>--terms FILE</code>' })}</p>` +
      `<p><a href="${PAGES.tracker}">${esc(s.siteBracketsLink)}</a></p>`;
  }
  const head = report.drafts.map((d) => `<th scope="col" dir="auto">${esc(d.label)}</th>`).join('');
  const rows = report.matrix.rows
    .map((r) => `<tr><th scope="row" dir="auto">${esc(r.term.phrase)}</th>${r.cells.map((c) => `<td class="n">${c.count}</td>`).join('')}</tr>`)
    .join('\n');
  return (
    `<p>${esc(fill(s.siteTermsLine, { terms: fillCount(s, report.terms.length, 'siteTermOne', 'siteTermMany'), source: input.termsSource, events: fillCount(s, report.events.length, 'siteEventOne', 'siteEventMany') }))} ` +
    `<a href="${PAGES.tracker}">${esc(s.siteTrackerLink)}</a>.</p>` +
    `<p><img src="${PAGES.chart}" alt="${esc(s.siteChartAlt)}" style="max-width:100%"></p>` +
    `<table class="data"><caption class="muted">${esc(s.siteMatrixCaption)}</caption><thead><tr><th scope="col">${esc(s.term)}</th>${head}</tr></thead><tbody>${rows}</tbody></table>`
  );
}

function downloads(steps: readonly ReportStepJson[], s: ExportStrings): string {
  const items: Array<[string, string]> = [
    [PAGES.reportJson, s.siteDlSummary],
    [PAGES.draftsCsv, s.siteDlDrafts],
    [PAGES.matrixCsv, s.siteDlMatrix],
    [PAGES.eventsCsv, s.siteDlEvents],
    [PAGES.trackJson, s.siteDlTrack],
    [PAGES.chart, s.siteDlChart],
    ...steps.flatMap((step): Array<[string, string]> => [
      [step.data.csv, fill(s.siteDlStepCsv, { from: step.from, to: step.to })],
      [step.data.json, fill(s.siteDlStepJson, { from: step.from, to: step.to })],
    ]),
  ];
  return `<ul class="downloads">${items.map(([href, label]) => `<li><a href="${esc(href)}">${esc(label)}</a></li>`).join('\n')}</ul>`;
}

/** The overview page. */
export function indexPage(input: SiteInput, json: ReportJson, report: TrackReport): string {
  const { drafts } = input;
  const skipped = input.skipped ?? [];
  const s = exportStrings(input.uiLanguage);
  const provenance = [
    ...drafts.map((d, i) => `<li>${fill(esc(s.siteProvDraft), { n: i + 1, draft: `<span dir="auto">${esc(describeDraft(d, s))}</span>`, hash: `<code>${esc(d.hash)}</code>` })}</li>`),
    `<li>${esc(fill(s.siteProvOptions, { options: describeOptions(json.options, s) }))}</li>`,
    `<li>${esc(fill(s.siteProvTerms, { source: input.termsSource }))}</li>`,
    `<li>${esc(fill(s.siteProvMadeBy, { generator: json.generator }))}</li>`,
  ].join('\n');
  const body = [
    `<h1 dir="auto">${esc(input.title)}</h1>`,
    `<p>${esc(fill(s.siteIntro, { n: drafts.length, order: orderWords(input.order, s) }))}</p>`,
    skipped.length
      ? `<section class="skipped" aria-labelledby="skipped"><h2 id="skipped">${esc(s.siteSkipped)}</h2><ul>${skipped
          .map((f) => `<li><span dir="auto">${esc(f.file)}</span>${esc(s.colon)}${esc(f.reason)}</li>`)
          .join('')}</ul></section>`
      : '',
    `<h2>${esc(s.siteHDrafts)}</h2>`,
    draftsTable(drafts, s),
    `<h2>${esc(s.siteHSteps)}</h2>`,
    stepsList(json.steps, s),
    `<h2>${esc(s.navTracker)}</h2>`,
    termsSection(report, input, s),
    `<h2>${esc(s.siteHAll)}</h2>`,
    `<ul><li><a href="${PAGES.table}">${esc(fill(s.siteTableLink, { n: drafts.length }))}</a></li><li><a href="${PAGES.history}">${esc(s.siteHistoryLink)}</a></li></ul>`,
    `<h2>${esc(s.siteHDownloads)}</h2>`,
    downloads(json.steps, s),
    `<h2>${esc(s.siteHProvenance)}</h2>`,
    `<ul>${provenance}</ul>`,
  ].join('\n');
  return sitePage({ siteTitle: input.title, title: input.title, current: PAGES.index, appVersion: input.appVersion, body, uiLanguage: input.uiLanguage });
}

/** "¶12", or "(unnumbered)". */
const paragraphNumber = (b: Block, s: ExportStrings): string => (b.number ? `¶${b.number}` : s.unnumberedShort);

/** The history page: every paragraph's path through the drafts, from the side-by-side rows. */
export function historyPage(input: SiteInput, rows: readonly TableRow[]): string {
  const { drafts } = input;
  const s = exportStrings(input.uiLanguage);
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
        const numbers = c.blocks.map((i) => paragraphNumber(d.blocks[i]!, s)).join(', ');
        chain.push(`${d.label} ${numbers}`);
        // How it reached this draft: moved, split, merged, linked, or (here, unlike the table) modified or inserted.
        const note = kindNote(c, s) ?? (c.kind === 'modified' ? s.noteModified : c.kind === 'inserted' ? s.noteInserted : null);
        const how = note ? ` (${note})` : '';
        steps.push(
          `<li><div class="step"><span dir="auto">${esc(d.label)}</span> ${esc(numbers)}${esc(how)}</div><p dir="auto">${opsToHtml(c.ops).replace(/\n/g, '<br>')}</p></li>`,
        );
      } else if (seen && !ended) {
        ended = c.reason !== 'gone';
        if (c.reason === 'gone') return;
        chain.push(gapText(c, d, s));
        steps.push(`<li><div class="step">${esc(gapText(c, d, s))}</div></li>`);
      }
    });
    sections.push(`<section id="p${n}" aria-label="${esc(fill(s.siteParagraphN, { n }))}"><h2 dir="auto">${esc(chain.join(' → '))}</h2><ol>${steps.join('')}</ol></section>`);
  }
  const body =
    `<h1>${esc(s.navHistory)}</h1><p>${esc(fill(s.siteHistoryIntro, { n, drafts: drafts.length }))}</p>\n` +
    `<div class="history">\n${sections.join('\n')}\n</div>`;
  return sitePage({ siteTitle: input.title, title: `${s.navHistory}${s.colon}${input.title}`, current: PAGES.history, appVersion: input.appVersion, body, uiLanguage: input.uiLanguage });
}
