/**
 * Pure helpers over a TrackReport for the tracker's screen: which pair of drafts the reader looks
 * at, the events and hedging of that scope in reading order (the losses first), the findings worth
 * a headline, and stable keys so a selection survives a recomputed report.
 */
import type { HedgeChange, TrackEvent, TrackEventKind, TrackReport } from '../../../shared/track';
import type { ShownParagraph } from './highlight';
import { translatedTable } from '../i18n';

/** Which events the reader looks at: every consecutive pair, or one chosen pair of drafts. */
export type Scope = { from: string; to: string } | null;

/** The kinds of event in the order a reader filters them. */
export const EVENT_KINDS: readonly TrackEventKind[] = ['removed', 'added', 'moved', 'reworded', 'count'];

/** Human names of the kinds. */
export const KIND_LABEL: Record<TrackEventKind, string> = translatedTable('trackKind', EVENT_KINDS);


/** A key naming an event across recomputations of the same report. */
export function eventKey(e: TrackEvent): string {
  return [e.kind, e.termId, e.fromDraftId, e.toDraftId, e.from.map((p) => p.id).join(','), e.to.map((p) => p.id).join(',')].join('|');
}

/** A key naming a hedging change across recomputations of the same report. */
export function hedgeKey(h: HedgeChange): string {
  return [h.fromDraftId, h.toDraftId, h.from.id, h.to.id, h.kind, h.direction, h.before, h.after, h.beforeContext].join('|');
}

/** How prominent an event is: losses and downgrades first, count changes last. */
export function eventRank(e: TrackEvent): number {
  if (e.kind === 'removed') return 0;
  if (e.kind === 'moved' && e.downgrade) return 1;
  if (e.kind === 'added') return 2;
  if (e.kind === 'moved' && e.upgrade) return 3;
  if (e.kind === 'moved') return 4;
  if (e.kind === 'reworded') return 5;
  return 6;
}

/** Whether an event or hedging change belongs to the scope (consecutive drafts when the scope is null). */
export function inScope(report: TrackReport, scope: Scope, x: { fromDraftId: string; toDraftId: string }): boolean {
  if (scope) return x.fromDraftId === scope.from && x.toDraftId === scope.to;
  const i = report.drafts.findIndex((d) => d.id === x.fromDraftId);
  return i >= 0 && report.drafts[i + 1]?.id === x.toDraftId;
}

/**
 * The scope as it applies to these drafts (null when its drafts are gone or out of order), and the
 * pair the tracker must compare on top of consecutive drafts (a chosen pair that is not consecutive).
 */
export function scopeOf(ids: readonly string[], scope: Scope): { scope: Scope; extraPair: [string, string] | null } {
  const valid = scope && ids.indexOf(scope.from) >= 0 && ids.indexOf(scope.from) < ids.indexOf(scope.to) ? scope : null;
  const extraPair: [string, string] | null = valid && ids.indexOf(valid.to) - ids.indexOf(valid.from) > 1 ? [valid.from, valid.to] : null;
  return { scope: valid, extraPair };
}

/** The pairs of drafts the scope covers, in draft order, as [from, to] ids. */
export function scopePairs(report: TrackReport, scope: Scope): Array<[string, string]> {
  if (scope) return [[scope.from, scope.to]];
  return report.drafts.slice(1).map((d, i) => [report.drafts[i]!.id, d.id]);
}

/** What to filter events by. */
export interface EventFilter {
  kinds: ReadonlySet<TrackEventKind>;
  /** Case-insensitive part of the phrase; empty for every phrase. */
  text: string;
}

/** The scope's events, filtered, grouped by pair of drafts in draft order, each group most prominent first. */
export function groupEvents(report: TrackReport, scope: Scope, filter: EventFilter): Array<{ from: string; to: string; events: TrackEvent[] }> {
  const needle = filter.text.trim().toLowerCase();
  return scopePairs(report, scope).map(([from, to]) => ({
    from,
    to,
    events: report.events
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.fromDraftId === from && e.toDraftId === to && filter.kinds.has(e.kind) && (!needle || e.term.toLowerCase().includes(needle)))
      .sort((a, b) => eventRank(a.e) - eventRank(b.e) || a.i - b.i)
      .map(({ e }) => e),
  }));
}

/** The headline findings of the scope: phrases removed or added, and moves out of or into the recommendations. */
export function keyFindings(report: TrackReport, scope: Scope): TrackEvent[] {
  return report.events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => inScope(report, scope, e) && (e.kind === 'removed' || e.kind === 'added' || (e.kind === 'moved' && (e.downgrade || e.upgrade))))
    .sort((a, b) => eventRank(a.e) - eventRank(b.e) || a.i - b.i)
    .map(({ e }) => e);
}

/** What to filter hedging by. */
export interface HedgeFilter {
  direction: 'all' | 'weakened' | 'strengthened';
  kind: 'all' | HedgeChange['kind'];
}

/** The scope's hedging changes that pass the filter, in report order. */
export function filterHedging(report: TrackReport, scope: Scope, filter: HedgeFilter): HedgeChange[] {
  return report.hedging.filter(
    (h) => inScope(report, scope, h) && (filter.direction === 'all' || h.direction === filter.direction) && (filter.kind === 'all' || h.kind === filter.kind),
  );
}

/**
 * The part of two section paths that differs, for a short "moved from … to …": the common
 * leading headings are dropped, and at least the last heading of each path is kept.
 */
export function sectionMove(from: readonly string[], to: readonly string[]): { from: string; to: string } {
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const keep = (path: readonly string[]) => path.slice(Math.min(common, Math.max(0, path.length - 1))).join(' › ');
  return { from: keep(from) || '(no section)', to: keep(to) || '(no section)' };
}

/** Reworded wording as the tracker joins it ("a / b"), with repeats dropped. */
export function distinctWording(text: string): string {
  return [...new Set(text.split(' / ').map((s) => s.trim()).filter(Boolean))].join(' / ');
}

/** Text cut to `max` characters with an ellipsis. */
export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** What the events and hedging lists take: the report, which drafts are in view, and the selection. */
export interface FindingListProps {
  report: TrackReport;
  scope: Scope;
  paragraphs: Map<string, Map<string, ShownParagraph>>;
  selectedKey: string | null;
  onSelect(key: string): void;
}
