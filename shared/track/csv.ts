/**
 * The tracker as CSV for spreadsheets: the matrix and the events, RFC 4180 (comma separated,
 * CRLF line ends, fields quoted when needed) and safe to open in a spreadsheet: a cell that would
 * start a formula is prefixed with an apostrophe.
 */
import type { TrackedParagraph, TrackReport } from './types';

/** One CSV field: formula-injection safe, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  // Only text can be a formula; a number stays a number.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (CRLF after every record). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

const numbers = (ps: readonly TrackedParagraph[]): string => ps.map((p) => p.number ?? '(unnumbered)').join('; ');
const sections = (ps: readonly TrackedParagraph[]): string => [...new Set(ps.map((p) => p.section.join(' › ')))].join('; ');

/** The matrix (one row per term: counts per draft, then paragraph numbers per draft) and the events. */
export function trackToCsv(report: TrackReport): { matrix: string; events: string } {
  const labels = report.drafts.map((d) => d.label);
  const matrix = toCsv([
    ['Term', 'Category', 'Alternatives', ...labels, ...labels.map((l) => `${l} paragraphs`)],
    ...report.matrix.rows.map((row) => [
      row.term.phrase,
      row.term.category,
      row.term.alternatives.join('; '),
      ...row.cells.map((c) => c.count),
      ...row.cells.map((c) => numbers(c.paragraphs)),
    ]),
  ]);
  const label = new Map(report.drafts.map((d) => [d.id, d.label]));
  const events = toCsv([
    ['Term', 'Event', 'From draft', 'To draft', 'From paragraphs', 'From section', 'To paragraphs', 'To section', 'Occurrences before', 'Occurrences after', 'Standing', 'Deleted wording', 'Replacement', 'Details'],
    ...report.events.map((e) => [
      e.term,
      e.kind,
      label.get(e.fromDraftId) ?? e.fromDraftId,
      label.get(e.toDraftId) ?? e.toDraftId,
      numbers(e.from),
      sections(e.from),
      numbers(e.to),
      sections(e.to),
      e.countBefore,
      e.countAfter,
      e.downgrade ? 'downgrade' : e.upgrade ? 'upgrade' : '',
      e.deletedText ?? '',
      e.replacement ?? '',
      e.details,
    ]),
  ]);
  return { matrix, events };
}
