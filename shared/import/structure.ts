/**
 * Structure recognition shared by every importer. A format reader only has to say what it saw
 * (a line of text, maybe a number printed by automatic numbering, maybe a heading style); this
 * module decides what is a chapter, a section, a numbered paragraph or a subparagraph, with the
 * numbers kept as printed and each paragraph's section path. One implementation for all formats
 * means a draft imported from DOCX and the same draft from PDF come out the same.
 */
import type { Block, Footnote, HeadingBlock, ParagraphBlock, Run } from '../model/draft';
import { numberSuffixFor, printedHeading } from '../model/draft';
import { languageFor } from '../lang/registry';
import { readLabels, type LabelReading } from '../lang/labels';
import { isPartHeading } from '../lang/structure';
import type { LanguageProfile } from '../lang/types';
import { readFrontMatter } from './frontmatter';
import { fromRoman } from './numbers';
import { collapseRunSpace, meaningfulRuns, normalizeSpace, sliceRuns } from './runs';

/** What a format reader saw: one paragraph of the source, before any interpretation. */
export interface RawBlock {
  /** Text as printed, possibly starting with a typed number ("12. The Group…"). */
  text: string;
  /** Emphasis runs whose concatenation is `text`. */
  runs?: Run[];
  /** Number printed by automatic numbering ("12.", "(a)"), not part of `text`. */
  autoNumber?: string;
  /** Kind of the automatic number, when the reader knows it (Word's numFmt). */
  autoKind?: 'decimal' | 'letter' | 'roman' | 'upperLetter' | 'upperRoman' | 'bullet' | 'other';
  /** List depth of the automatic number (Word's ilvl), 0-based. */
  listLevel?: number;
  /** Heading hint from the source: 0 = the document title, 1.. = heading level. */
  heading?: number;
  footnotes?: Footnote[];
}

/** The structured content recognised in a sequence of raw blocks. */
export interface Structured {
  title: string;
  symbol: string | null;
  date: string | null;
  blocks: Block[];
  /** Code of the language the blocks were read in (chosen, else detected from their text, else English). */
  language: string;
}

const ROMAN_HEADING = /^([IVXLC]+)\.\s+(\S.*)$/;
const LETTER_HEADING = /^([A-Z])\.\s+(\S.*)$/;
const TYPED_DECIMAL = /^(\d{1,4}(?:\.\d{1,3})*)\.(?:\s+|$)/;
const TYPED_DECIMAL_PAREN = /^(\d{1,4})\)\s+/;
const TYPED_SUB = /^\(([a-z]{1,5})\)(?:\s+|$)/;
const TYPED_SUB_BARE = /^([a-z])\)\s+/;

/** How a block reads; `suffix` is what the source prints after the number ("." in "12.", '' in "2.1 Scope"). */
type Interp =
  | { kind: 'heading'; level: number; number: string | null; suffix: string; text: string; skip: number; ambiguous?: boolean }
  | { kind: 'para'; number: string | null; suffix: string; level: number; skip: number; sub?: string };

/** Lines read for a masthead (symbol, date, title) before the first structural element. */
const MAX_FRONT_LINES = 12;

/** What a reader knows beyond its blocks. */
export interface StructureOptions {
  /** A title the file names outside its text (HTML's <title>), used when no line is marked as one. */
  title?: string;
  /** The language the person chose ("fr"); detected from the text when absent or unknown. */
  language?: string;
}

/**
 * Turns what a reader saw into a titled, sectioned, numbered list of blocks. Every block the
 * reader saw is kept: the title, symbol and date are read from the lines that carry them
 * (a Title style, a UN masthead), never taken out of the text.
 */
