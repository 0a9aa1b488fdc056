/** The command line's JSON form of a comparison (`draftwatch compare --json`). */
import type { ChangeKind, CompareSummary, Comparison, DiffOp } from './types';

/** One side's paragraph in the JSON output: number as printed and block index. */
export interface JsonParagraph {
  number: string | null;
  index: number;
}

/**
 * One change in the JSON output; `diff` is present where the text changed. A paragraph now in
 * another section has `crossSection` (and is `moved`, even when its reading order is the same),
 * its two sections, and `standing` when it went from the recommendations to the discussion
 * ("downgrade") or back ("upgrade").
 */
export interface JsonChange {
  kind: ChangeKind;
  base: JsonParagraph[];
  target: JsonParagraph[];
  diff?: DiffOp[];
  crossSection?: true;
  standing?: 'downgrade' | 'upgrade';
  baseSection?: string[];
  targetSection?: string[];
}

/** The JSON document: every paragraph of both drafts, and the summary. */
export interface ComparisonJson {
  changes: JsonChange[];
  summary: CompareSummary;
}

/**
 * A comparison as plain JSON data for scripts: every change with its paragraphs (number and
 * block index) and its word diff, then the summary.
 */
export function comparisonToJson(comparison: Comparison): ComparisonJson {
  return {
    changes: comparison.changes.map((c) => {
      const out: JsonChange = {
        kind: c.kind,
        base: c.base.map((r) => ({ number: r.number, index: r.index })),
        target: c.target.map((r) => ({ number: r.number, index: r.index })),
      };
      if (c.diff) out.diff = c.diff.map(([op, text]): DiffOp => [op, text]);
      if (c.crossSection) {
        out.crossSection = true;
        if (c.standing) out.standing = c.standing;
        out.baseSection = [...(c.baseSection ?? [])];
        out.targetSection = [...(c.targetSection ?? [])];
      }
      return out;
    }),
    summary: comparison.summary,
  };
}
