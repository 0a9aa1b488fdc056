/**
 * The presence chart: one row per term, one column per draft, each cell a square whose area
 * grows with the number of occurrences. Pure SVG text with system fonts only, so it can be
 * written to a file, embedded in the HTML report or shown in the app as is.
 */
import type { TermMatrix } from './types';
import { exportStrings, fill, fillCount } from '../export/strings';

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A term's colour if it is a plain hex colour, else the default: no colour can smuggle in CSS or a URL. */
export function safeColor(color: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#1f6feb';
}

/** Shorten a label for display, with an ellipsis. */
function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** Average glyph width at 13 px, to size the label column without measuring text. */
const CHAR = 7.2;

/** Options of the chart. */
export interface ChartOptions {
  /** Side of a cell in pixels. */
  cell?: number;
  title?: string;
  /** The interface language of the chart's own words (English by default). */
  uiLanguage?: string;
}

/** The chart as a standalone SVG document (no external resources). */
export function presenceChartSvg(matrix: TermMatrix, options: ChartOptions = {}): string {
  const cell = options.cell ?? 32;
  const termLabels = matrix.rows.map((r) => clip(r.term.phrase, 40));
  const draftLabels = matrix.drafts.map((d) => clip(d.label, 14));
  const colWidth = Math.max(cell + 8, Math.ceil(Math.max(0, ...draftLabels.map((l) => l.length)) * CHAR * 0.95) + 10);
  const labelWidth = Math.ceil(Math.max(60, ...termLabels.map((l) => l.length * CHAR))) + 16;
  const titleHeight = options.title ? 28 : 0;
  const headerHeight = titleHeight + 28;
  const legendHeight = 28;
  const width = labelWidth + colWidth * matrix.drafts.length + 12;
  const height = headerHeight + cell * matrix.rows.length + legendHeight;
  const max = Math.max(1, ...matrix.rows.flatMap((r) => r.cells.map((c) => c.count)));
  const s = exportStrings(options.uiLanguage);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(options.title ?? s.chartTitle)}" font-family="${escapeXml(FONT)}" font-size="13">`,
  );
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  if (options.title) out.push(`<text x="8" y="20" font-size="15" font-weight="600" fill="#111827">${escapeXml(clip(options.title, 90))}</text>`);
  draftLabels.forEach((label, j) => {
    const x = labelWidth + colWidth * j + colWidth / 2;
    out.push(`<text x="${x}" y="${headerHeight - 10}" text-anchor="middle" fill="#111827"><title>${escapeXml(matrix.drafts[j]!.label)}</title>${escapeXml(label)}</text>`);
  });
  matrix.rows.forEach((row, i) => {
    const y = headerHeight + cell * i;
    if (i % 2 === 0) out.push(`<rect x="0" y="${y}" width="${width}" height="${cell}" fill="#f9fafb"/>`);
    out.push(
      `<text x="${labelWidth - 10}" y="${y + cell / 2 + 4.5}" text-anchor="end" fill="#111827"><title>${escapeXml(row.term.phrase)}</title>${escapeXml(termLabels[i]!)}</text>`,
    );
    row.cells.forEach((c, j) => {
      const cx = labelWidth + colWidth * j + colWidth / 2;
      const cy = y + cell / 2;
      const inner = cell - 8;
      const tip = `${row.term.phrase}, ${matrix.drafts[j]!.label}${s.colon}${fillCount(s, c.count, 'evOccurrence', 'evOccurrences')}`;
      out.push(`<g><title>${escapeXml(tip)}</title>`);
      out.push(`<rect x="${cx - inner / 2}" y="${cy - inner / 2}" width="${inner}" height="${inner}" fill="none" stroke="#d1d5db"/>`);
      if (c.count > 0) {
        // Area, not side, proportional to the count; never so small it cannot be seen.
        const side = Math.max(6, inner * Math.sqrt(c.count / max));
        out.push(`<rect data-count="${c.count}" x="${(cx - side / 2).toFixed(1)}" y="${(cy - side / 2).toFixed(1)}" width="${side.toFixed(1)}" height="${side.toFixed(1)}" fill="${safeColor(row.term.color)}"/>`);
      }
      out.push('</g>');
    });
  });
  const ly = headerHeight + cell * matrix.rows.length + 18;
  out.push(`<text x="8" y="${ly}" font-size="11" fill="#4b5563">${escapeXml(fill(s.chartLegend, { max }))}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