export function recognizeStructure(input: readonly RawBlock[], options: StructureOptions = {}): Structured {
  const raws = input.map(normalizeRaw).filter((r) => r.text !== '' || r.autoNumber);
  const { profile } = languageFor({ draft: options.language, text: raws.map((r) => r.text) });
  const interps = raws.map((raw) => interpret(raw, profile));
  resolveSubparagraphs(raws, interps);
  resolveHeadingLetters(raws, interps);

  const firstStructural = interps.findIndex(
    (it, i) => it.kind === 'heading' || it.number !== null || (raws[i]!.heading ?? -1) >= 1,
  );
  const preambleEnd = Math.min(firstStructural < 0 ? raws.length : firstStructural, MAX_FRONT_LINES);
  // Front matter informs the draft's title, symbol and date; its lines stay paragraphs.
  const front = readFrontMatter(raws.slice(0, preambleEnd).map((r) => r.text), profile);
  const marked = raws.findIndex((r) => r.heading === 0);
  const title = marked >= 0 ? raws[marked]!.text : front.titleIndex >= 0 ? raws[front.titleIndex]!.text : (options.title ?? '');
  const { symbol, date } = front;

  const blocks: Block[] = [];
  const sections: { level: number; printed: string }[] = [];
  let p = 0;
  let h = 0;
  raws.forEach((raw, i) => {
    const it = interps[i]!;
    if (it.kind === 'heading') {
      const heading: HeadingBlock = {
        kind: 'heading',
        id: `h${++h}`,
        level: it.level,
        number: it.number,
        ...(it.number !== null ? numberSuffixFor('heading', it.number, it.suffix) : {}),
        text: it.text,
        ...runsFor(raw, it.skip),
      };
      blocks.push(heading);
      while (sections.length > 0 && sections[sections.length - 1]!.level >= it.level) sections.pop();
      sections.push({ level: it.level, printed: printedHeading(heading) });
      return;
    }
    const text = raw.text.slice(it.skip).trimStart();
    const para: ParagraphBlock = {
      kind: 'paragraph',
      id: `p${++p}`,
      number: it.number,
      ...(it.number !== null ? numberSuffixFor('paragraph', it.number, it.suffix) : {}),
      level: it.level,
      section: sections.map((s) => s.printed),
      text,
      ...runsFor(raw, raw.text.length - text.length),
      ...(raw.footnotes && raw.footnotes.length > 0 ? { footnotes: raw.footnotes } : {}),
    };
    blocks.push(para);
  });
  return { title, symbol, date, blocks, language: profile.code };
}

/** Classifies a printed subparagraph label: "(a)" is a letter, "(ii)" roman, "(i)" either. */
export function subLabelKind(label: string): 'letter' | 'roman' | 'ambiguous' {
  const isRoman = fromRoman(label) !== null;
  const isLetter = /^([a-z])\1*$/.test(label);
  if (isRoman && isLetter) return label.length === 1 ? 'ambiguous' : 'roman';
  return isRoman ? 'roman' : 'letter';
}

/** Beyond this many runs in one paragraph, emphasis is noise (or an attack): keep the text only. */
const MAX_RUNS = 10_000;

function normalizeRaw(raw: RawBlock): RawBlock {
  const text = normalizeSpace(raw.text);
  const runs = raw.runs && raw.runs.length <= MAX_RUNS ? collapseRunSpace(raw.runs) : undefined;
  const autoNumber = raw.autoNumber?.trim();
  return {
    ...raw,
    text,
    runs: runs && runs.map((r) => r.text).join('') === text ? runs : undefined,
    autoNumber: autoNumber ? autoNumber : undefined,
  };
}

function interpret(raw: RawBlock, profile: LanguageProfile): Interp {
  const text = raw.text;
  const plain: Interp = { kind: 'para', number: null, suffix: '', level: 0, skip: 0 };
  // The title line is the document's title, whatever it looks like: never a heading or a number.
  if (raw.heading === 0 && !raw.autoNumber) return plain;
  if (raw.autoNumber && raw.autoKind !== 'bullet') {
    const printed = stripPeriod(raw.autoNumber);
    const suffix = raw.autoNumber.endsWith('.') ? '.' : '';
    if (raw.heading !== undefined && raw.heading >= 1) {
      const level =
        raw.autoKind === 'upperRoman' ? 1 : raw.autoKind === 'upperLetter' ? 2 : (headingLevelOfNumber(printed) ?? raw.heading);
      return { kind: 'heading', level, number: printed, suffix, text, skip: 0 };
    }
    return { kind: 'para', number: printed, suffix, level: autoLevel(printed, raw), skip: 0 };
  }
  if (raw.autoKind === 'bullet') {
    return { ...plain, level: Math.min(raw.listLevel ?? 0, 2) };
  }
  const heading = headingOf(text, raw.heading, profile);
  if (heading) return heading;
  let m = TYPED_DECIMAL.exec(text);
  if (m) return { kind: 'para', number: m[1]!, suffix: '.', level: 0, skip: m[0].length };
  m = TYPED_DECIMAL_PAREN.exec(text);
  if (m) return { kind: 'para', number: m[1]!, suffix: ')', level: 0, skip: m[0].length };
  m = TYPED_SUB.exec(text);
  if (m) return { kind: 'para', number: `(${m[1]})`, suffix: '', level: 1, skip: m[0].length, sub: m[1]! };
  m = TYPED_SUB_BARE.exec(text);
  if (m) return { kind: 'para', number: `${m[1]})`, suffix: '', level: 1, skip: m[0].length, sub: m[1]! };
  return paragraphLabel(text, profile) ?? plain;
}

