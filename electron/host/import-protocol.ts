/**
 * The messages between the host and an import isolate (a worker thread in browser mode and the
 * command line, a utility process in the desktop app). In the app an isolate imports one file and
 * exits, so nothing a hostile file does can outlive its import; the command line's isolate reads
 * the files of one command in turn, and is ended by the first that fails.
 */
import type { Draft } from '../../shared/model/draft';
import type { ImportedContent } from '../../shared/import/types';

/** One file to import. */
export interface ImportJob {
  name: string;
  bytes: Uint8Array;
  /** 'proposals': a Word review, its revisions kept apart for attribution (shared/draft/review.ts). */
  trackedChanges: 'accept' | 'reject' | 'proposals';
  /** Id the draft gets; a fresh one when omitted. */
  draftId?: string;
  /** The draft's language when the person chose it ("fr"); detected from the text otherwise. */
  language?: string;
}

/** What the isolate sends back. */
export interface ImportOutcome {
  content: ImportedContent;
  draft: Draft;
}

export type ToIsolate = { type: 'job'; job: ImportJob };

export type FromIsolate =
  /** Program loaded, parsing begins: the time limit counts from here. */
  | { type: 'started' }
  | { type: 'progress'; fraction: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; error: { name: string; message: string } };
