/**
 * The comparison engine's contract: what comparing two drafts produces. Views, exporters, the
 * tracker and the command line read these types; only `shared/compare/` builds them.
 */

export type ChangeKind = 'unchanged' | 'modified' | 'moved' | 'split' | 'merged' | 'deleted' | 'inserted';

/** One word-level diff operation: equal, deleted from the base, inserted in the target. */
export type DiffOp = ['=' | '-' | '+', string];

/** A paragraph of one side of a comparison. */
export interface ParagraphRef {
  /** Index of the block in `draft.blocks` (headings included). */
  index: number;
  /** The paragraph's id inside its draft. */
  id: string;
  /** Number as printed, or null. */
  number: string | null;
}

/**
 * One aligned group of paragraphs. Unchanged/modified/moved pair one base with one target
 * paragraph; split pairs one base with several targets; merged several bases with one target;
 * deleted has only base, inserted only target.
 */
export interface Change {
  kind: ChangeKind;
  base: ParagraphRef[];
  target: ParagraphRef[];
  /** Word-level redline from the base text to the target text, where the text changed. */
  diff?: DiffOp[];
  /** 0..1 similarity of the texts (1 = identical after the chosen options). */
  similarity: number;
  /**
   * True when the paragraph is in another section than before (the one section identity,
   * `sections.ts`). A paragraph that changed section is reported as moved even when its reading
   * order did not change (the first paragraph of "Recommended next steps" now at the end of
   * "Discussion"). Set on every change with both sides.
   */
  crossSection?: boolean;
  /** For a change of section: from the recommendations to the discussion, or the reverse. */
  standing?: 'downgrade' | 'upgrade';
  /** Section path of the base and target sides (first paragraph of each). */
  baseSection?: string[];
  targetSection?: string[];
}

/** What to ignore when deciding whether text changed. */
export interface CompareOptions {
  ignoreCase: boolean;
  ignorePunctuation: boolean;
  ignoreWhitespace: boolean;
  /** Compare paragraphs without their printed numbers (numbers are never identity anyway). */
  ignoreNumbering: boolean;
}

export const defaultCompareOptions: CompareOptions = {
  ignoreCase: false,
  ignorePunctuation: false,
  ignoreWhitespace: true,
  ignoreNumbering: true,
};

export interface SectionSummary {
  /** Section path joined with " › ", as shown to the user. */
  section: string;
  counts: Record<ChangeKind, number>;
  wordsInserted: number;
  wordsDeleted: number;
}

export interface CompareSummary {
  counts: Record<ChangeKind, number>;
  wordsInserted: number;
  wordsDeleted: number;
  bySection: SectionSummary[];
}

/** The result of comparing a base draft with a target draft. */
export interface Comparison {
  baseId: string;
  targetId: string;
  options: CompareOptions;
  /**
   * Every paragraph of both drafts exactly once, in reading order of the target draft, with
   * deleted paragraphs placed where they stood relative to their base neighbours.
   */
  changes: Change[];
  summary: CompareSummary;
  /** Headings reworded in place ([base section key, target section key]): still the same section. */
  sectionRenames?: Array<[string, string]>;
}
