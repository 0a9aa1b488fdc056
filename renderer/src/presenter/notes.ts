/**
 * The presenter's private notes: what the presenter window shows beside the current change and the
 * audience window never receives. Notes are "the paragraph's annotations, where they exist": this
 * is the one seam where presenter mode asks for them, by paragraph of a draft.
 */
import type { Project } from '../../../shared/model/schema';

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
  /** The paragraph it is on ("Rev.2 ¶11"). */
  on: string;
  /** Plain text of the note. */
  text: string;
  /** Who wrote it or whose position it records, when known. */
  by: string | null;
}

/** The notes on some paragraphs of the project, in the order of the paragraphs given. */
export type NotesProvider = (project: Project, paragraphs: readonly NotesParagraph[]) => PresenterNote[];

/**
 * The project's notes on these paragraphs. Annotations are not part of the project format yet
 * (issue 10): until they are, no paragraph has notes. Connect them here, e.g. with
 * `annotationsForParagraph(project, p.draftId, p.paragraphId)` for each paragraph.
 */
export const paragraphNotes: NotesProvider = () => [];
