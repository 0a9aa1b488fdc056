/**
 * The six languages' texts of the generated OEWG-style report (see six-languages.ts for the drafts
 * made from them and what changes between them): each language's masthead, headings, part names,
 * labels as it prints them, watched term, hedges and paragraph texts, written for these fixtures.
 */
import type { SixLanguage } from './six-texts/model';
import { en } from './six-texts/en';
import { fr } from './six-texts/fr';
import { es } from './six-texts/es';
import { ru } from './six-texts/ru';
import { ar } from './six-texts/ar';
import { zh } from './six-texts/zh';

export { DRAFT_NAMES, SIX_CODES, type SixCode, type SixLanguage, type Texts, type Versions } from './six-texts/model';

/** Each language's texts, one file per language in six-texts/. */
export const SIX_LANGUAGES: readonly SixLanguage[] = [en, fr, es, ru, ar, zh];
