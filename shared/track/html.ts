/**
 * The tracker as one self-contained HTML page (inline style and SVG, no script, no external
 * resource): the presence chart, the matrix, the events, brackets and hedging. For publishing a
 * tracker or attaching it to a report.
 */
import { escapeXml as esc, presenceChartSvg, safeColor } from './chart';
import type { TrackedParagraph, TrackReport } from './types';
import { chromeAttributes, exportStrings, type ExportStrings } from '../export/strings';
import { eventSentence } from './details';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#111827;margin:24px;max-width:1200px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d5db;padding:4px 8px;vertical-align:top;text-align:left}
th{background:#f3f4f6}td.n{text-align:right;font-variant-numeric:tabular-nums}.zero{color:#9ca3af}
.kind{font-weight:600}.down{color:#b91c1c;font-weight:600}.up{color:#15803d;font-weight:600}.muted{color:#6b7280}
.swatch{display:inline-block;width:10px;height:10px;margin-right:6px;vertical-align:baseline}
@media print{body{margin:0}}
`;

const where = (ps: readonly TrackedParagraph[], s: ExportStrings): string =>
  ps.length === 0
    ? '<span class="muted">—</span>'
    : ps.map((p) => `${esc(p.number ?? s.unnumberedShort)} <span class="muted">${esc(p.section.join(' › '))}</span>`).join('<br>');

/** The report as a complete HTML document. */
export function trackToHtml(report: TrackReport, title?: string, options: { uiLanguage?: string } = {}): string {
  const s = exportStrings(options.uiLanguage);
  title ??= s.trackTitle;
  const label = new Map(report.drafts.map((d) => [d.id, d.label]));
  const name = (id: string): string => esc(label.get(id) ?? id);
  const eventWord = { removed: s.eventRemoved, added: s.eventAdded, moved: s.eventMoved, reworded: s.eventReworded, count: s.eventCount } as const;
  const hedgeKind = { modal: s.modal, verb: s.verb, qualifier: s.qualifier } as const;
  const parts: string[] = [];
  // The page is the tracker's own words (its phrases and excerpts are marked dir="auto" where they appear).
  parts.push(`<!doctype html><html${chromeAttributes(options.uiLanguage)}><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1>${esc(title)}</h1>`);
  parts.push(`<p class="muted">${report.drafts.map((d) => esc(d.label)).join(' → ')}</p>`);
  parts.push(`<figure>${presenceChartSvg(report.matrix, { uiLanguage: options.uiLanguage })}</figure>`);

  parts.push(`<h2>${esc(s.occurrencesByDraft)}</h2><table><thead><tr><th>${esc(s.term)}</th>`);
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

  parts.push(`<h2>${esc(s.events)}</h2>`);
  if (report.events.length === 0) parts.push(`<p class="muted">${esc(s.noEvents)}</p>`);
  else {
    parts.push(`<table><thead><tr><th>${esc(s.term)}</th><th>${esc(s.event)}</th><th>${esc(s.from)}</th><th>${esc(s.to)}</th><th>${esc(s.details)}</th></tr></thead><tbody>`);
    for (const e of report.events) {
      const flag = e.downgrade ? ` <span class="down">${esc(s.downgrade)}</span>` : e.upgrade ? ` <span class="up">${esc(s.upgrade)}</span>` : '';
      parts.push(
        `<tr><td>${esc(e.term)}</td><td class="kind">${esc(eventWord[e.kind] ?? e.kind)}${flag}</td><td>${name(e.fromDraftId)}<br>${where(e.from, s)}</td><td>${name(e.toDraftId)}<br>${where(e.to, s)}</td><td>${esc(eventSentence(e, { from: label.get(e.fromDraftId) ?? e.fromDraftId, to: label.get(e.toDraftId) ?? e.toDraftId }, options.uiLanguage))}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }

  parts.push(`<h2>${esc(s.brackets)}</h2><table><thead><tr><th>${esc(s.draft)}</th><th>${esc(s.bracketedSpans)}</th><th>${esc(s.unbalanced)}</th><th>${esc(s.resolvedSincePrevious)}</th><th>${esc(s.new)}</th></tr></thead><tbody>`);
  for (const b of report.brackets) {
    const resolved = b.resolved.map((r) => `${esc(r.text)} <span class="muted">(${esc(r.paragraph.number ?? '·')}: ${esc(r.resolution)})</span>`).join('<br>');
    const added = b.added.map((a) => `${esc(a.text)} <span class="muted">(${esc(a.paragraph.number ?? '·')})</span>`).join('<br>');
    parts.push(`<tr><td>${name(b.draftId)}</td><td class="n">${b.count}</td><td class="n">${b.unbalanced}</td><td>${resolved}</td><td>${added}</td></tr>`);
  }
  parts.push('</tbody></table>');

  parts.push(`<h2>${esc(s.hedging)}</h2>`);
  if (report.hedging.length === 0) parts.push(`<p class="muted">${esc(s.noHedging)}</p>`);
  else {
    parts.push(`<table><thead><tr><th>${esc(s.drafts)}</th><th>${esc(s.paragraph)}</th><th>${esc(s.change)}</th><th>${esc(s.before)}</th><th>${esc(s.after)}</th></tr></thead><tbody>`);
    for (const h of report.hedging) {
      parts.push(
        `<tr><td>${name(h.fromDraftId)} → ${name(h.toDraftId)}</td><td>${esc(h.from.number ?? '·')} → ${esc(h.to.number ?? '·')}</td>` +
          `<td class="${h.direction === 'weakened' ? 'down' : 'up'}">${esc(h.direction === 'weakened' ? s.weakened : s.strengthened)} (${esc(hedgeKind[h.kind] ?? h.kind)})</td>`
 +
          `<td><b>${esc(h.before || '—')}</b><br><span class="muted">${esc(h.beforeContext)}</span></td><td><b>${esc(h.after || '—')}</b><br><span class="muted">${esc(h.afterContext)}</span></td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}
