/**
 * The language an exported document declares: `lang` and `dir` on its root from the drafts'
 * language (Arabic → dir="rtl"), so screen readers, hyphenation and fonts follow the text. The
 * exporter's own words (cover, legend, provenance) are in the interface language (strings.ts)
 * and say so with their own attributes (`chromeAttributes`).
 */
import { draftProfile } from '../model/structure-words';
import { chromeAttributes } from './strings';

/** What the document declares: a BCP 47 code and the writing direction. */
export interface DocumentLanguage {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The last draft's language (the text being read, and that of all when they share one); English for none. */
export function documentLanguage(drafts: ReadonlyArray<{ language?: string | null }>): DocumentLanguage {
  const profiles = drafts.map((d) => draftProfile(d));
  const last = profiles[profiles.length - 1] ?? draftProfile(null);
  return { lang: last.code, dir: last.direction };
}

/** ` lang="fr" dir="ltr"`: the attributes for an element holding the drafts' text. */
export function langAttributes(drafts: ReadonlyArray<{ language?: string | null }>): string {
  const { lang, dir } = documentLanguage(drafts);
  return ` lang="${lang}" dir="${dir}"`;
}

/** The attributes of the exporter's own English words inside a document in another language. */
export const CHROME_ATTRIBUTES = chromeAttributes('en');
