/**
 * The tracker as one self-contained HTML page (inline style and SVG, no script, no external
 * resource): the presence chart, the matrix, the events, brackets and hedging. For publishing a
 * tracker or attaching it to a report.
 */
import { escapeXml as esc, presenceChartSvg, safeColor } from './chart';
import type { TrackedParagraph, TrackReport } from './types';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111827;margin:24px;max-width:1200px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d5db;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f3f4f6}td.n{text-align:right;font-variant-numeric:tabular-nums}.zero{color:#9ca3af}
.kind{font-weight:600}.down{color:#b91c1c;font-weight:600}.up{color:#15803d;font-weight:600}.muted{color:#6b7280}
.swatch{display:inline-block;width:10px;height:10px;margin-right:6px;vertical-align:baseline}
@media print{body{margin:0}}
`;

const where = (ps: readonly TrackedParagraph[]): string =>
  ps.length === 0
    ? '<span class="muted">—</span>'
    : ps.map((p) => `${esc(p.number ?? '(unnumbered)')} <span class="muted">${esc(p.section.join(' › '))}</span>`).join('<br>');

/** The report as a complete HTML document. */
export function trackToHtml(report: TrackReport, title = 'Watched language across drafts'): string {
  const label = new Map(report.drafts.map((d) => [d.id, d.label]));
  const name = (id: string): string => esc(label.get(id) ?? id);
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1>${esc(title)}</h1>`);
  parts.push(`<p class="muted">${report.drafts.map((d) => esc(d.label)).join(' → ')}</p>`);
  parts.push(`<figure>${presenceChartSvg(report.matrix)}</figure>`);

  parts.push('<h2>Occurrences by draft</h2><table><thead><tr><th>Term</th>');
  for (const d of report.drafts) parts.push(`<th>${esc(d.label)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (const row of report.matrix.rows) {
    parts.push(`<tr><th><span class="swatch" style="background:${safeColor(row.term.color)}"></span>${esc(row.term.phrase)}</th>`);
    for (const c of row.cells) {
      const paras = c.paragraphs.map((p) => esc(p.number ?? '·')).join(', ');
      parts.push(`<td class="n${c.count === 0 ? ' zero' : ''}">${c.count}${paras ? `<br><span class="muted">¶ ${paras}</span>` : ''}</td>`);
    }
    parts.push('</tr>');
  }
  parts.push('</tbody></table>');

  parts.push('<h2>Events</h2>');
  if (report.events.length === 0) parts.push('<p class="muted">No watched term changed between the drafts.</p>');
  else {
    parts.push('<table><thead><tr><th>Term</th><th>Event</th><th>From</th><th>To</th><th>Details</th></tr></thead><tbody>');
    for (const e of report.events) {
      const flag = e.downgrade ? ' <span class="down">downgrade</span>' : e.upgrade ? ' <span class="up">upgrade</span>' : '';
      parts.push(
        `<tr><td>${esc(e.term)}</td><td class="kind">${esc(e.kind)}${flag}</td><td>${name(e.fromDraftId)}<br>${where(e.from)}</td><td>${name(e.toDraftId)}<br>${where(e.to)}</td><td>${esc(e.details)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }

  parts.push('<h2>Brackets</h2><table><thead><tr><th>Draft</th><th>Bracketed spans</th><th>Unbalanced</th><th>Resolved since previous</th><th>New</th></tr></thead><tbody>');
  for (const b of report.brackets) {
    const resolved = b.resolved.map((r) => `${esc(r.text)} <span class="muted">(${esc(r.paragraph.number ?? '·')}: ${esc(r.resolution)})</span>`).join('<br>');
    const added = b.added.map((a) => `${esc(a.text)} <span class="muted">(${esc(a.paragraph.number ?? '·')})</span>`).join('<br>');
    parts.push(`<tr><td>${name(b.draftId)}</td><td class="n">${b.count}</td><td class="n">${b.unbalanced}</td><td>${resolved}</td><td>${added}</td></tr>`);
  }
  parts.push('</tbody></table>');

  parts.push('<h2>Weakened and strengthened wording</h2>');
  if (report.hedging.length === 0) parts.push('<p class="muted">No change of strength found.</p>');
  else {
    parts.push('<table><thead><tr><th>Drafts</th><th>Paragraph</th><th>Change</th><th>Before</th><th>After</th></tr></thead><tbody>');
    for (const h of report.hedging) {
      parts.push(
        `<tr><td>${name(h.fromDraftId)} → ${name(h.toDraftId)}</td><td>${esc(h.from.number ?? '·')} → ${esc(h.to.number ?? '·')}</td>` +
          `<td class="${h.direction === 'weakened' ? 'down' : 'up'}">${esc(h.direction)} (${esc(h.kind)})</td>` +
          `<td><b>${esc(h.before || '—')}</b><br><span class="muted">${esc(h.beforeContext)}</span></td><td><b>${esc(h.after || '—')}</b><br><span class="muted">${esc(h.afterContext)}</span></td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