const PARAGRAPH_LEVELS = { paragraph: 0, subparagraph: 1, subsubparagraph: 2 } as const;
const HEADING_LEVELS = { chapter: 1, section: 2 } as const;

/**
 * A label's number and suffix as the draft keeps them: a label that opens with its number keeps
 * the number and prints the rest after it ("12 -": "12" and " -"; "一、": "一" and "、"); a label
 * that opens with punctuation is kept whole ("(أ)", "а)", "（一）"), as "(a)" is.
 */
function labelParts(r: LabelReading, whole: boolean): { number: string; suffix: string } {
  if (whole || !r.label.startsWith(r.number)) return { number: r.label, suffix: '' };
  return { number: r.number, suffix: r.label.slice(r.number.length) };
}

/** A paragraph or subparagraph label as the draft's language prints it ("1 -", "а)", "(أ)", "١ -"). */
function paragraphLabel(text: string, profile: LanguageProfile): Interp | null {
  const r = readLabels(text, profile).find((x) => x.level in PARAGRAPH_LEVELS);
  if (!r) return null;
  const level = PARAGRAPH_LEVELS[r.level as keyof typeof PARAGRAPH_LEVELS];
  return { kind: 'para', ...labelParts(r, level > 0), level, skip: r.length };
}

/** A chapter or section heading as the draft's language numbers it ("أولا -", "ألف -", "一、", "（一）", "Б."). */
function headingLabel(text: string, profile: LanguageProfile): Interp | null {
  const r = readLabels(text, profile).find((x) => x.level in HEADING_LEVELS);
  if (!r || r.length >= text.length) return null;
  const level = HEADING_LEVELS[r.level as keyof typeof HEADING_LEVELS];
  return { kind: 'heading', level, ...labelParts(r, false), text: text.slice(r.length), skip: r.length };
}

function headingOf(text: string, hint: number | undefined, profile: LanguageProfile): Interp | null {
  const hinted = hint !== undefined && hint >= 1;
  const short = text.length <= 160 && !/[;,]$/.test(text);
  let m = ROMAN_HEADING.exec(text) ?? (hinted ? /^([IVXLC]+)\.(?=\p{Lu}\p{Ll})(.*)$/u.exec(text) : null);
  if (m && short && fromRoman(m[1]!) !== null && (hinted || !/\.$/.test(text))) {
    const ambiguous = m[1]!.length === 1;
    return { kind: 'heading', level: 1, number: m[1]!, suffix: '.', text: m[2]!, skip: m[0].length - m[2]!.length, ambiguous };
  }
  m = LETTER_HEADING.exec(text) ?? (hinted ? /^([A-Z])\.(?=\p{Lu}\p{Ll})(.*)$/u.exec(text) : null);
  if (m && short && (hinted || !/\.$/.test(text))) {
    return { kind: 'heading', level: 2, number: m[1]!, suffix: '.', text: m[2]!, skip: m[0].length - m[2]!.length };
  }
  if (isPartHeading(text, profile)) return { kind: 'heading', level: 3, number: null, suffix: '', text, skip: 0 };
  const labelled = short && (hinted || !/\.$/.test(text)) ? headingLabel(text, profile) : null;
  if (labelled) return labelled;
  if (hinted) {
    // A heading number is printed as typed: "2.1 Scope" keeps its bare number, "2.1. Scope" its period.
    const numbered = /^(\d+(?:\.\d+)*)(\.?)\s+(\S.*)$/.exec(text);
    if (numbered) {
      return { kind: 'heading', level: hint, number: numbered[1]!, suffix: numbered[2]!, text: numbered[3]!, skip: text.length - numbered[3]!.length };
    }
    return { kind: 'heading', level: hint, number: null, suffix: '', text, skip: 0 };
  }
  return null;
}

/**
 * "C. Capacity-building" is section C, "V. Conclusions" is chapter V: a single capital that is
 * also a roman numeral is read by its neighbours. It is a section when it follows the section
 * letter before it ("B." then "C."), a chapter when it follows the chapter before it ("IV." then
 * "V."); otherwise the source's heading level decides, and "I." alone counts as a chapter.
 * Neighbours win over the source's level because exported heading levels are often shifted.
 */
