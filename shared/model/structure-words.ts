/**
 * The words that carry structure in a negotiation text, in one place: part headings, the standing
 * of a part (recommendations above discussion), month names, and the cues of a UN masthead. They
 * are English today; language profiles (one per UN language) will supply them as data, so code
 * reads them from here and never spells a structure word of its own.
 */

/** Headings that split a section into parts ("Discussion", "Recommended next steps"), folded to lower case. */
export const PART_HEADINGS: ReadonlySet<string> = new Set([
  'discussion', 'discussions', 'recommended next steps', 'recommendations', 'conclusions',
  'conclusions and recommendations', 'next steps', 'summary', 'summary of discussions',
  'proposals', 'proposed next steps', 'recommended next steps for consideration',
]);

/** True when a line is a part heading as printed ("Recommended next steps", "Discussion:"). */
export function isPartHeading(text: string): boolean {
  return PART_HEADINGS.has(text.replace(/:$/, '').trim().toLowerCase());
}

/** Cues of a part whose paragraphs are agreed action: the "recommendations" standing. */
export const RECOMMENDATION_CUES = /\brecommend|\bnext steps\b|\bconclusions?\b|\bway forward\b/;
/** Cues of a part that only records views: the "discussion" standing. */
export const DISCUSSION_CUES = /\bdiscussions?\b|\bdeliberations?\b|\bsummary of (?:the )?(?:discussion|views)/;

/**
 * Prefixes written with a hyphen ("non-State", "self-defence", "cross-border"): a line that ends
 * in one of them and a hyphen ends in a real hyphen, never one added by automatic hyphenation.
 */
export const HYPHENATED_PREFIXES: ReadonlySet<string> = new Set(['non', 'self', 'cross', 'anti', 'quasi', 'pseudo', 'well', 'ex']);

/** Month names in calendar order, lower case, for date lines ("14 February 2025"). */
export const MONTHS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** A weekday before a date ("Friday, 14 February 2025"). */
export const WEEKDAY_PREFIX = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s*/i;

/** A label before a date or a symbol ("Date: …", "Symbol: …"). */
export const DATE_LABEL = /^date\s*:\s*/i;
export const SYMBOL_LABEL = /^\s*(?:document\s+)?symbol\s*:?/i;

/** Distribution lines of a UN masthead ("Distr.: General", "Original: English", "Limited"). */
export const MASTHEAD_DISTRIBUTION = /^(?:distr\.?\s*:|original\s*:|limited\b|general\s*$)/i;

/**
 * Lines of a UN masthead that name the issuing body or the session rather than the document
 * ("United Nations", "General Assembly", "Seventy-ninth session", "Item 94 of the provisional
 * agenda"): the title is the first line after them.
 */
export const MASTHEAD_ORGAN = [
  /^united nations$/i,
  /^(?:general assembly|security council|economic and social council|human rights council|trusteeship council)$/i,
  /^(?:\S+\s+)?(?:regular |special |substantive |organizational )?session$/i,
  /^(?:agenda )?items? \d.*\bagenda\b/i,
];
