/**
 * The side-by-side table as a self-contained HTML file: one column per draft, each cell marked
 * (underline/strike and colour) against the column before it; landscape when printed.
 */
import type { Draft } from '../model/draft';
import { describeDraft, describeGeneration } from './provenance';
import { escapeHtml, exportCss, opsToHtml } from './html-style';
import { isCell, type TableCell, type TableGap, type TableRow } from './table';
import type { TableExportOptions } from './types';
import { langAttributes } from './document-language';
import { draftProfile } from '../model/structure-words';
import { chromeAttributes, exportStrings, fill, type ExportStrings } from './strings';

/** Words for an empty cell ("Deleted in Rev.2"). */
export function gapText(gap: TableGap, draft: Draft, s: ExportStrings = exportStrings()): string {
  if (gap.reason === 'merged') return fill(s.mergedInto, { into: gap.into ? `¶${gap.into}` : s.anotherParagraph, draft: draft.label });
  if (gap.reason === 'deleted') return fill(s.deletedIn, { draft: draft.label });
  if (gap.reason === 'gone') return fill(s.notInDraft, { draft: draft.label });
  return fill(s.notYetIn, { draft: draft.label });
}

/** A note on how the paragraph reached this draft, for moves, splits and merges. */
export function kindNote(cell: TableCell, s: ExportStrings = exportStrings()): string | null {
  if (cell.kind === 'moved') return s.noteMoved;
  if (cell.kind === 'split') return s.noteSplit;
  if (cell.kind === 'merged') return s.noteMerged;
  if (cell.kind === 'linked') return s.noteLinked;
  return null;
}

/** Title of a table export ("Zero draft · Rev.1 · Rev.2"). */
export function tableTitle(drafts: readonly Draft[], s: ExportStrings = exportStrings()): string {
  return fill(s.sideBySide, { drafts: drafts.map((d) => d.label).join(' · ') });
}

function cellHtml(c: TableCell | TableGap, draft: Draft, s: ExportStrings, chrome: string): string {
  if (!isCell(c)) return `<td class="empty"${chrome}>${escapeHtml(gapText(c, draft, s))}</td>`;
  const note = kindNote(c, s);
  const body = opsToHtml(c.ops).replace(/\n/g, '<br>');
  return `<td lang="${draftProfile(draft).code}" dir="auto">${note ? `<div class="meta"${chrome}><span class="badge">${escapeHtml(note)}</span></div>` : ''}${body}</td>`;
}

/** The side-by-side table of `drafts` as a standalone HTML document. */
export function tableHtml(drafts: readonly Draft[], rows: readonly TableRow[], options: TableExportOptions): string {
  const at = options.generatedAt === undefined ? new Date() : options.generatedAt;
  const s = exportStrings(options.uiLanguage);
  const chrome = chromeAttributes(options.uiLanguage);
  const title = tableTitle(drafts, s);
  const head = drafts.map((d) => `<th>${escapeHtml(d.label)}<div class="meta">${escapeHtml(d.date ?? s.undated)}</div></th>`).join('');
  const body = rows
    .map((r) => `<tr${r.block === 'heading' ? ' class="heading"' : ''}>${r.cells.map((c, k) => cellHtml(c, drafts[k]!, s, chrome)).join('')}</tr>`)
    .join('\n');
  const dl = [
    ...drafts.map((d, i) => [fill(s.column, { n: i + 1 }), describeDraft(d, s)]),
    [s.marks, s.marksValue],
    [s.generated, describeGeneration(options.appVersion, at, s)],
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
<header class="cover"${chrome}>
<h1>${escapeHtml(title)}</h1>
<dl>${dl}</dl>
<p class="legend"><strong>${escapeHtml(s.legend + s.colon.trimEnd())}</strong> <span><ins>${escapeHtml(s.insertedText)}</ins></span><span><del>${escapeHtml(s.deletedText)}</del></span></p>

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
