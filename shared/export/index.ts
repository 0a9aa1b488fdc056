/**
 * The exporters' public face: model → bytes (or text). The host writes the files; PDF is the
 * HTML redline printed by Chromium (`electron/host/pdf.ts`) or Electron's `printToPDF`.
 */
import { buildLineage, type Lineage } from '../compare/lineage';
import type { CompareOptions, Comparison } from '../compare/types';
import type { Draft } from '../model/draft';
import { docxRedline } from './docx-redline';
import { htmlRedline } from './html-redline';
import { sideBySideRows } from './table';
import { tableDocx } from './table-docx';
import { tableHtml } from './table-html';
import type { RedlineExportOptions, TableExportOptions } from './types';

export type { RedlineAnnotation, RedlineExportOptions, TableExportOptions } from './types';
export type { RedlineRow, RowRef } from './redline-rows';
export type { TableRow, TableCell, TableGap } from './table';
export { redlineRows, rowBaseText, rowTargetText, rowIsRevised } from './redline-rows';
export { sideBySideRows, isCell } from './table';
export { redlineProvenance, describeDraft, describeOptions } from './provenance';
export { tableTitle } from './table-html';

/** The redline as a .docx with native tracked changes (or static marks with `static: true`). */
export function exportDocxRedline(base: Draft, target: Draft, comparison: Comparison, options: RedlineExportOptions): Promise<Uint8Array> {
  return docxRedline(base, target, comparison, options);
}

/** The redline as one self-contained HTML file; print it for the PDF. */
export function exportHtmlRedline(base: Draft, target: Draft, comparison: Comparison, options: RedlineExportOptions): string {
  return htmlRedline(base, target, comparison, options);
}

/** Options of the table exports: the lineage to follow, or how to build it. */
export interface TableOptions extends TableExportOptions {
  /** The project's lineage (with its hand-made links); built from `drafts` when absent. */
  lineage?: Lineage;
  compareOptions?: Partial<CompareOptions>;
}

function rowsOf(drafts: readonly Draft[], options: TableOptions) {
  if (drafts.length < 2) throw new Error('A side-by-side table needs at least two drafts.');
  return sideBySideRows(drafts, options.lineage ?? buildLineage(drafts, [], options.compareOptions ?? {}));
}

/** The side-by-side table of two or more drafts as a .docx (a Word table, static marks). */
export function exportTableDocx(drafts: readonly Draft[], options: TableOptions): Promise<Uint8Array> {
  return tableDocx(drafts, rowsOf(drafts, options), options);
}

/** The side-by-side table of two or more drafts as one self-contained HTML file. */
export function exportTableHtml(drafts: readonly Draft[], options: TableOptions): string {
  return tableHtml(drafts, rowsOf(drafts, options), options);
}
