/** What each language's texts of the six-language fixtures give, and the helpers they share. */

export type SixCode = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
export const SIX_CODES: readonly SixCode[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
export const DRAFT_NAMES = ['zero', 'rev1', 'final'] as const;

/** A text per draft (zero, Rev.1, final), or the same text in all three. */
export type Versions = string | readonly [string, string, string];

/** The paragraphs of the report, by role (see the module comment for what happens to each). */
export interface Texts {
  i1: Versions;
  i2: Versions;
  a1: Versions;
  a2: Versions;
  a3: Versions;
  a4: Versions;
  a5: Versions;
  a5a: Versions;
  a5b: Versions;
  a5c: Versions;
  b1: Versions;
  b2: Versions;
  b3: Versions;
  c1: Versions;
  cNew: Versions;
  c2: Versions;
  c3: Versions;
  z1: Versions;
}

export interface Labels {
  chapter: readonly string[];
  section: readonly string[];
  /** Paragraph label of number n in draft d. */
  paragraph: (n: number, draft: number) => string;
  sub: readonly string[];
  /** Between a heading's label and its text ('' after ideographic punctuation). */
  headingSpace: string;
}

export interface SixLanguage {
  code: SixCode;
  direction: 'ltr' | 'rtl';
  /** The watched term, as the watch list writes it. */
  term: string;
  /** The modal verbs whose change must be found: [before, after] in A's and in C's recommendations. */
  hedges: readonly [readonly [string, string], readonly [string, string]];
  symbols: readonly [string, string, string];
  dates: readonly [string, string, string];
  titles: readonly [string, string, string];
  chapters: readonly [string, string, string];
  sections: readonly [string, string, string];
  discussion: string;
  recommendations: string;
  labels: Labels;
  /** Headings as Word heading styles (true) or as bold lines (false). */
  headingStyles: boolean;
  texts: Texts;
}

export const ROMAN = ['I', 'II', 'III'];
export const dot = (xs: readonly string[]): string[] => xs.map((x) => `${x}.`);
export const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
export const indic = (n: number): string => String(n).replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!);

export const SYMBOLS = ['A/AC.301/2026/CRP.1', 'A/AC.301/2026/CRP.1/Rev.1', 'A/AC.301/2026/L.1'] as const;
