/**
 * Automatic numbering of a working draft. The numbers are never typed: they follow from the order
 * of the blocks, their level and whether they are numbered, counted in the style the base draft
 * prints ("12", "(a)", "(ii)", "II", "A"), so adding, removing, splitting or merging paragraphs
 * renumbers the rest as Word would. `printedNumber` (shared/model/draft.ts) prints them.
 */
import type { Block } from '../model/draft';
import { fromLetters, fromRoman, toLetters, toRoman } from '../import/numbers';

export type NumberFormat = 'decimal' | 'lower-letter' | 'upper-letter' | 'lower-roman' | 'upper-roman';

/** How one level counts: "(a)" is lower-letter between "(" and ")". */
export interface LevelStyle {
  format: NumberFormat;
  prefix: string;
  suffix: string;
}

/** The numbering of a draft: one style per paragraph level and per heading level. */
export interface NumberingScheme {
  /** Index = paragraph level (0 = paragraph, 1 = subparagraph, …). */
  paragraph: LevelStyle[];
  /** Index = heading level − 1 (chapter, section, …). */
  heading: LevelStyle[];
  /** First number of the top paragraph level (a draft may continue another's numbering). */
  start: number;
}

/** The shape of a block that numbering needs. */
export interface NumberedShape {
  kind: Block['kind'];
  level: number;
  numbered: boolean;
}

const DEFAULT_PARAGRAPH: LevelStyle[] = [
  { format: 'decimal', prefix: '', suffix: '' },
  { format: 'lower-letter', prefix: '(', suffix: ')' },
  { format: 'lower-roman', prefix: '(', suffix: ')' },
];
const DEFAULT_HEADING: LevelStyle[] = [
  { format: 'upper-roman', prefix: '', suffix: '' },
  { format: 'upper-letter', prefix: '', suffix: '' },
  { format: 'decimal', prefix: '', suffix: '' },
];

/** The scheme of drafts with nothing to learn from: "12", "(a)", "(i)"; "I", "A", "1". */
export const defaultScheme: NumberingScheme = { paragraph: DEFAULT_PARAGRAPH, heading: DEFAULT_HEADING, start: 1 };

/** A number in a style ("(iv)" for 4 in lower-roman between parentheses). */
export function formatNumber(n: number, style: LevelStyle): string {
  let core: string;
  switch (style.format) {
    case 'decimal': core = String(n); break;
    case 'lower-letter': core = toLetters(n); break;
    case 'upper-letter': core = toLetters(n).toUpperCase(); break;
    case 'lower-roman': core = toRoman(n); break;
    case 'upper-roman': core = toRoman(n).toUpperCase(); break;
  }
  return `${style.prefix}${core}${style.suffix}`;
}

const SHAPE = /^([^A-Za-z0-9]*)([A-Za-z]+|\d+)([^A-Za-z0-9]*)$/;

/** The value of a printed number in a style, or null when it is not written in it. */
export function valueOf(printed: string, style: LevelStyle): number | null {
  const m = SHAPE.exec(printed);
  if (!m || m[1] !== style.prefix || m[3] !== style.suffix) return null;
  const core = m[2]!;
  switch (style.format) {
    case 'decimal': return /^\d+$/.test(core) ? Number(core) : null;
    case 'lower-letter': return core === core.toLowerCase() ? fromLetters(core) : null;
    case 'upper-letter': return core === core.toUpperCase() ? fromLetters(core) : null;
    case 'lower-roman': return core === core.toLowerCase() ? fromRoman(core) : null;
    case 'upper-roman': return core === core.toUpperCase() ? fromRoman(core) : null;
  }
}

/**
 * The style a level's printed numbers are written in. Letters and roman numerals look alike
 * ("i", "v", "x"): a level is roman when one of its numbers can only be roman ("ii", "iv"), and
 * letters when one can only be a letter; otherwise the level's usual style decides.
 */
