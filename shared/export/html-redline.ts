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
import { CHROME_ATTRIBUTES, langAttributes } from './document-language';

const BADGE: Record<ChangeKind, string> = {
  unchanged: 'Renumbered',
  modified: 'Modified',
  moved: 'Moved',
  split: 'Split',
  merged: 'Merged',
  deleted: 'Deleted',
  inserted: 'Inserted',
};

function numberLabel(draft: Draft, number: string | null, heading: boolean): string {
  if (heading) return `${draft.label} ${number ? `heading ${number}` : 'heading'}`;
  return `${draft.label} ${number ? `¶${number}` : '(unnumbered ¶)'}`;
}

/** "Zero draft ¶12 → Rev.2 ¶14", or one side for deleted and inserted paragraphs. */
function numbersLine(row: RedlineRow, base: Draft, target: Draft): string {
  const heading = row.block === 'heading';
  const b = row.base ? numberLabel(base, row.base.number, heading) : null;
  const t = row.target ? numberLabel(target, row.target.number, heading) : null;
  if (b && t) return `${b} → ${t}`;
  return b ? `${b} (not in ${target.label})` : `${t} (not in ${base.label})`;
}

function badgeOf(row: RedlineRow): string {
  if (row.ghost) return 'Moved away';
  return BADGE[row.kind];
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

function rowHtml(row: RedlineRow, base: Draft, target: Draft, notes: readonly RedlineAnnotation[]): string {
  const revised = rowIsRevised(row) || row.kind !== 'unchanged';
  const numbersDiffer = row.base?.number !== row.target?.number;
  const meta =
    revised || numbersDiffer
      ? `<div class="meta"><span class="badge">${escapeHtml(badgeOf(row))}</span>${escapeHtml(numbersLine(row, base, target))}${
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

function summaryLine(comparison: Comparison): string {
  const c = comparison.summary.counts;
  const parts = (['modified', 'moved', 'split', 'merged', 'inserted', 'deleted'] as const)
    .filter((k) => c[k] > 0)
    .map((k) => `${c[k]} ${k}`);
  return `${parts.length ? parts.join(' · ') : 'no changes'}; ${comparison.summary.wordsInserted} words inserted, ${comparison.summary.wordsDeleted} deleted`;
}

/** The redline of `comparison` as a standalone HTML document. */
export function htmlRedline(base: Draft, target: Draft, comparison: Comparison, options: RedlineExportOptions): string {
  const at = options.generatedAt === undefined ? new Date() : options.generatedAt;
  const rows = redlineRows(base, target, comparison);
  const prov = redlineProvenance(base, target, comparison.options, options.appVersion, at);
  const notes = options.annotations ?? [];
  const dl = [...prov.lines, { label: 'Changes', value: summaryLine(comparison) }]
    .map((l) => `<dt>${escapeHtml(l.label)}</dt><dd>${escapeHtml(l.value)}</dd>`)
    .join('');
  const legend = [
    `<span><ins>inserted text</ins></span>`,
    `<span><del>deleted text</del></span>`,
    `<span><span class="badge" style="color:var(--move)">Moved</span>moved paragraph (labelled at both places)</span>`,
    `<span>Numbers: ${escapeHtml(base.label)} ¶ → ${escapeHtml(target.label)} ¶</span>`,
  ].join('');
  const main = rows.map((r) => rowHtml(r, base, target, notesFor(r, base, target, notes))).join('\n');
  return `<!DOCTYPE html>
<html${langAttributes([base, target])}>
<head>
<meta charset="utf-8">
<meta name="generator" content="Draftwatch ${escapeHtml(options.appVersion)}">
<title>${escapeHtml(prov.title)}</title>
<style>${exportCss(prov.title)}</style>
</head>
<body>
<header class="cover"${CHROME_ATTRIBUTES}>
<h1>${escapeHtml(prov.title)}</h1>
<dl>${dl}</dl>
<p class="legend"><strong>Legend:</strong> ${legend}</p>
</header>
<main>
${main}
</main>
<footer class="provenance"${CHROME_ATTRIBUTES}>${escapeHtml(prov.lines.map((l) => `${l.label}: ${l.value}`).join(' · '))}</footer>
</body>
</html>
`;
}
