/**
 * Hedging scales of a language, compiled for the tracker: modal verbs and operative verbs on
 * ordinal scales (the ranks are comparable across languages, see `ScaleEntry.rank`), and
 * qualifiers whose addition weakens. "should" → "could", "devrait" → "pourrait", "debería" →
 * "podría", "следует" → "могли бы", "ينبغي" → "يمكن", "应" → "可以" are each a fall in rank.
 * The result has the shape of the tracker's own compiled scales (keys "modal:i.j", "verb:i.j",
 * "qualifier:<form>"), so hedging.ts can take it per draft language.
 */
import type { HedgeKind } from '../track/types';
import type { Matcher, PatternMatch } from '../track/matcher';
import { compileLanguagePatterns, type LanguagePatternSpec } from './matcher';
import type { LanguageProfile, ScaleEntry } from './types';

/** The scales of one language in one matcher (one scan per text), with each key's rank and scale. */
export interface CompiledHedging {
  matcher: Matcher;
  rank: Map<string, number>;
  kind: Map<string, HedgeKind>;
}

const compiledByProfile = new WeakMap<LanguageProfile, CompiledHedging>();

/** The profile's hedging scales compiled (once per profile). */
export function compileHedging(profile: LanguageProfile): CompiledHedging {
  let c = compiledByProfile.get(profile);
  if (c) return c;
  const specs: LanguagePatternSpec[] = [];
  const rank = new Map<string, number>();
  const scale = (kind: 'modal' | 'verb', entries: readonly ScaleEntry[]): void =>
    entries.forEach((e, i) =>
      e.forms.forEach((f, j) => {
        const key = `${kind}:${i}.${j}`;
        specs.push({ key, forms: [f], inflect: false, ...(e.notWithin ? { notWithin: e.notWithin } : {}) });
        rank.set(key, e.rank);
      }),
    );
  scale('modal', profile.hedging.modal);
  scale('verb', profile.hedging.verb);
  const notWithin = profile.hedging.qualifiersNotWithin;
  for (const q of profile.hedging.qualifiers) specs.push({ key: `qualifier:${q}`, forms: [q], inflect: false, ...(notWithin ? { notWithin } : {}) });
  const kind = new Map(specs.map((sp) => [sp.key, sp.key.slice(0, sp.key.indexOf(':')) as HedgeKind]));
  c = { matcher: compileLanguagePatterns(specs, profile), rank, kind };
  compiledByProfile.set(profile, c);
  return c;
}

/** One scale word found in a text. */
export interface HedgeWord extends PatternMatch {
  kind: HedgeKind;
  /** Rank on its scale; qualifiers have none (0). */
  rank: number;
  text: string;
}

/**
 * The scale words of a text, overlaps removed within each scale (the longest kept: "invite
 * instamment" over "invite", "表示注意到" over "注意到"), in reading order.
 */
export function hedgeWords(text: string, profile: LanguageProfile): HedgeWord[] {
  const { matcher, rank, kind } = compileHedging(profile);
  const all = matcher.match(text).map((m) => ({ ...m, kind: kind.get(m.key)!, rank: rank.get(m.key) ?? 0, text: text.slice(m.start, m.end) }));
  const kept: HedgeWord[] = [];
  for (const k of ['modal', 'verb', 'qualifier'] as const) {
    const sorted = all.filter((m) => m.kind === k).sort((a, b) => a.start - b.start || b.end - a.end);
    for (const m of sorted) {
      const last = kept.findLast((x) => x.kind === k);
      if (last && m.start < last.end) continue;
      kept.push(m);
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Whether replacing one scale word by another weakens or strengthens (same scale, different rank), or neither. */
export function strengthChange(before: HedgeWord, after: HedgeWord): 'weakened' | 'strengthened' | null {
  if (before.kind !== after.kind || before.kind === 'qualifier' || before.rank === after.rank) return null;
  return after.rank < before.rank ? 'weakened' : 'strengthened';
}
