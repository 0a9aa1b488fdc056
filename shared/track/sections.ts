/**
 * Section paths as the tracker compares them: headings without their numbers (renumbering a
 * chapter is not a move), and the standing of a part: recommendations weigh more than discussion.
 */
import { foldPhrase } from './fold';

const HEADING_NUMBER = /^\s*(?:[ivxlcdm]+|[a-z]|\d+(?:\.\d+)*)\s*[.)]\s+|^\s*\(\s*(?:[ivxlcdm]+|[a-z]|\d+)\s*\)\s+/i;

const keys = new Map<string, string>();
// Paragraphs of a draft share their section arrays with nothing else, so the array itself is a
// cheap first-level key (the tracker compares the same paragraphs' sections many times).
const byArray = new WeakMap<readonly string[], string>();

/** A section path folded to a comparable key: numbers dropped, case and spacing folded. */
export function sectionKey(section: readonly string[]): string {
  let key = byArray.get(section);
  if (key !== undefined) return key;
  const joined = section.join('\u0000');
  key = keys.get(joined);
  if (key === undefined) {
    key = section.map((h) => foldPhrase(h.replace(HEADING_NUMBER, ''))).join(' \u203a ');
    // A document has few distinct section paths; the bound only guards against pathological input.
    if (keys.size < 10_000) keys.set(joined, key);
  }
  byArray.set(section, key);
  return key;
}

/** Where a part stands: 'recommendations' (agreed action) above 'discussion' (mere record). */
export type SectionStanding = 'recommendations' | 'discussion' | null;

const RECOMMENDATIONS = /\brecommend|\bnext steps\b|\bconclusions?\b|\bway forward\b/;
const DISCUSSION = /\bdiscussions?\b|\bdeliberations?\b|\bsummary of (?:the )?(?:discussion|views)/;

/** The standing of the innermost heading of the path that says one. */
export function sectionStanding(section: readonly string[]): SectionStanding {
  for (let i = section.length - 1; i >= 0; i--) {
    const h = foldPhrase(section[i]!);
    if (RECOMMENDATIONS.test(h)) return 'recommendations';
    if (DISCUSSION.test(h)) return 'discussion';
  }
  return null;
}

/** Downgrade (recommendations → discussion), upgrade (the reverse) or neither. */
export function moveStanding(from: readonly string[], to: readonly string[]): 'downgrade' | 'upgrade' | null {
  const a = sectionStanding(from);
  const b = sectionStanding(to);
  if (a === 'recommendations' && b === 'discussion') return 'downgrade';
  if (a === 'discussion' && b === 'recommendations') return 'upgrade';
  return null;
}
