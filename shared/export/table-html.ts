/**
 * The side-by-side table as a self-contained HTML file: one column per draft, each cell marked
 * (underline/strike and colour) against the column before it; landscape when printed.
 */
import type { Draft } from '../model/draft';
import { describeDraft, describeGeneration } from './provenance';
import { escapeHtml, exportCss, opsToHtml } from './html-style';
import { isCell, type TableCell, type TableGap, type TableRow } from './table';
import type { TableExportOptions } from './types';
import { CHROME_ATTRIBUTES, langAttributes } from './document-language';
import { draftProfile } from '../model/structure-words';

/** Words for an empty cell ("Deleted in Rev.2"). */
export function gapText(gap: TableGap, draft: Draft): string {
  if (gap.reason === 'merged') return `Merged into ${gap.into ? `¶${gap.into}` : 'another paragraph'} in ${draft.label}`;
  if (gap.reason === 'deleted') return `Deleted in ${draft.label}`;
  if (gap.reason === 'gone') return `Not in ${draft.label}`;
  return `Not yet in ${draft.label}`;
}

/** A note on how the paragraph reached this draft, for moves, splits and merges. */
export function kindNote(cell: TableCell): string | null {
  if (cell.kind === 'moved') return 'moved';
  if (cell.kind === 'split') return 'split';
  if (cell.kind === 'merged') return 'merged';
  if (cell.kind === 'linked') return 'linked by hand';
  return null;
}

/** Title of a table export ("Zero draft · Rev.1 · Rev.2"). */
export function tableTitle(drafts: readonly Draft[]): string {
  return `Side-by-side: ${drafts.map((d) => d.label).join(' · ')}`;
}

function cellHtml(c: TableCell | TableGap, draft: Draft): string {
  if (!isCell(c)) return `<td class="empty">${escapeHtml(gapText(c, draft))}</td>`;
  const note = kindNote(c);
  const body = opsToHtml(c.ops).replace(/\n/g, '<br>');
  return `<td lang="${draftProfile(draft).code}" dir="auto">${note ? `<div class="meta"><span class="badge">${escapeHtml(note)}</span></div>` : ''}${body}</td>`;
}

/** The side-by-side table of `drafts` as a standalone HTML document. */
export function tableHtml(drafts: readonly Draft[], rows: readonly TableRow[], options: TableExportOptions): string {
  const at = options.generatedAt === undefined ? new Date() : options.generatedAt;
  const title = tableTitle(drafts);
  const head = drafts.map((d) => `<th>${escapeHtml(d.label)}<div class="meta">${escapeHtml(d.date ?? 'undated')}</div></th>`).join('');
  const body = rows
    .map((r) => `<tr${r.block === 'heading' ? ' class="heading"' : ''}>${r.cells.map((c, k) => cellHtml(c, drafts[k]!)).join('')}</tr>`)
    .join('\n');
  const dl = [
    ...drafts.map((d, i) => [`Column ${i + 1}`, describeDraft(d)]),
    ['Marks', 'each column against the column before it'],
    ['Generated', describeGeneration(options.appVersion, at)],
  ]
    .map(([k, v]) => `<dt>${escapeHtml(k!)}</dt><dd>${escapeHtml(v!)}</dd>`)
    .join('');
  return `<!DOCTYPE html>
<html${langAttributes(drafts)}>
<head>
<meta charset="utf-8">
<meta name="generator" content="Draftwatch ${escapeHtml(options.appVersion)}">
<title>${escapeHtml(title)}</title>
<style>${exportCss(title)}</style>
</head>
<body class="wide">
<header class="cover"${CHROME_ATTRIBUTES}>
<h1>${escapeHtml(title)}</h1>
<dl>${dl}</dl>
<p class="legend"><strong>Legend:</strong> <span><ins>inserted text</ins></span><span><del>deleted text</del></span></p>
</header>
<table class="sxs">
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
