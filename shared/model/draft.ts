/**
 * The draft model: what one circulated text (a zero draft, a Rev.1…) looks like once imported.
 * Received drafts are immutable records; everything else (alignment, redlines, tracker tables)
 * is derived from them.
 */

/** Inline emphasis kept from the source. */
export type Mark = 'bold' | 'italic' | 'underline';

/** A stretch of text with the same emphasis. The runs of a block concatenate to its `text`. */
export interface Run {
  text: string;
  marks?: Mark[];
}

/** A footnote as printed at the foot of the page, linked to the paragraph that cites it. */
export interface Footnote {
  /** Marker as printed ("1", "*"). */
  marker: string;
  text: string;
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
}

/** True for paragraph blocks; a type guard for filtering `draft.blocks`. */
export function isParagraph(block: Block): block is ParagraphBlock {
  return block.kind === 'paragraph';
}

/** The paragraph as printed: its number followed by its text. */
export function printedParagraph(p: ParagraphBlock): string {
  return p.number ? `${p.number}${/^\d+$/.test(p.number) ? '.' : ''} ${p.text}` : p.text;
}

/** The heading as printed ("A. Overview"). */
export function printedHeading(h: HeadingBlock): string {
  return h.number ? `${h.number}. ${h.text}` : h.text;
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
