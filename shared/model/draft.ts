/**
 * The draft model: what one circulated text (a zero draft, a Rev.1…) looks like once imported.
 * Received drafts are immutable records; everything else (alignment, redlines, tracker tables)
 * is derived from them.
 */

import type { WorkingData } from './working';

/** Inline emphasis kept from the source. */
export type Mark = 'bold' | 'italic' | 'underline';

/** A stretch of text with the same emphasis. The runs of a block concatenate to its `text`. */
export interface Run {
  text: string;
  marks?: Mark[];
  /** A link target, only http:, https: or mailto: (pasted or typed in a working draft). */
  href?: string;
}

/** A footnote as printed at the foot of the page, linked to the paragraph that cites it. */
export interface Footnote {
  /** Marker as printed ("1", "*"). */
  marker: string;
  text: string;
  /**
   * Where the reference stands in the paragraph's text (an offset), when not at its end. Only
   * working drafts record it: importers place every reference at the end.
   */
  at?: number;
}

/** A chapter or section heading ("II. Existing and potential threats", "Recommended next steps"). */
export interface HeadingBlock {
  kind: 'heading';
  /** Stable within its draft ("h3"); lineage across drafts comes from alignment, not from ids. */
  id: string;
  /** 1 = chapter ("I."), 2 = section ("A."), 3 = part ("Discussion"), deeper as needed. */
  level: number;
  /** Number as printed without a trailing period ("II", "A"), or null. */
  number: string | null;
  /**
   * What follows the number when it is not the usual period: '' for a bare number ("2.1 Document
   * Conformance"), ')' for "1)". Absent: the number is followed by a period. See `printedNumber`.
   */
  numberSuffix?: string;
  /** Heading text without its number. */
  text: string;
  runs?: Run[];
}

/** A numbered paragraph, subparagraph or unnumbered body paragraph. */
export interface ParagraphBlock {
  kind: 'paragraph';
  /** Stable within its draft ("p41"). Numbers are labels, not identity. */
  id: string;
  /** Number as printed without a trailing period ("12", "(a)", "(ii)"), or null. */
  number: string | null;
  /**
   * What follows the number when it is not the usual: '' for a bare "12", ')' for "12)", '.' for
   * "a.". Absent: a period after a number of digits ("12."), nothing after any other ("(a)").
   */
  numberSuffix?: string;
  /** 0 = paragraph, 1 = subparagraph ("(a)"), 2 = sub-subparagraph ("(i)"). */
  level: number;
  /** Headings above this paragraph, outermost first, each as printed ("A. Overview"). */
  section: string[];
  /** The paragraph's text without its number. */
  text: string;
  /** Emphasis, when the source had any; concatenated they equal `text`. */
  runs?: Run[];
  footnotes?: Footnote[];
}

export type Block = HeadingBlock | ParagraphBlock;

/** One imported draft of a negotiation text. */
export interface Draft {
  /** Unique within the project. */
  id: string;
  /** User-editable label ("Zero draft", "Rev.1"). */
  label: string;
  /** Date of the draft as ISO yyyy-mm-dd, when known. */
  date: string | null;
  /** File the draft was imported from, or null (pasted, generated). */
  sourceName: string | null;
  /** SHA-256 (hex) of the source bytes: the same file imported twice is recognised. */
  hash: string;
  /** Title as found in the document. */
  title: string;
  /** Document symbol ("A/AC.292/2024/L.1"), when found. */
  symbol: string | null;
  blocks: Block[];
  /** ISO timestamp of the import. */
  importedAt: string;
  /** What the importer wants the user to know (tracked changes accepted, footnotes dropped…). */
  notes?: string[];
  /** Code of the language the draft is read in ("fr"), detected at import or chosen; absent in older projects (read as English). */
  language?: string;
  /** Present on working drafts only: the editable copy's base, statuses and proposals. */
  working?: WorkingData;
}

/** True for paragraph blocks; a type guard for filtering `draft.blocks`. */
export function isParagraph(block: Block): block is ParagraphBlock {
  return block.kind === 'paragraph';
}

/** True for a working draft: an editable copy of a received draft. */
export function isWorkingDraft(draft: Draft): draft is Draft & { working: WorkingData } {
  return draft.working !== undefined;
}

/** The part of a block the number printer reads. */
export interface Numbered {
  kind: Block['kind'];
  number: string | null;
  numberSuffix?: string;
}

/** The suffix a number gets when the block does not say: the conventions drafts are written in. */
export function usualNumberSuffix(kind: Block['kind'], number: string): string {
  return kind === 'heading' || /^\d+$/.test(number) ? '.' : '';
}

/**
 * The one number printer: a block's number exactly as the document prints it ("12.", "(a)",
 * "A.", "2.1"), or '' when it has none. Views, exporters and the command line all print with it.
 */
export function printedNumber(block: Numbered): string {
  if (!block.number) return '';
  return block.number + (block.numberSuffix ?? usualNumberSuffix(block.kind, block.number));
}

/**
 * The `numberSuffix` to store for a number printed as `printed` (number + suffix): absent when the
 * usual suffix already gives it, so the stored draft says only what is unusual.
 */
export function numberSuffixFor(kind: Block['kind'], number: string, suffix: string): { numberSuffix?: string } {
  return suffix === usualNumberSuffix(kind, number) ? {} : { numberSuffix: suffix };
}

/** A number and its text as printed: a space between them, none after ideographic punctuation ("一、导言", "（一）概况"). */
function withNumber(block: Numbered & { text: string }): string {
  if (!block.number) return block.text;
  const printed = printedNumber(block);
  return /[、）．]$/.test(printed) ? `${printed}${block.text}` : `${printed} ${block.text}`;
}

/** The paragraph as printed: its number followed by its text. */
export function printedParagraph(p: ParagraphBlock): string {
  return withNumber(p);
}

/** The heading as printed ("A. Overview", "ألف - لمحة عامة", "一、导言"). */
export function printedHeading(h: HeadingBlock): string {
  return withNumber(h);
}

/**
 * Paragraph numbers as a reader cites them: subparagraphs carry their parent's number ("8(a)"),
 * so "¶(a)" never stands alone. Indexed by block index; unnumbered paragraphs are absent.
 */
export function citedNumbers(draft: Draft): Map<number, string> {
  const out = new Map<number, string>();
  const parents: string[] = [];
  draft.blocks.forEach((b, i) => {
    if (!isParagraph(b)) return;
    const n = b.number ?? '';
    parents.length = Math.min(parents.length, b.level);
    const cited = b.level > 0 && parents[0] ? parents.slice(0, b.level).join('') + n : n;
    parents[b.level] = n;
    if (cited) out.set(i, cited);
  });
  return out;
}
