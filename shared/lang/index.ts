/** Language profiles of the six UN languages and the modules that read them. See README.md. */
export type { LanguageProfile, LabelFormat, LabelLevel, MatchRules, ScaleEntry, Standing } from './types';
export { LANGUAGES, DEFAULT_LANGUAGE, isLanguageCode, getProfile, findProfile, detect, languageFor, readDateLine } from './registry';
export { detectLanguage, resolveLanguage, type Detection, type LanguageSource } from './detect';
export { formatNumber, parseNumber, asciiDigits, type NumberStyle } from './number';
export { readLabels, printLabel, formatLabel, labelOf, LABEL_LEVELS, type LabelReading } from './labels';
export { parseDateLine, formatDate } from './dates';
export { isPartHeading, headingStanding, sectionStanding, namedHeading, isMastheadLine, isOrganLine, isHyphenPrefix, withoutSymbolLabel, type NamedHeading } from './structure';
export { compileLanguagePatterns, compileLanguageWatchTerms, type LanguagePatternSpec } from './matcher';
export { compileHedging, hedgeWords, strengthChange, type CompiledHedging, type HedgeWord } from './hedging';
export { defaultWatchTerms, WATCH_CONCEPTS, type WatchConcept, type WatchCategory } from './watchlist';
