/**
 * Section paths as the tracker compares them: the engine's one section identity
 * (`shared/compare/sections.ts`), so the Tracker and the Compare view never disagree about
 * whether a paragraph changed section, nor about a downgrade.
 */
export { sectionKey, sectionStanding, moveStanding, sameSection, type SectionStanding } from '../compare/sections';
