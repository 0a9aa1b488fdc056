/**
 * The importers' contract: bytes in, Draft out. Pure (no DOM, no Node), so the host, a worker
 * and the command line all call the same code.
 */
import type { Block } from '../model/draft';
import type { DocxRevisions } from './docx-revisions';

/** Formats an importer exists for. */
export type ImportFormat = 'docx' | 'pdf' | 'html' | 'text' | 'markdown';

export interface ImportOptions {
  /**
   * For DOCX with tracked changes: import the text with every change accepted (default), as last
   * accepted (all rejected), or for review ('proposals': accepted, with the rejected text and
   * each revision's author beside it, see `ImportedContent.review`).
   */
  trackedChanges?: 'accept' | 'reject' | 'proposals';
  /** Progress callback, 0..1, for long imports. */
  onProgress?: (fraction: number) => void;
  /** The draft's language when the person chose it ("fr"); detected from the text otherwise. */
  language?: string;
  /**
   * The project's language (`Project.language`), when the person set one: the draft is read in it
   * unless `language` chooses another. Unknown codes are passed over.
   */
  projectLanguage?: string;
}

/** What an importer produces: the structured content of a draft, before it gets a label and id. */
export interface ImportedContent {
  format: ImportFormat;
  title: string;
  symbol: string | null;
  /** Date found in the document, ISO yyyy-mm-dd. */
  date: string | null;
  blocks: Block[];
  /** Things the user should know, one sentence each (e.g. "The document contained tracked changes; they were accepted."). */
  notes: string[];
  /** True when a DOCX contained tracked changes. */
  hadTrackedChanges?: boolean;
  /** Code of the language the draft was read in ("fr"): chosen, else detected, else English. */
  language?: string;
  /** With `trackedChanges: 'proposals'`: the text before the changes and who made each of them. */
  review?: { rejected: ImportedContent; revisions: DocxRevisions };
}

/** The file could not be imported; the message is one human sentence, shown as is. */
export class ImportError extends Error {
  override name = 'ImportError';
}
