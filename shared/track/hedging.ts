/**
 * Hedging: wording that changes the strength of a paragraph without changing its subject.
 * "States should" becoming "States could … as appropriate" is a weakening a reader must see.
 * Three scales are read inside each hunk of an aligned paragraph's word diff: modal verbs,
 * operative verbs, and qualifiers (whose mere addition weakens and removal strengthens).
 */
import { tracked, groupDiff, type AlignedGroup, type Hunk } from './alignment';
import { compileHedging, type CompiledHedging } from '../lang/hedging';
import type { LanguageProfile } from '../lang/types';
import { STRUCTURE_PROFILE } from '../model/structure-words';
import type { PatternMatch } from './matcher';
import type { HedgeChange, HedgeKind } from './types';

/** A wording on an ordinal scale (one definition, with the language profiles). */
export type { ScaleEntry } from '../lang/types';
import type { ScaleEntry } from '../lang/types';

/**
 * The English scales, which the tracker reads when a draft gives no language: one definition, in
 * the English profile (shared/lang/profiles/en.ts); each language's are in its own profile.
 */
/** Modal verbs, strongest first: an obligation, then an expectation, then a possibility. */
export const MODAL_SCALE: readonly ScaleEntry[] = STRUCTURE_PROFILE.hedging.modal;
/** Operative verbs of resolutions and reports, strongest first. */
export const VERB_SCALE: readonly ScaleEntry[] = STRUCTURE_PROFILE.hedging.verb;
/** Qualifiers whose addition weakens a commitment. */
export const QUALIFIERS: readonly string[] = STRUCTURE_PROFILE.hedging.qualifiers;

/** Matches with overlaps removed, the longest kept ("on a voluntary basis" over "voluntary"). */
function outermost(matches: readonly PatternMatch[]): PatternMatch[] {
  if (matches.length < 2) return [...matches];
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PatternMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}

const within = (m: PatternMatch, start: number, end: number): boolean =>
  m.start < end && m.end > start;

/** A few words either side of a range, for reading a change alone. */
export function context(text: string, start: number, end: number, reach = 40): string {
  let a = Math.max(0, start - reach);
  let b = Math.min(text.length, end + reach);
  if (a > 0) a = text.indexOf(' ', a) + 1 || a;
  if (b < text.length) {
    const sp = text.lastIndexOf(' ', b);
    if (sp > end) b = sp;
  }
  return `${a > 0 ? '…' : ''}${text.slice(a, b).trim()}${b < text.length ? '…' : ''}`;
}

const RANKED = ['modal', 'verb'] as const;

interface Side {
  text: string;
  modal: PatternMatch[];
  verb: PatternMatch[];
  qualifier: PatternMatch[];
}

/**
 * The scale words of one side, read only around the hunks: text outside them is equal on both
 * sides and cannot change strength. The margin is longer than any scale wording, so every
 * occurrence that touches a hunk lies whole inside its window.
 */
