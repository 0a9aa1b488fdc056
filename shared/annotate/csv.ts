/**
 * Annotations as CSV for spreadsheets (RFC 4180, formula-safe: the tracker's writer): one row
 * per annotation, where it was made, what it says, and where it sits in a chosen draft.
 */
import { toCsv } from '../track/csv';
import type { Draft } from '../model/draft';
import { paragraphCitation, type AnchorContext, type AnchorMap } from './anchor';
import { commentText } from './sanitize';
import { POSITION_LABEL, type Annotation } from './schema';

/** The set as CSV; with `shownOn`, four more columns say where each sits in that draft. */
export function annotationsToCsv(annotations: readonly Annotation[], ctx: AnchorContext, anchors?: AnchorMap, shownOn?: Draft): string {
  const label = (id: string) => ctx.info.get(id)?.draft.label ?? id;
  const head = ['Id', 'Draft', 'Paragraph', 'Passage', 'Position', 'Priority', 'Tags', 'Delegation', 'Author', 'Comment', 'Proposed text', 'Created', 'Modified'];
  if (shownOn) head.push(`Status in ${shownOn.label}`, `Paragraph in ${shownOn.label}`, `Passage in ${shownOn.label}`, 'Reason');
  const rows = annotations.map((a) => {
    const row: (string | number)[] = [
      a.id,
      label(a.target.source),
      a.target.paragraph ? paragraphCitation(ctx, a.target.source, a.target.paragraph) : '',
      a.target.quote.exact,
      POSITION_LABEL[a.body.position],
      a.body.priority,
      a.body.tags.join('; '),
      a.delegation,
      a.author,
      commentText(a.body.comment),
      a.body.replacement ?? '',
      a.created,
      a.modified,
    ];
    if (shownOn) {
      const anchor = anchors?.get(a.id)?.get(shownOn.id);
      if (!anchor) row.push('not in this draft', '', '', `made on ${label(a.target.source)}, after ${shownOn.label}`);
      else row.push(anchor.status + (anchor.ambiguous ? ' (ambiguous)' : ''), anchor.paragraphId ? paragraphCitation(ctx, shownOn.id, anchor.paragraphId) : '', anchor.quote ?? '', anchor.reason ?? '');
    }
    return row;
  });
  return toCsv([head, ...rows]);
}
