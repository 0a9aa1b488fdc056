/**
 * The watch list a new project starts with: language that observers of the ICT security
 * negotiations follow from draft to draft, in the project's language (English by default). The
 * words are each language profile's (`shared/lang/watchlist.ts`); ids name the concept, so a term
 * keeps its id whatever the language. Users edit the list freely; it is only a starting point.
 */
import type { WatchTerm } from '../model/schema';
import { STRUCTURE_PROFILE } from '../model/structure-words';
import { defaultWatchTerms } from '../lang/watchlist';
import type { LanguageProfile } from '../lang/types';

/** A fresh copy of the default watch list in a language (English unless a profile is given). */
export function defaultWatchList(profile: LanguageProfile = STRUCTURE_PROFILE): WatchTerm[] {
  return defaultWatchTerms(profile);
}