function styleOf(numbers: readonly string[], fallback: LevelStyle): LevelStyle {
  const shapes = numbers.map((n) => SHAPE.exec(n)).filter((m): m is RegExpExecArray => m !== null);
  const first = shapes[0];
  if (!first) return fallback;
  const [, prefix = '', core = '', suffix = ''] = first;
  if (/^\d+$/.test(core)) return { format: 'decimal', prefix, suffix };
  const upper = core === core.toUpperCase();
  const cores = shapes.map((m) => m[2]!.toLowerCase());
  const onlyRoman = cores.some((c) => fromRoman(c) !== null && fromLetters(c) === null);
  const onlyLetter = cores.some((c) => fromLetters(c) !== null && fromRoman(c) === null);
  let roman: boolean;
  if (onlyRoman !== onlyLetter) roman = onlyRoman;
  else roman = fallback.format.endsWith('roman');
  return { format: `${upper ? 'upper' : 'lower'}-${roman ? 'roman' : 'letter'}`, prefix, suffix };
}

/** The numbering scheme a draft prints, learned from its numbers (defaults where it has none). */
export function schemeOf(blocks: readonly Block[]): NumberingScheme {
  const byLevel = (kind: Block['kind'], level: number): string[] =>
    blocks.filter((b) => b.kind === kind && b.level === level && b.number !== null).map((b) => b.number!);
  const levels = (kind: Block['kind'], from: number, defaults: LevelStyle[]): LevelStyle[] => {
    const max = Math.max(defaults.length - 1 + from, ...blocks.filter((b) => b.kind === kind).map((b) => b.level));
    const out: LevelStyle[] = [];
    for (let level = from; level <= max; level++) {
      out.push(styleOf(byLevel(kind, level), defaults[Math.min(level - from, defaults.length - 1)]!));
    }
    return out;
  };
  const paragraph = levels('paragraph', 0, DEFAULT_PARAGRAPH);
  const heading = levels('heading', 1, DEFAULT_HEADING);
  const firstTop = blocks.find((b) => b.kind === 'paragraph' && b.level === 0 && b.number !== null);
  const start = firstTop ? (valueOf(firstTop.number!, paragraph[0]!) ?? 1) : 1;
  return { paragraph, heading, start: start >= 1 ? start : 1 };
}

/**
 * The number of every block (null for unnumbered ones), counted in order: top-level paragraphs
 * run on through the whole draft; subparagraphs restart under each paragraph and heading; a
 * heading restarts the headings below its level.
 */
export function numberBlocks(shapes: readonly NumberedShape[], scheme: NumberingScheme): (string | null)[] {
  const para: number[] = [scheme.start - 1];
  const head: number[] = [];
  return shapes.map((s) => {
    const level = Math.max(0, s.level);
    if (s.kind === 'heading') {
      const i = Math.max(0, level - 1);
      para.length = Math.min(para.length, 1);
      if (!s.numbered) return null;
      head.length = i + 1;
      head[i] = (head[i] ?? 0) + 1;
      const style = scheme.heading[i] ?? scheme.heading[scheme.heading.length - 1] ?? DEFAULT_HEADING[0]!;
      return formatNumber(head[i]!, style);
    }
    if (!s.numbered) return null;
    while (para.length <= level) para.push(0);
    para.length = level + 1;
    para[level] = (para[level] ?? 0) + 1;
    const style = scheme.paragraph[level] ?? scheme.paragraph[scheme.paragraph.length - 1] ?? DEFAULT_PARAGRAPH[0]!;
    return formatNumber(para[level]!, style);
  });
}

/** The blocks with their numbers recounted. */
export function renumber<B extends Block>(blocks: readonly B[], scheme: NumberingScheme): B[] {
  const numbers = numberBlocks(blocks.map((b) => ({ kind: b.kind, level: b.level, numbered: b.number !== null })), scheme);
  return blocks.map((b, i) => (b.number === numbers[i] ? b : { ...b, number: numbers[i]! }));
}
