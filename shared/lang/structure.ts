/**
 * Structure words of a language, read from its profile: the part headings that split a section
 * ("Discussion", "Débat", "Обсуждение", "المناقشة", "讨论"), the standing of a heading
 * (recommendations above discussion), headings named by a word ("Annex I", "Приложение II",
 * "المرفق الأول", "附件一") and the masthead lines above a UN document's title.
 */
import { foldPhrase } from '../track/fold';
import { LABEL_LEVELS } from './labels';
import { parseNumber } from './number';
import { UNSPACED, escapeRegExp as escape } from './script';
import type { LanguageProfile, Standing } from './types';

/** A heading folded for comparison: case, accents and spacing folded, a closing colon dropped. */
const bare = (text: string): string => foldPhrase(text.trim().replace(/\s*[:：]$/, ''));

const partSets = new WeakMap<LanguageProfile, { set: Set<string>; longest: number }>();

/** True when `text` is one of the language's part headings ("Discussion", "Prochaines étapes recommandées"). */
export function isPartHeading(text: string, profile: LanguageProfile): boolean {
  let parts = partSets.get(profile);
  if (!parts) {
    const set = new Set(profile.structure.parts.map(bare));
    parts = { set, longest: Math.max(0, ...[...set].map((p) => p.length)) };
    partSets.set(profile, parts);
  }
  // A paragraph far longer than any part heading is none (and is not folded: it may be megabytes).
  if (text.length > 2 * parts.longest + 16) return false;
  return parts.set.has(bare(text));
}

const standingPatterns = new WeakMap<LanguageProfile, [Standing, RegExp][]>();

/**
 * The patterns of a profile's standing cues: each cue at a word start (after a proclitic in
 * languages that join them: Arabic "والتوصيات"), ending a word unless it ends in "…"; in an
 * unspaced script, anywhere.
 */
function standingOf(profile: LanguageProfile): [Standing, RegExp][] {
  let patterns = standingPatterns.get(profile);
  if (patterns) return patterns;
  const clitics = (profile.matching.proclitics ?? []).map(foldPhrase).sort((a, b) => b.length - a.length).map(escape);
  const lead = clitics.length > 0 ? `(?:${clitics.join('|')})?` : '';
  const source = (cue: string): string => {
    const prefix = cue.endsWith('…');
    const body = foldPhrase(prefix ? cue.slice(0, -1) : cue);
    if (UNSPACED.test(body)) return escape(body);
    return `(?<![\\p{L}\\p{N}])${lead}${escape(body)}${prefix ? '' : '(?![\\p{L}\\p{N}])'}`;
  };
  patterns = (['recommendations', 'discussion'] as const).map((s) => [s, new RegExp(profile.structure.standing[s].map(source).join('|'), 'u')]);
  standingPatterns.set(profile, patterns);
  return patterns;
}

/** The standing a heading says it has: 'recommendations', 'discussion' or null. */
export function headingStanding(heading: string, profile: LanguageProfile): Standing | null {
  const h = foldPhrase(heading);
  for (const [standing, re] of standingOf(profile)) if (re.test(h)) return standing;
  return null;
}

/** The standing of the innermost heading of a section path that says one. */
export function sectionStanding(section: readonly string[], profile: LanguageProfile): Standing | null {
  for (let i = section.length - 1; i >= 0; i--) {
    const s = headingStanding(section[i]!, profile);
    if (s !== null) return s;
  }
  return null;
}

/** A heading named by a word and a number: "Annex II" → { kind: 'annex', number: 'II', value: 2 }. */
export interface NamedHeading {
  kind: 'chapter' | 'section' | 'annex';
  /** The number as printed, or null ("Annex" alone). */
  number: string | null;
  value: number | null;
  /** The title after the number, or ''. */
  title: string;
}

// A number written after a heading word, in any of the UN languages' styles.
const NAMED_NUMBER = '[IVXLCDM]+|[A-Z]|\\d+|[〇零一二两三四五六七八九十百千]+|(?:ال)?[\\p{Script=Arabic}]+(?:\\s+عشر)?';

const namedPatterns = new WeakMap<LanguageProfile, [NamedHeading['kind'], RegExp][]>();

function namedOf(profile: LanguageProfile): [NamedHeading['kind'], RegExp][] {
  let patterns = namedPatterns.get(profile);
  if (patterns) return patterns;
  patterns = [];
  for (const kind of ['annex', 'chapter', 'section'] as const) {
    for (const word of profile.structure.headingWords[kind]) {
      // Chinese writes the number inside the word: 第{n}章.
      const [before, after = ''] = word.split('{n}') as [string, string?];
      const gap = UNSPACED.test(before) ? '\\s*' : '(?:\\s+|$)';
      const source = `^\\s*${escape(before)}${gap}(?:(${NAMED_NUMBER})${escape(after)}(?=$|[\\s:：.\\-–—]))?[\\s:：.\\-–—]*(.*)$`;
      patterns.push([kind, new RegExp(source, 'iu')]);
    }
  }
  namedPatterns.set(profile, patterns);
  return patterns;
}

/** The kind and number of a heading that opens with one of the language's heading words, or null. */
export function namedHeading(text: string, profile: LanguageProfile): NamedHeading | null {
  for (const [kind, re] of namedOf(profile)) {
    const m = re.exec(text.normalize('NFC'));
    if (!m) continue;
    const value = m[1] === undefined ? null : numberValue(m[1], profile);
    // A chapter or section word needs its number ("Section 3"); an annex may stand alone ("Annex").
    if (value === null && kind !== 'annex') continue;
    // What looked like a number and is none starts the title ("المرفق مشروع …").
    const title = value === null && m[1] !== undefined ? m[0].slice(m[0].indexOf(m[1])) : m[2]!;
    return { kind, number: value === null ? null : m[1]!, value, title: title.trim() };
  }
  return null;
}

/** A number written in a heading, read in any label style the language uses, or as an Arabic ordinal. */
function numberValue(number: string, profile: LanguageProfile): number | null {
  for (const level of LABEL_LEVELS) {
    for (const format of profile.numbering[level]) {
      const value = parseNumber(number, format.style);
      if (value !== null) return value;
    }
  }
  return parseNumber(number, 'arabicOrdinal');
}

/** True when a line belongs to the masthead ("Distr.: General", "Original : anglais"). */
export function isMastheadLine(text: string, profile: LanguageProfile): boolean {
  const t = text.trim();
  return profile.masthead.lines.some((re) => re.test(t));
}

/** True when a masthead line names the issuing body or the session ("General Assembly"), not the document. */
export function isOrganLine(text: string, profile: LanguageProfile): boolean {
  const t = text.trim();
  return (profile.masthead.organs ?? []).some((re) => re.test(t));
}

/** True when a word is written before a hyphen of its own ("non" of "non-State"). */
export function isHyphenPrefix(word: string, profile: LanguageProfile): boolean {
  return (profile.structure.hyphenPrefixes ?? []).includes(foldPhrase(word));
}

/** The line without a leading symbol label ("Symbol: A/78/265" → "A/78/265"). */
export function withoutSymbolLabel(text: string, profile: LanguageProfile): string {
  return text.replace(profile.masthead.symbolLabel, '').trim();
}
