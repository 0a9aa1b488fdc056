/**
 * The tracker's output contract: what following watched language, brackets and hedging across the
 * drafts of a negotiation produces. Views, the CSV/HTML/JSON writers and the command line read
 * these types; only `shared/track/` builds them.
 */
import type { WatchTerm } from '../model/schema';

/** A paragraph as the tracker reports it: identity within its draft, printed number, section path. */
export interface TrackedParagraph {
  id: string;
  number: string | null;
  section: string[];
}

/** A paragraph holding a term, with where the term sits in its text (for highlighting). */
export interface TermHit extends TrackedParagraph {
  count: number;
  /** Offsets into the paragraph's `text`. */
  matches: Array<{ start: number; end: number }>;
}

/** One cell of the matrix: a term in a draft. */
export interface MatrixCell {
  draftId: string;
  count: number;
  paragraphs: TermHit[];
}

/** One row of the matrix: a term across every draft, cells in draft order. */
export interface MatrixRow {
  term: WatchTerm;
  cells: MatrixCell[];
}

/** A draft as the report names it. */
export interface TrackedDraft {
  id: string;
  label: string;
}

/** Terms × drafts. */
export interface TermMatrix {
  drafts: TrackedDraft[];
  rows: MatrixRow[];
}

/**
 * What happened to a term between two drafts.
 * - removed / added / count: the draft as a whole lost, gained or changed its number of occurrences;
 * - moved: an aligned paragraph holding the term on both sides changed section;
 * - reworded: an aligned paragraph survived but (some of) its occurrences did not.
 */
export type TrackEventKind = 'removed' | 'added' | 'moved' | 'reworded' | 'count';

export interface TrackEvent {
  kind: TrackEventKind;
  termId: string;
  /** The term's phrase, for readers of the event alone. */
  term: string;
  fromDraftId: string;
  toDraftId: string;
  /** Paragraphs of the earlier draft involved (holding the term, or the aligned base paragraph). */
  from: TrackedParagraph[];
  /** Paragraphs of the later draft involved. */
  to: TrackedParagraph[];
  countBefore: number;
  countAfter: number;
  /** moved: from a recommendations part to a discussion part. */
  downgrade?: boolean;
  /** moved: from a discussion part to a recommendations part. */
  upgrade?: boolean;
  /** reworded: the wording that was deleted (the term as written) and what was inserted in its place. */
  deletedText?: string;
  replacement?: string;
  /** One human sentence. */
  details: string;
}

/** A bracketed span of one paragraph. */
export interface BracketRef {
  paragraph: TrackedParagraph;
  /** The bracketed text, brackets included. */
  text: string;
  start: number;
  end: number;
  depth: number;
  /** False when an opening or closing bracket is missing in this paragraph. */
  balanced: boolean;
}

/** How a bracket of the earlier draft was resolved in the later one. */
export type BracketResolution = 'kept' | 'amended' | 'dropped' | 'paragraph-deleted';

export interface ResolvedBracket extends BracketRef {
  resolution: BracketResolution;
  /** The aligned paragraphs of the later draft (empty when the paragraph was deleted). */
  to: TrackedParagraph[];
}

/** Brackets of one draft, and how they relate to the previous draft. */
export interface DraftBrackets {
  draftId: string;
  /** Every bracketed span, nested ones included. */
  count: number;
  /** Spans whose opening or closing bracket is missing within their paragraph. */
  unbalanced: number;
  spans: BracketRef[];
  /** Brackets of the previous draft no longer bracketed here (empty for the first draft). */
  resolved: ResolvedBracket[];
  /** Brackets not bracketed in the previous draft (empty for the first draft). */
  added: BracketRef[];
}

/** What kind of wording changed strength. */
export type HedgeKind = 'modal' | 'qualifier' | 'verb';

/** A change of strength inside an aligned paragraph. */
export interface HedgeChange {
  fromDraftId: string;
  toDraftId: string;
  from: TrackedParagraph;
  to: TrackedParagraph;
  kind: HedgeKind;
  direction: 'weakened' | 'strengthened';
  /** The wording before and after ("" when a qualifier was only added or only removed). */
  before: string;
  after: string;
  /** A few words around the change on each side, for reading the event alone. */
  beforeContext: string;
  afterContext: string;
}

/** Everything the tracker derives from a sequence of drafts. */
export interface TrackReport {
  drafts: TrackedDraft[];
  terms: WatchTerm[];
  matrix: TermMatrix;
  /** Events between consecutive drafts, then between any extra pairs asked for, in order. */
  events: TrackEvent[];
  brackets: DraftBrackets[];
  hedging: HedgeChange[];
}