function resolveHeadingLetters(raws: readonly RawBlock[], interps: Interp[]): void {
  let lastChapter = 0;
  let lastSection = 0;
  for (let i = 0; i < interps.length; i++) {
    const it = interps[i]!;
    if (it.kind !== 'heading' || it.number === null) continue;
    let level = it.level;
    if (it.ambiguous) {
      const letter = it.number.charCodeAt(0) - 64;
      const roman = fromRoman(it.number) ?? 0;
      const hint = raws[i]!.heading;
      if (letter === lastSection + 1 && lastSection > 0) level = 2;
      else if (roman === lastChapter + 1 && lastChapter > 0) level = 1;
      else if (hint === 1 || hint === 2) level = hint;
      else level = it.number === 'I' ? 1 : 2;
      interps[i] = { ...it, level, ambiguous: false };
    }
    if (level === 1) {
      lastChapter = fromRoman(it.number) ?? lastChapter;
      lastSection = 0;
    } else if (level === 2 && /^[A-Z]$/.test(it.number)) {
      lastSection = it.number.charCodeAt(0) - 64;
    }
  }
}

function headingLevelOfNumber(printed: string): number | null {
  if (/^[IVXLC]+$/.test(printed) && fromRoman(printed) !== null) return 1;
  if (/^[A-Z]$/.test(printed)) return 2;
  return null;
}

/**
 * The level of an automatically numbered paragraph: decimal numbers are paragraphs, letters
 * subparagraphs, roman numerals sub-subparagraphs; other formats ("One", "①") sit at their list
 * level. Without a known format (typed-looking labels from HTML), the label itself is read.
 */
function autoLevel(printed: string, raw: RawBlock): number {
  switch (raw.autoKind) {
    case 'decimal':
      return /^\(?\d+(\.\d+)*\)?$/.test(printed) ? 0 : Math.min(raw.listLevel ?? 0, 2);
    case 'letter':
      return 1;
    case 'roman':
      return 2;
    case undefined:
      break;
    default:
      return Math.min(raw.listLevel ?? 0, 2);
  }
  if (/^\d+(\.\d+)*$/.test(printed.replace(/[()]/g, ''))) return 0;
  const inner = /^\(?([A-Za-z]+)\)?$/.exec(printed)?.[1];
  if (inner) {
    const kind = subLabelKind(inner.toLowerCase());
    if (kind === 'roman') return 2;
    if (kind === 'letter') return 1;
  }
  return Math.min(raw.listLevel ?? 0, 2);
}

function stripPeriod(printed: string): string {
  return printed.replace(/\s+/g, ' ').replace(/\.$/, '');
}

/**
 * Decides, for typed labels, whether "(i)", "(v)" and "(x)" are letters or roman numerals: a
 * letter when it continues the letter sequence ("(h)" before it) unless the next label is the
 * roman successor ("(ii)"), and when the next label is the letter successor ("(j)").
 */
function resolveSubparagraphs(raws: readonly RawBlock[], interps: Interp[]): void {
  let lastLetter: string | null = null;
  for (let i = 0; i < interps.length; i++) {
    const it = interps[i]!;
    if (it.kind === 'heading' || (it.number !== null && it.level === 0) || raws[i]!.autoNumber) {
      if (it.kind === 'heading' || it.level === 0) lastLetter = null;
      continue;
    }
    if (it.sub === undefined) continue;
    const kind = subLabelKind(it.sub);
    let isLetter = kind === 'letter';
    if (kind === 'ambiguous') {
      const next = nextSub(interps, i);
      const letterNext = String.fromCharCode(it.sub.charCodeAt(0) + 1);
      const romanNext = it.sub === 'i' ? 'ii' : it.sub === 'v' ? 'vi' : 'xi';
      const continuesLetters = lastLetter !== null && lastLetter.charCodeAt(0) + 1 === it.sub.charCodeAt(0);
      if (next === romanNext) isLetter = false;
      else if (next === letterNext) isLetter = true;
      else isLetter = continuesLetters;
    }
    interps[i] = { ...it, level: isLetter ? 1 : 2 };
    if (isLetter) lastLetter = it.sub;
  }
}

function nextSub(interps: readonly Interp[], from: number): string | null {
  for (let j = from + 1; j < interps.length; j++) {
    const it = interps[j]!;
    if (it.kind === 'heading' || (it.number !== null && it.level === 0 && it.sub === undefined)) return null;
    if (it.kind === 'para' && it.sub !== undefined) return it.sub;
  }
  return null;
}

function runsFor(raw: RawBlock, skip: number): { runs?: Run[] } {
  if (!raw.runs) return {};
  let sliced = sliceRuns(raw.runs, skip, raw.text.length);
  // trimStart on the text after the number: drop the same leading spaces from the runs
  const joined = sliced.map((r) => r.text).join('');
  const lead = joined.length - joined.trimStart().length;
  if (lead > 0) sliced = sliceRuns(sliced, lead, joined.length);
  const runs = meaningfulRuns(sliced);
  return runs ? { runs } : {};
}
