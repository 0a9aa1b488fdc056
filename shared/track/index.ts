/**
 * The language tracker: watched terms, brackets and hedging followed across every draft.
 * `trackDrafts` builds a TrackReport; the writers turn it into CLI JSON, CSV, HTML and SVG.
 */
export type * from './types';
export { trackDrafts, type TrackOptions } from './track';
export { compileWatchTerms, compilePatterns, findTerm, inflections, type Matcher, type PatternMatch, type PatternSpec } from './matcher';
export { foldText, foldPhrase, type FoldedText } from './fold';
export { findBrackets, type BracketSpan } from './brackets';
export { hedgeChanges, MODAL_SCALE, VERB_SCALE, QUALIFIERS, type ScaleEntry } from './hedging';
export { sectionKey, sectionStanding, moveStanding, type SectionStanding } from './sections';
export { presenceChartSvg, type ChartOptions } from './chart';
export { trackToCsv, csvField, toCsv } from './csv';
export { trackToHtml } from './html';
export { trackToCliJson, type CliTrackJson, type CliEvent, type CliParagraph } from './cli';
export { defaultWatchList } from './defaults';
