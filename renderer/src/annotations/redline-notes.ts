/**
 * The project's annotations as the redline exporters take them: one note per annotation placed on
 * either exported draft, on its passage there, saying the position, the comment and any proposed
 * text. An annotation placed on both drafts is written once, on the later one.
 */
import type { AnchorMap } from '../../../shared/annotate/anchor';
import { commentText } from '../../../shared/annotate/sanitize';
import { annotationOwner, POSITION_LABEL, type Annotation } from '../../../shared/annotate/schema';
import type { RedlineAnnotation } from '../../../shared/export/types';

export function redlineAnnotations(annotations: readonly Annotation[], anchors: AnchorMap, draftIds: readonly string[]): RedlineAnnotation[] {
  const out: RedlineAnnotation[] = [];
  for (const a of annotations) {
    const byDraft = anchors.get(a.id);
    const anchor = [...draftIds].reverse().map((d) => byDraft?.get(d)).find((x) => x && x.status !== 'orphaned' && x.paragraphId);
    if (!anchor) continue;
    const text = [
      `${POSITION_LABEL[a.body.position]}${a.body.priority === 'high' ? ' (high priority)' : ''}: ${commentText(a.body.comment)}`,
      a.body.replacement !== null ? `Proposed text: ${a.body.replacement}` : '',
      a.body.tags.length ? `Tags: ${a.body.tags.join(', ')}` : '',
    ].filter(Boolean).join('\n');
    out.push({ draftId: anchor.draftId, paragraphId: anchor.paragraphId!, text, author: annotationOwner(a), start: anchor.start, end: anchor.end });
  }
  return out;
}
