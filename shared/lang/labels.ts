/**
 * Paragraph and heading labels as printed in a language: "II.", "A.", "12.", "(a)", "a)", "а)",
 * "أولا -", "ألف -", "1 -", "(أ)", "一、", "（一）". A profile lists, for each level, the label
 * formats its documents use (a number style in a template); this module reads a label at the
 * start of a line (every interpretation, outermost level first: "(i)" is letter i and roman 1)
 * and prints one.
 */
import { STYLE_CHARS, formatNumber, parseNumber, type NumberStyle } from './number';
import { escapeRegExp } from './script';
import type { LabelFormat, LabelLevel, LanguageProfile } from './types';

/** Levels outermost first. */
export const LABEL_LEVELS: readonly LabelLevel[] = ['chapter', 'section', 'paragraph', 'subparagraph', 'subsubparagraph'];

/** One way to read the label at the start of a line. */
export interface LabelReading {
  level: LabelLevel;
  value: number;
  style: NumberStyle;
  /** The number as printed, without its punctuation ("a", "II", "一", "ألف"). */
  number: string;
  /** The label as printed, punctuation included ("(a)", "II.", "一、"). */
  label: string;
  /** Characters taken by the label and the spacing after it: the text starts there. */
  length: number;
}

// Template characters and what they accept when read: printed documents vary their punctuation.
const ACCEPT: Record<string, string> = {
  '.': '[.．]',
  '．': '[.．]',
  '(': '[(（]',
  '（': '[(（]',
  ')': '[)）]',
  '）': '[)）]',
  '-': '[-\\u2010-\\u2015\\u2212]',
  ' ': '\\s*',
  '’': "[’‘']",
  '‘': "[‘’']",
};

// After a label: spacing, the end of the line, or straight into text for labels closed by
// ideographic punctuation ("一、导言") or followed by a character of an unspaced script.
const AFTER_LABEL = /^(?:\s+|$|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))/u;
const CLOSED = /[、）．]$/;

interface Compiled {
  level: LabelLevel;
  format: LabelFormat;
  re: RegExp;
}

const cache = new WeakMap<LanguageProfile, Compiled[]>();

function compile(profile: LanguageProfile): Compiled[] {
  let compiled = cache.get(profile);
  if (compiled) return compiled;
  compiled = [];
  for (const level of LABEL_LEVELS) {
    for (const format of profile.numbering[level]) {
      const [before, after] = format.template.split('{n}') as [string, string];
      const part = (s: string): string => [...s].map((c) => ACCEPT[c] ?? escapeRegExp(c)).join('');
      compiled.push({ level, format, re: new RegExp(`^\\s*(${part(before)})(${STYLE_CHARS[format.style]})(${part(after)})`, 'u') });
    }
  }
  cache.set(profile, compiled);
  return compiled;
}

/** Every reading of the label that opens `line`, outermost level first (doubled letters last); empty when none does. */
export function readLabels(line: string, profile: LanguageProfile): LabelReading[] {
  const out: LabelReading[] = [];
  for (const { level, format, re } of compile(profile)) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    const after = AFTER_LABEL.exec(rest);
    if (!after && !CLOSED.test(m[0])) continue;
    const value = parseNumber(m[2]!, format.style);
    if (value === null) continue;
    if (out.some((r) => r.level === level && r.value === value)) continue;
    out.push({
      level,
      value,
      style: format.style,
      number: m[2]!,
      label: m[0].trim(),
      length: m[0].length + (after ? after[0].length : 0),
    });
  }
  // A doubled letter ("ii" = 35th) is far rarer than the roman numeral it spells: read it last.
  const doubled = (r: LabelReading): number => (LETTER_STYLES.has(r.style) && /^(.+)\1+$/u.test(formatNumber(r.value, r.style)) ? 1 : 0);
  return out.sort((a, b) => doubled(a) - doubled(b));
}

const LETTER_STYLES = new Set<NumberStyle>(['lowerLetter', 'upperLetter', 'russianLower', 'russianUpper', 'arabicAbjad', 'arabicAlpha']);

/** `n` printed in a format ("{n}." and 3 → "3."). */
export function formatLabel(format: LabelFormat, n: number): string {
  return format.template.replace('{n}', formatNumber(n, format.style));
}

/** The label a language prints for number `n` at `level` (its first format). */
export function printLabel(level: LabelLevel, n: number, profile: LanguageProfile): string {
  return formatLabel(profile.numbering[level][0]!, n);
}

/**
 * The label of a number kept without its punctuation (as the draft model keeps "12", "II", "a"),
 * printed the way the language prints that level: "12" → "12." in English, "12 -" in Arabic;
 * "一" → "一、" for a Chinese chapter. A number that already carries its punctuation ("(a)")
 * is returned as it is.
 */
export function labelOf(level: LabelLevel, number: string, profile: LanguageProfile): string {
  if (readLabels(number, profile).some((r) => r.level === level && r.length === number.length)) return number;
  for (const format of profile.numbering[level]) {
    const value = parseNumber(number, format.style);
    if (value !== null) return format.template.replace('{n}', number);
  }
  return number;
}
