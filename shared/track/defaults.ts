/**
 * The watch list a new project starts with: language that observers of the ICT security
 * negotiations follow from draft to draft. Users edit it freely; it is only a starting point.
 */
import type { WatchTerm } from '../model/schema';

const COLORS = ['#1f6feb', '#d73a49', '#2da44e', '#bf8700', '#8250df', '#e16f24', '#0a7ea4', '#cf222e', '#6e7781', '#1b7c83'];

const ENTRIES: ReadonlyArray<[phrase: string, category: string, alternatives: string[]]> = [
  ['cyber mercenaries', 'Threats', ['hack-for-hire']],
  ['hack-as-a-service', 'Threats', ['access-as-a-service']],
  ['ransomware', 'Threats', []],
  ['critical infrastructure', 'Threats', ['critical information infrastructure']],
  ['supply chain', 'Threats', []],
  ['technological neutrality', 'Principles', ['technology neutrality', 'technology-neutral']],
  ['international humanitarian law', 'International law', ['IHL']],
  ['human rights', 'International law', []],
  ['capacity-building', 'Capacity-building', []],
  ['confidence-building measures', 'Confidence-building', ['CBMs']],
  ['points of contact', 'Confidence-building', ['point of contact']],
  ['programme of action', 'Institutional dialogue', ['program of action', 'PoA']],
  ['multistakeholder', 'Inclusion', []],
  ['gender', 'Inclusion', []],
  ['artificial intelligence', 'Emerging technologies', ['AI']],
];

/** A fresh copy of the default watch list (ids are stable, so a project can tell them apart). */
export function defaultWatchList(): WatchTerm[] {
  return ENTRIES.map(([phrase, category, alternatives], i) => ({
    id: `wt-${phrase.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    phrase,
    alternatives: [...alternatives],
    category,
    color: COLORS[i % COLORS.length]!,
  }));
}
