/**
 * Splitting plain and Markdown text into paragraphs. Pasted text comes in two shapes: one
 * paragraph per line, or paragraphs separated by blank lines with hard-wrapped lines inside. A
 * line that starts with a paragraph number, a subparagraph label or a heading always starts a new
 * paragraph, whatever the shape.
 */
import { anyLabelLevels, isAnyPartHeading } from '../model/structure-words';
import { dateOfLine, isSymbolLine } from './frontmatter';

/** One source line with its leading indentation measured (tabs count 4). */
export interface SourceLine {
  text: string;
  indent: number;
}

const STARTS_BLOCK = [
  /^\d{1,4}(?:\.\d{1,3})*[.)]\s/, // 12. / 12) / 3.1.
  /^\([a-z]{1,5}\)\s/, // (a) / (iv)
  /^[a-z]\)\s/, // a)
  /^[IVXLC]+\.\s+\S/, // I. Introduction
  /^[A-Z]\.\s+\S/, // A. Overview
  /^[-*+•]\s/, // bullets
  /^#{1,6}\s/, // Markdown headings
  /^>\s?/, // Markdown quotes
];

/** True when a line can only be the start of a new paragraph. */
export function startsBlock(line: string): boolean {
  const t = line.trim();
  return STARTS_BLOCK.some((re) => re.test(t)) || isSymbolLine(t) || dateOfLine(t) !== null || isAnyPartHeading(t) || anyLabelLevels(t).size > 0;
}

/** True when a line must stand alone (headings, part headings, symbols, dates): nothing continues it. */
export function standsAlone(line: string): boolean {
  const t = line.trim();
  return /^#{1,6}\s/.test(t) || isSymbolLine(t) || dateOfLine(t) !== null || isShortHeading(t) || isAnyPartHeading(t);
}

function isShortHeading(t: string): boolean {
  if (t.length > 120 || /[.;,:。；，：]$/.test(t)) return false;
  if (/^[IVXLC]+\.\s+\S/.test(t) || /^[A-Z]\.\s+\S/.test(t)) return true;
  const levels = anyLabelLevels(t);
  return levels.has('chapter') || levels.has('section');
}

/**
 * Groups lines into paragraphs. With blank lines present anywhere, consecutive lines are joined
 * (hard-wrapped text); without, every line is its own paragraph. Lines ending with two spaces (a
 * Markdown hard break) end their paragraph.
 */
export function groupLines(text: string): SourceLine[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n').split('\n');
  const blankSeparated = hasBlankSeparator(lines);
  const groups: SourceLine[][] = [];
  let current: SourceLine[] = [];
  let closeAfter = false;
  const flush = (): void => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const raw of lines) {
    const line = { text: raw.trimEnd(), indent: indentOf(raw) };
    if (line.text.trim() === '') {
      flush();
      continue;
    }
    if (!blankSeparated || closeAfter || startsBlock(line.text) || (current.length > 0 && standsAlone(current[0]!.text))) {
      flush();
    }
    current.push(line);
    closeAfter = / {2}$/.test(raw) || raw.endsWith('\\') || standsAlone(line.text);
  }
  flush();
  return groups;
}

function hasBlankSeparator(lines: readonly string[]): boolean {
  let seenText = false;
  let blank = false;
  for (const line of lines) {
    if (line.trim() === '') {
      if (seenText) blank = true;
    } else {
      if (blank) return true;
      seenText = true;
    }
  }
  return false;
}

function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n += 1;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}
