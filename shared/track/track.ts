/**
 * The tracker: watched terms, brackets and hedging followed across every draft of a negotiation.
 * Pure and synchronous, so a worker, the command line and tests all run the same code; the
 * comparisons can be passed in when the caller already has them (they dominate the cost).
 */
import { compareDrafts } from '../compare/compare';
import type { Comparison } from '../compare/types';
import type { Draft } from '../model/draft';
import type { WatchTerm } from '../model/schema';
import { alignedGroups, type AlignedGroup } from './alignment';
import { bracketCache, draftBrackets, followBrackets } from './brackets';
import { pairEvents } from './events';
import { hedgeChanges } from './hedging';
import { compileLanguageWatchTerms } from '../lang/matcher';
import type { LanguageProfile } from '../lang/types';
import { draftProfile } from '../model/structure-words';
import type { Matcher } from './matcher';
import { buildMatrix, indexDraft, type DraftIndex, type MatchCache, type OffsetsCache } from './matrix';
import type { DraftBrackets, HedgeChange, TrackEvent, TrackReport } from './types';

/** How to track. */
export interface TrackOptions {
  /** Comparisons already computed (any direction pairs the tracker needs), found by base and target id. */
  comparisons?: readonly Comparison[];
  /** How to compare two drafts when no comparison was passed; the engine's `compareDrafts` by default. */
  compare?: (base: Draft, target: Draft) => Comparison;
  /** Pairs to report besides consecutive drafts, as [earlier draft id, later draft id]. */
  pairs?: ReadonlyArray<readonly [string, string]>;
}

function comparisonFor(base: Draft, target: Draft, options: TrackOptions): Comparison {
  const found = options.comparisons?.find((c) => c.baseId === base.id && c.targetId === target.id);
  if (found) return found;
  return (options.compare ?? ((a, b) => compareDrafts(a, b)))(base, target);
}

/** The watch terms compiled with one language's rules, and the matches found with them (paragraph text → matches). */
interface LanguageMatcher {
  profile: LanguageProfile;
  matcher: Matcher;
  cache: MatchCache;
  offsets: OffsetsCache;
}

/** One matcher per language present: each draft is read with its own language's inflections and stems. */
function languageMatchers(terms: readonly WatchTerm[]): (draft: Draft) => LanguageMatcher {
  const byCode = new Map<string, LanguageMatcher>();
  return (draft) => {
    const profile = draftProfile(draft);
    let m = byCode.get(profile.code);
    if (!m) {
      m = { profile, matcher: compileLanguageWatchTerms(terms, profile), cache: new Map(), offsets: new Map() };
      byCode.set(profile.code, m);
    }
    return m;
  };
}

/**
 * Events and hedging between two indexed drafts. A diff is read in the earlier draft's language;
 * hedging only between drafts in the same language (a translation is no weakening).
 */
function trackPair(
  terms: readonly WatchTerm[],
  from: DraftIndex,
  to: DraftIndex,
  groups: readonly AlignedGroup[],
  lang: (draft: Draft) => LanguageMatcher,
): { events: TrackEvent[]; hedging: HedgeChange[] } {
  const { matcher, cache, profile } = lang(from.draft);
  const sameLanguage = lang(to.draft).profile === profile;
  return {
    events: pairEvents(terms, from, to, groups, matcher, cache),
    hedging: sameLanguage ? groups.flatMap((g) => hedgeChanges(g, from.draft.id, to.draft.id, profile)) : [],
  };
}

/**
 * Track `terms` across `drafts` (in negotiation order): the terms × drafts matrix, the events
 * between consecutive drafts (and any extra pairs), brackets per draft with those resolved and
 * added since the previous draft, and wording that was weakened or strengthened.
 */
export function trackDrafts(drafts: readonly Draft[], terms: readonly WatchTerm[], options: TrackOptions = {}): TrackReport {
  const lang = languageMatchers(terms);
  const bracketsSeen = bracketCache();
  const indexes = drafts.map((d) => {
    const { matcher, cache, offsets } = lang(d);
    return indexDraft(d, matcher, cache, offsets);
  });
  const events: TrackEvent[] = [];
  const hedging: HedgeChange[] = [];
  const brackets: DraftBrackets[] = [];
  indexes.forEach((ix, i) => {
    const spans = draftBrackets(ix.paragraphs, bracketsSeen);
    const entry: DraftBrackets = {
      draftId: ix.draft.id,
      count: spans.length,
      unbalanced: spans.filter((s) => !s.balanced).length,
      spans,
      resolved: [],
      added: [],
    };
    const prev = indexes[i - 1];
    if (prev) {
      const groups = alignedGroups(comparisonFor(prev.draft, ix.draft, options), prev.draft, ix.draft);
      const pair = trackPair(terms, prev, ix, groups, lang);
      events.push(...pair.events);
      hedging.push(...pair.hedging);
      const followed = followBrackets(groups, bracketsSeen);
      entry.resolved = followed.resolved;
      entry.added = followed.added;
    }
    brackets.push(entry);
  });
  const byId = new Map(indexes.map((ix) => [ix.draft.id, ix]));
  for (const [fromId, toId] of options.pairs ?? []) {
    const from = byId.get(fromId);
    const to = byId.get(toId);
    if (!from || !to) throw new RangeError(`trackDrafts: no draft with id "${from ? toId : fromId}" to pair.`);
    const groups = alignedGroups(comparisonFor(from.draft, to.draft, options), from.draft, to.draft);
    const pair = trackPair(terms, from, to, groups, lang);
    events.push(...pair.events);
    hedging.push(...pair.hedging);
  }
  return {
    drafts: indexes.map((ix) => ({ id: ix.draft.id, label: ix.draft.label })),
    terms: [...terms],
    matrix: buildMatrix(terms, indexes),
    events,
    brackets,
    hedging,
  };
}