function readSide(text: string, ranges: ReadonlyArray<readonly [number, number]>, scales: CompiledHedging): Side {
  const MARGIN = 64;
  const windows: Array<[number, number]> = [];
  for (const [a, b] of ranges) {
    const start = Math.max(0, a - MARGIN);
    const end = Math.min(text.length, b + MARGIN);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const { matcher, kind } = scales;
  // Split by scale as found: window order, then start and key order within a window, as one list filtered would be.
  const side: Side = { text, modal: [], verb: [], qualifier: [] };
  for (const [a, b] of windows) {
    for (const m of matcher.match(text.slice(a, b))) side[kind.get(m.key)!].push({ key: m.key, start: m.start + a, end: m.end + a });
  }
  side.modal = outermost(side.modal);
  side.verb = outermost(side.verb);
  side.qualifier = outermost(side.qualifier);
  return side;
}

function countBy(ms: readonly PatternMatch[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of ms) m.set(x.key, (m.get(x.key) ?? 0) + 1);
  return m;
}

/**
 * The changes of strength inside one aligned group, from its word diff. Scale words replaced in
 * the same hunk are compared by rank; qualifiers count as added or removed when the paragraph as
 * a whole holds more or fewer of them (a qualifier swapped for another in one hunk is neither).
 */
export function hedgeChanges(group: AlignedGroup, fromDraftId: string, toDraftId: string, profile: LanguageProfile = STRUCTURE_PROFILE): HedgeChange[] {
  if (!group.diff || group.base.length === 0 || group.target.length === 0) return [];
  const { hunks, sides } = groupDiff(group)!;
  if (hunks.length === 0) return [];
  const scales = compileHedging(profile);
  const base = readSide(sides.base, hunks.map((h) => [h.baseStart, h.baseEnd] as const), scales);
  const target = readSide(sides.target, hunks.map((h) => [h.targetStart, h.targetEnd] as const), scales);
  // No scale word near any change on either side: nothing changed strength.
  if (base.modal.length + base.verb.length + base.qualifier.length + target.modal.length + target.verb.length + target.qualifier.length === 0) return [];
  const from = tracked(group.base[0]!);
  const to = tracked(group.target[0]!);
  const out: HedgeChange[] = [];
  const emit = (kind: HedgeKind, weaker: boolean, before: PatternMatch | null, after: PatternMatch | null, h: Hunk): void => {
    out.push({
      fromDraftId,
      toDraftId,
      from,
      to,
      kind,
      direction: weaker ? 'weakened' : 'strengthened',
      before: before ? base.text.slice(before.start, before.end) : '',
      after: after ? target.text.slice(after.start, after.end) : '',
      beforeContext: context(base.text, before?.start ?? h.baseStart, before?.end ?? h.baseEnd),
      afterContext: context(target.text, after?.start ?? h.targetStart, after?.end ?? h.targetEnd),
    });
  };
  const { rank } = scales;
  // How many occurrences of each qualifier the paragraph lost or gained overall: the budget of events.
  // Qualifiers away from every hunk sit in equal text, the same on both sides: the difference in
  // number is the difference among those touching a hunk.
  const touching = (ms: readonly PatternMatch[], side: 'base' | 'target'): PatternMatch[] =>
    ms.filter((m) => hunks.some((h) => (side === 'base' ? within(m, h.baseStart, h.baseEnd) : within(m, h.targetStart, h.targetEnd))));
  const baseQ = countBy(touching(base.qualifier, 'base'));
  const targetQ = countBy(touching(target.qualifier, 'target'));
  const lostBudget = new Map([...baseQ].map(([k, n]) => [k, n - (targetQ.get(k) ?? 0)]));
  const gainedBudget = new Map([...targetQ].map(([k, n]) => [k, n - (baseQ.get(k) ?? 0)]));
  const spend = (budget: Map<string, number>, m: PatternMatch): boolean => {
    const left = budget.get(m.key) ?? 0;
    if (left <= 0) return false;
    budget.set(m.key, left - 1);
    return true;
  };
  for (const h of hunks) {
    for (const kind of RANKED) {
      const was = base[kind].filter((m) => within(m, h.baseStart, h.baseEnd));
      const now = target[kind].filter((m) => within(m, h.targetStart, h.targetEnd));
      const pairs = Math.min(was.length, now.length);
      for (let i = 0; i < pairs; i++) {
        const a = rank.get(was[i]!.key)!;
        const b = rank.get(now[i]!.key)!;
        if (a !== b) emit(kind, b < a, was[i]!, now[i]!, h);
      }
    }
    const lost = base.qualifier.filter((m) => within(m, h.baseStart, h.baseEnd) && spend(lostBudget, m));
    const gained = target.qualifier.filter((m) => within(m, h.targetStart, h.targetEnd) && spend(gainedBudget, m));
    // One qualifier swapped for another in the same place changes nothing in strength.
    const swapped = Math.min(lost.length, gained.length);
    for (const m of lost.slice(swapped)) emit('qualifier', false, m, null, h);
    for (const m of gained.slice(swapped)) emit('qualifier', true, null, m, h);
  }
  return out;
}
