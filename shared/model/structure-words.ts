/**
 * The language profile whose structure words the importers and the section identity read: part
 * headings, the standing of a part (recommendations above discussion), masthead lines, dates and
 * hyphenated prefixes. The words themselves are data in `shared/lang/profiles/` (one definition,
 * read through `shared/lang/structure.ts` and `dates.ts`). A draft records its language
 * (`Draft.language`, detected at import or chosen by the person); a draft without one (saved
 * before languages existed) is read in the project's language, else in English.
 */
import { readLabels } from '../lang/labels';
import { isHyphenPrefix, isPartHeading } from '../lang/structure';
import { DEFAULT_LANGUAGE, LANGUAGES, findProfile, getProfile } from '../lang/registry';
import type { LabelFormat, LabelLevel, LanguageProfile } from '../lang/types';

/** The default language's profile: what a text is read in when nothing says otherwise. */
export const STRUCTURE_PROFILE: LanguageProfile = getProfile(DEFAULT_LANGUAGE);

/** The profile a draft is read in: its own language, else the project's, else the default. Unknown codes are passed over. */
export function draftProfile(draft: { language?: string | null } | null | undefined, project?: { language?: string | null } | null): LanguageProfile {
  return findProfile(draft?.language ?? '') ?? findProfile(project?.language ?? '') ?? STRUCTURE_PROFILE;
}

/**
 * True when a line is a part heading in any language. Used where lines are grouped into
 * paragraphs before the text's language is known: a line that is only "Débat" stands alone
 * whatever language the rest is in.
 */
export function isAnyPartHeading(text: string): boolean {
  return LANGUAGES.some((p) => isPartHeading(text, p));
}

/** True when a word before a line-end hyphen is a prefix that keeps its hyphen in any language ("non-", "socio-"). */
export function isAnyHyphenPrefix(word: string): boolean {
  return LANGUAGES.some((p) => isHyphenPrefix(word, p));
}

/**
 * Every language's label formats in one profile (each format once): reading a line with it finds
 * what reading it with each profile would, with one pass over the formats.
 */
function allFormats(level: LabelLevel): LabelFormat[] {
  const seen = new Set<string>();
  return LANGUAGES.flatMap((p) => p.numbering[level]).filter((f) => {
    const key = `${f.style} ${f.template}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
const ALL_LABELS: LanguageProfile = {
  ...STRUCTURE_PROFILE,
  numbering: {
    chapter: allFormats('chapter'),
    section: allFormats('section'),
    paragraph: allFormats('paragraph'),
    subparagraph: allFormats('subparagraph'),
    subsubparagraph: allFormats('subsubparagraph'),
  },
};

/**
 * The levels of the label opening a line, in any language ("12.", "1 -", "١ -", "а)", "(أ)",
 * "一、", "（一）", "ألف -"): empty when no language reads a label there. Used, like
 * `isAnyPartHeading`, where lines are grouped before the text's language is known. A line that is
 * only a label ("2026." ending a paragraph) opens nothing.
 */
export function anyLabelLevels(text: string): Set<LabelLevel> {
  const t = text.trim();
  return new Set(readLabels(t, ALL_LABELS).filter((r) => r.length < t.length).map((r) => r.level));
}
