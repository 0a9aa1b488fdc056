/**
 * The watch list a new project starts with, in the project's language: language that observers
 * of the ICT security negotiations follow from draft to draft. The concepts, their order,
 * categories and colours are the same in every language; each profile gives their words. A
 * term's id names its concept, so the same term keeps its id whatever the language.
 */
import type { WatchTerm } from '../model/schema';
import type { LanguageProfile } from './types';

/** The concepts of the default watch list, in order, each with its category. */
export const WATCH_CONCEPTS = [
  ['cyber-mercenaries', 'threats'],
  ['hack-as-a-service', 'threats'],
  ['ransomware', 'threats'],
  ['critical-infrastructure', 'threats'],
  ['supply-chain', 'threats'],
  ['technological-neutrality', 'principles'],
  ['international-humanitarian-law', 'internationalLaw'],
  ['human-rights', 'internationalLaw'],
  ['capacity-building', 'capacityBuilding'],
  ['confidence-building-measures', 'confidenceBuilding'],
  ['points-of-contact', 'confidenceBuilding'],
  ['programme-of-action', 'institutionalDialogue'],
  ['multistakeholder', 'inclusion'],
  ['gender', 'inclusion'],
  ['artificial-intelligence', 'emergingTechnologies'],
] as const;

export type WatchConcept = (typeof WATCH_CONCEPTS)[number][0];
export type WatchCategory = (typeof WATCH_CONCEPTS)[number][1];

const COLORS = ['#1f6feb', '#d73a49', '#2da44e', '#bf8700', '#8250df', '#e16f24', '#0a7ea4', '#cf222e', '#6e7781', '#1b7c83'];

/** A fresh copy of the default watch list in a language (ids name the concept: `wt-cyber-mercenaries`). */
export function defaultWatchTerms(profile: LanguageProfile): WatchTerm[] {
  return WATCH_CONCEPTS.map(([concept, category], i) => ({
    id: `wt-${concept}`,
    phrase: profile.watchList[concept].phrase,
    alternatives: [...profile.watchList[concept].alternatives],
    category: profile.categories[category],
    color: COLORS[i % COLORS.length]!,
  }));
}
