/**
 * The registry of language profiles: every profile in `profiles/`, found by code. The default
 * language, English, is what a draft is read in when nothing else decides.
 */
import { parseDateLine } from './dates';
import { detectLanguage, resolveLanguage, type Detection, type LanguageSource } from './detect';
import { PROFILES } from './profiles';
import type { LanguageProfile } from './types';

/** Every profile, in the order of the UN's official languages (Arabic, Chinese, English, French, Russian, Spanish). */
export const LANGUAGES: readonly LanguageProfile[] = PROFILES;

/** The code of the language used when nothing else decides. */
export const DEFAULT_LANGUAGE = 'en';

const byCode = new Map(LANGUAGES.map((p) => [p.code, p]));

/** True for the code of a registered profile ("fr"). */
export function isLanguageCode(code: string): boolean {
  return byCode.has(code);
}

/** The profile of a code; throws a RangeError naming the known codes for any other. */
export function getProfile(code: string): LanguageProfile {
  const p = byCode.get(code);
  if (!p) throw new RangeError(`No language "${code}": Draftwatch knows ${LANGUAGES.map((l) => l.code).join(', ')}.`);
  return p;
}

/** The profile of a code, or undefined. */
export function findProfile(code: string): LanguageProfile | undefined {
  return byCode.get(code);
}

/** The language of a text or of a draft's paragraphs, among every registered profile. */
export function detect(text: string | readonly string[]): Detection {
  return detectLanguage(text, LANGUAGES);
}

/**
 * The profile a draft is read in: the person's choice for the draft, else for the project, else
 * what detection found when it is sure enough, else English. Unknown codes (a project written by
 * a newer version) are passed over, never an error.
 */
export function languageFor(choice: { draft?: string | null; project?: string | null; text?: string | readonly string[] }): {
  profile: LanguageProfile;
  source: LanguageSource;
  detection: Detection | null;
} {
  const decided = (choice.draft && isLanguageCode(choice.draft)) || (choice.project && isLanguageCode(choice.project));
  const detection = !decided && choice.text !== undefined ? detect(choice.text) : null;
  const { code, source } = resolveLanguage({ draft: choice.draft, project: choice.project, detected: detection }, isLanguageCode, DEFAULT_LANGUAGE);
  return { profile: getProfile(code), source, detection };
}

/**
 * The date of a line that is only a date: read in the draft's language first, then in every other
 * (Arabic, Chinese and Russian UN documents print their masthead date in English).
 */
export function readDateLine(text: string, profile: LanguageProfile): string | null {
  for (const p of [profile, ...LANGUAGES.filter((l) => l !== profile)]) {
    const date = parseDateLine(text, p);
    if (date !== null) return date;
  }
  return null;
}
