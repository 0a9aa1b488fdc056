/**
 * The presenter's private notes: what the presenter window shows beside the current change and the
 * audience window never receives. Notes are "the paragraph's annotations": the project's
 * annotations placed on the paragraphs of the change in focus (carried into later drafts by their
 * anchors), as plain text.
 */
import type { AnchorMap } from '../../../shared/annotate/anchor';
import { annotationsForParagraph } from '../../../shared/annotate/query';
import { commentText } from '../../../shared/annotate/sanitize';
import { annotationOwner, POSITION_LABEL } from '../../../shared/annotate/schema';
import type { Project } from '../../../shared/model/schema';
import { clipText } from '../track/events';

/** A paragraph of a draft, as named to the notes provider. */
export interface NotesParagraph {
  draftId: string;
  paragraphId: string;
  /** How the presenter cites it ("Rev.2 ¶11"). */
  label: string;
}

/** One private note, as the presenter window lists it. */
export interface PresenterNote {
  id: string;
  /** The paragraph and passage it is on ("Rev.2 ¶11: “cyber mercenaries”"). */
  on: string;
  /** Plain text of the note. */
  text: string;
  /** Who wrote it or whose position it records, and the position ("Utopia (A. Rivera) · Oppose"). */
  by: string | null;
  /** Text the delegation proposes instead of the passage, or null. */
  proposal: string | null;
}

/** The notes on some paragraphs of the project, in the order of the paragraphs given. */
export type NotesProvider = (project: Project, paragraphs: readonly NotesParagraph[], anchors?: AnchorMap) => PresenterNote[];

/**
 * The annotations on these paragraphs, each once (an annotation carried from the earlier draft to
 * the later one sits on both sides of a change), in the order of the paragraphs and passages.
 */
export const paragraphNotes: NotesProvider = (project, paragraphs, anchors) => {
  const seen = new Set<string>();
  const out: PresenterNote[] = [];
  for (const p of paragraphs) {
    for (const { annotation: a, anchor } of annotationsForParagraph(project, p.draftId, p.paragraphId, anchors)) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const position = a.body.position !== 'none' ? POSITION_LABEL[a.body.position] : null;
      out.push({
        id: a.id,
        on: `${p.label}: “${clipText(anchor.quote ?? a.target.quote.exact, 80)}”`,
        text: commentText(a.body.comment),
        by: [annotationOwner(a), position, ...a.body.tags].filter(Boolean).join(' · ') || null,
        proposal: a.body.replacement,
      });
    }
  }
  return out;
};
