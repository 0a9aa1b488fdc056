/**
 * The redline as one self-contained HTML file (inline CSS, no scripts, no external resources):
 * for reading in a browser, for projecting, and for printing to PDF. Every paragraph shows its
 * number in both drafts when they differ, moved paragraphs are labelled at both ends, and split
 * and merged paragraphs say where their pieces went.
 */
import type { ChangeKind, Comparison } from '../compare/types';
import type { Draft } from '../model/draft';
import { markOps } from './emphasis';
import { escapeHtml, exportCss, markedToHtml, opsToHtml } from './html-style';
import { redlineProvenance } from './provenance';
import { redlineRows, rowIsRevised, type RedlineRow } from './redline-rows';
import type { RedlineAnnotation, RedlineExportOptions } from './types';
import { langAttributes } from './document-language';
import { chromeAttributes, countsLine, exportStrings, fill, wordsInOutLine, type ExportStrings } from './strings';

const BADGE: Record<ChangeKind, keyof ExportStrings> = {
  unchanged: 'badgeUnchanged',
  modified: 'badgeModified',
  moved: 'badgeMoved',
  split: 'badgeSplit',
  merged: 'badgeMerged',
  deleted: 'badgeDeleted',
  inserted: 'badgeInserted',
};

function numberLabel(draft: Draft, number: string | null, heading: boolean, s: ExportStrings): string {
  if (heading) return `${draft.label} ${number ? fill(s.headingN, { number }) : s.heading}`;
  return `${draft.label} ${number ? `¶${number}` : s.unnumbered}`;
}

/** "Zero draft ¶12 → Rev.2 ¶14", or one side for deleted and inserted paragraphs. */
function numbersLine(row: RedlineRow, base: Draft, target: Draft, s: ExportStrings): string {
  const heading = row.block === 'heading';
  const b = row.base ? numberLabel(base, row.base.number, heading, s) : null;
  const t = row.target ? numberLabel(target, row.target.number, heading, s) : null;
  if (b && t) return `${b} → ${t}`;
  return b ? fill(s.notIn, { place: b, draft: target.label }) : fill(s.notIn, { place: t!, draft: base.label });
}

function badgeOf(row: RedlineRow, s: ExportStrings): string {
  if (row.ghost) return s.movedAway;
  return s[BADGE[row.kind]];
}

function paraClass(row: RedlineRow): string {
  if (row.kind === 'moved') return 'para-moved';
  if (row.kind === 'inserted') return 'para-inserted';
  if (row.kind === 'deleted') return 'para-deleted';
  return '';
}

function annotationsHtml(list: readonly RedlineAnnotation[]): string {
  return list
    .map((a) => `<aside class="annotation"><strong>${escapeHtml(a.author)}:</strong> ${escapeHtml(a.text)}</aside>`)
    .join('');
}

function rowHtml(row: RedlineRow, base: Draft, target: Draft, notes: readonly RedlineAnnotation[], s: ExportStrings, chrome: string): string {
  const revised = rowIsRevised(row) || row.kind !== 'unchanged';
  const numbersDiffer = row.base?.number !== row.target?.number;
  const meta =
    revised || numbersDiffer
      ? `<div class="meta"${chrome}><span class="badge">${escapeHtml(badgeOf(row, s))}</span>${escapeHtml(numbersLine(row, base, target, s))}${
          row.note ? ` · <span class="note">${escapeHtml(row.note)}</span>` : ''
        }</div>`
      : '';
  // A moved paragraph's new place shows its new number and how its text changed on the way.
  const baseBlock = row.base ? base.blocks[row.base.index] : undefined;
  const targetBlock = row.target ? target.blocks[row.target.index] : undefined;
  const content = row.displayOps
    ? escapeHtml(row.numberOps.filter(([op]) => op !== '-').map(([, t]) => t).join('')) + markedToHtml(markOps(row.displayOps, baseBlock, targetBlock))
    : opsToHtml(row.numberOps) + markedToHtml(markOps(row.textOps, baseBlock, targetBlock));
  const body =
    row.block === 'heading'
      ? `<h${Math.min(row.level + 1, 4)} dir="auto">${content}</h${Math.min(row.level + 1, 4)}>`
      : `<p dir="auto">${content}</p>`;
  const classes = ['row', `k-${row.kind}`, row.block === 'heading' ? 'heading' : `level-${Math.min(row.level, 2)}`, paraClass(row)]
    .filter(Boolean)
    .join(' ');
  const id = row.target && !row.ghost ? `t-${row.target.id}` : row.base ? `b-${row.base.id}` : '';
  return `<section class="${classes}"${id ? ` id="${escapeHtml(id)}"` : ''}>${meta}${body}${annotationsHtml(notes)}</section>`;
}

/** Annotations for a row: those on its target paragraph (or base paragraph at an old place). */
function notesFor(row: RedlineRow, base: Draft, target: Draft, all: readonly RedlineAnnotation[]): RedlineAnnotation[] {
  return all.filter(
    (a) =>
      (a.draftId === target.id && !row.ghost && row.target?.id === a.paragraphId) ||
      (a.draftId === base.id && row.base?.id === a.paragraphId && (row.ghost || row.kind !== 'moved')),
  );
}

function summaryLine(comparison: Comparison, s: ExportStrings): string {
  return `${countsLine(comparison.summary.counts, s)}; ${wordsInOutLine(comparison.summary.wordsInserted, comparison.summary.wordsDeleted, s)}`;
}

/** The redline of `comparison` as a standalone HTML document. */
export function htmlRedline(base: Draft, target: Draft, comparison: Comparison, options: RedlineExportOptions): string {
  const at = options.generatedAt === undefined ? new Date() : options.generatedAt;
  const s = exportStrings(options.uiLanguage);
  const rows = redlineRows(base, target, comparison, s);
  const chrome = chromeAttributes(options.uiLanguage);
  const prov = redlineProvenance(base, target, comparison.options, options.appVersion, at, s);
  const notes = options.annotations ?? [];
  const dl = [...prov.lines, { label: s.changes, value: summaryLine(comparison, s) }]
    .map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.value)}</dd>`)
    .join('');
  const legend = [
    `<span><ins>${escapeHtml(s.insertedText)}</ins></span>`,
    `<span><del>${escapeHtml(s.deletedText)}</del></span>`,
    `<span><span class="badge" style="color:var(--move)">${escapeHtml(s.moved)}</span>${escapeHtml(s.movedLegend)}</span>`,
    `<span>${escapeHtml(s.numbers + s.colon)}${escapeHtml(base.label)} ¶ → ${escapeHtml(target.label)} ¶</span>`,
  ].join('');
  const main = rows.map((r) => rowHtml(r, base, target, notesFor(r, base, target, notes), s, chrome)).join('\n');

  return `<!DOCTYPE html>
<html${langAttributes([base, target])}>
<head>
<meta charset="utf-8">
<meta name="generator" content="Draftwatch ${escapeHtml(options.appVersion)}">
<title>${escapeHtml(prov.title)}</title>
<style>${exportCss(prov.title)}</style>
</head>
<body>
<header class="cover"${chrome}>
<h1>${escapeHtml(prov.title)}</h1>
<dl>${dl}</dl>
<p class="legend"><strong>${escapeHtml(s.legend + s.colon.trimEnd())}</strong> ${legend}</p>
</header>
<main>
${main}
</main>
<footer class="provenance"${chrome}>
${escapeHtml(prov.lines.map((l) => `${l.label}${s.colon}${l.value}`).join(' · '))}</footer>
</body>
</html>
`;
}
