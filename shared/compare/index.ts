/**
 * The comparison engine's public face: compare two drafts, diff two texts, follow paragraphs
 * across drafts, and the redline helpers views and exporters share.
 */
export { compareDrafts } from './compare';
export { diffWords } from './worddiff';
export { tokenize, isWordToken } from './tokenize';
export { acceptAll, rejectAll, applyDiff, invertDiff, resolveDiff, hasChanges } from './redline';
export { buildLineage, historyOf, nodeKey } from './lineage';
export type { Lineage, LineageLink, LineageNode, HistoryStep } from './lineage';
export { comparisonToJson } from './json';
export type { ComparisonJson, JsonChange, JsonParagraph } from './json';
export { summarize, changeWords, CHANGE_KINDS, SECTION_SEPARATOR } from './summary';
export { GROUP_JOINER } from './assemble';
export { normalizeText, countWords } from './text';
export { sectionKey, sameSection, sectionRenames, sectionStanding, moveStanding, type SectionRenames, type SectionStanding } from './sections';
export * from './types';
