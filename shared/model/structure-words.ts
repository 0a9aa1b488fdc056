/**
 * The language profile whose structure words the importers and the section identity read: part
 * headings, the standing of a part (recommendations above discussion), masthead lines, dates and
 * hyphenated prefixes. The words themselves are data in `shared/lang/profiles/` (one definition,
 * read through `shared/lang/structure.ts` and `dates.ts`); drafts carry no language yet, so this
 * is the default language's profile, and the one place to change when they do.
 */
import { DEFAULT_LANGUAGE, getProfile } from '../lang/registry';
import type { LanguageProfile } from '../lang/types';

export const STRUCTURE_PROFILE: LanguageProfile = getProfile(DEFAULT_LANGUAGE);
