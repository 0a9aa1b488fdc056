/**
 * Where a presentation stands and how it moves, over a deck: the current place (a row of a
 * comparison, a slide of the tracker), the next and previous change, the first and last, a jump
 * to a paragraph by its number, and the progress line ("change 7 of 31 · ¶12 · B. Threats").
 * Pure functions of the deck and the view state, so both windows move the same way.
 */
import type { CompareDeck, Deck, TrackerDeck } from '../../../shared/view/deck';
import type { ViewState } from '../../../shared/view/state';
import { t } from '../i18n';

/** The current place in the deck: a row index of a comparison, a slide index of the tracker. */
export function placeOf(deck: Deck, state: ViewState): number {
  if (deck.type === 'tracker') return Math.min(state.presenter.trackerSlide, Math.max(0, deck.slides.length - 1));
  const cur = state.compare.current;
  if (cur && cur.key === deck.key && cur.row < deck.rows.length) return cur.row;
  return deck.stops[0] ?? 0;
}

/** True when the view state names a place of this deck (rather than falling back to the first). */
export function hasPlace(deck: Deck, state: ViewState): boolean {
  if (deck.type === 'tracker') return state.presenter.trackerSlide < deck.slides.length;
  const cur = state.compare.current;
  return !!cur && cur.key === deck.key && cur.row < deck.rows.length;
}

/** The view state with the presentation at `at` (at its top); the comparison's current row moves with it. */
export function withPlace(state: ViewState, deck: Deck, at: number): ViewState {
  const s = state.presenter.part === 0 ? state : { ...state, presenter: { ...state.presenter, part: 0 } };
  if (deck.type === 'tracker') {
    return s.presenter.trackerSlide === at ? s : { ...s, presenter: { ...s.presenter, trackerSlide: at } };
  }
  const cur = s.compare.current;
  if (cur && cur.key === deck.key && cur.row === at) return s;
  return { ...s, compare: { ...s.compare, current: { key: deck.key, row: at } } };
}

/**
 * One step forward or back, screenful by screenful: a change taller than the screen (`parts`
 * screenfuls, as the slide measured it) shows its next part before the presentation moves on.
 */
export function advance(state: ViewState, deck: Deck, parts: number, delta: 1 | -1): ViewState {
  const part = state.presenter.part;
  if (delta > 0 && part + 1 < parts) return { ...state, presenter: { ...state.presenter, part: part + 1 } };
  if (delta < 0 && part > 0) return { ...state, presenter: { ...state.presenter, part: Math.min(part, parts) - 1 } };
  return withPlace(state, deck, step(deck, placeOf(deck, state), delta));
}

/** The next (+1) or previous (−1) change from `at`; `at` itself at either end. */
export function step(deck: Deck, at: number, delta: 1 | -1): number {
  if (deck.type === 'tracker') return Math.max(0, Math.min(deck.slides.length - 1, at + delta));
  const s = deck.stops;
  if (delta > 0) return s.find((r) => r > at) ?? at;
  for (let i = s.length - 1; i >= 0; i--) if (s[i]! < at) return s[i]!;
  return at;
}

/** The first or last change. */
export function end(deck: Deck, which: 'first' | 'last'): number {
  if (deck.type === 'tracker') return which === 'first' ? 0 : Math.max(0, deck.slides.length - 1);
  const s = deck.stops;
  return (which === 'first' ? s[0] : s[s.length - 1]) ?? 0;
}

/** The change after `at`, or null at the last one (what the presenter's "next" preview shows). */
export function following(deck: Deck, at: number): number | null {
  const n = step(deck, at, 1);
  return n === at ? null : n;
}

/**
 * The place of a paragraph by the number typed ("12", "8(a)"): in a comparison, the paragraph of
 * the later draft with that number, else a deleted paragraph of the earlier one; in the tracker,
 * the n-th event. Null when there is none.
 */
export function jumpTo(deck: Deck, typed: string): number | null {
  const n = typed.trim();
  if (!n) return null;
  if (deck.type === 'tracker') {
    const k = Number(n);
    if (!Number.isInteger(k) || k < 1) return null;
    let seen = 0;
    for (let i = 0; i < deck.slides.length; i++) if (deck.slides[i]!.type === 'event' && ++seen === k) return i;
    return null;
  }
  const find = (ok: (kind: string) => boolean) => deck.rows.findIndex((r) => ok(r.kind) && r.number === n);
  const later = find((k) => k !== 'deleted' && k !== 'stub');
  if (later >= 0) return later;
  const deleted = find((k) => k === 'deleted');
  return deleted >= 0 ? deleted : null;
}

/** "change 7 of 31 · ¶12 · B. Threats", or where a paragraph that is not a stop stands among the changes. */
export function progressLine(deck: Deck, at: number): string {
  return deck.type === 'tracker' ? trackerProgress(deck, at) : compareProgress(deck, at);
}

function compareProgress(deck: CompareDeck, at: number): string {
  const row = deck.rows[at];
  if (!row) return t('present.progressNone');
  const n = deck.stops.length;
  const k = deck.stops.indexOf(at);
  const parts: string[] = [];
  if (k >= 0) parts.push(t('present.progressChange', { n: k + 1, total: n }), row.cite);
  else {
    const before = deck.stops.filter((r) => r < at).length;
    parts.push(row.cite, row.kind === 'unchanged' ? t('present.progressNoChange') : row.badge.toLowerCase());
    parts.push(n === 0 ? t('present.progressNoneShown') : before === 0 ? t('present.progressBefore', { total: n }) : t('present.progressAfter', { n: before, total: n }));
  }
  if (row.section) parts.push(row.section);
  return parts.join(' · ');
}

function trackerProgress(deck: TrackerDeck, at: number): string {
  const slide = deck.slides[at];
  if (!slide) return t('present.progressNoPhrases');
  if (slide.type === 'matrix') return slide.pages > 1 ? t('present.progressWatchListPage', { page: slide.page, pages: slide.pages }) : t('present.progressWatchList');
  const events = deck.slides.filter((s) => s.type === 'event').length;
  const k = deck.slides.slice(0, at + 1).filter((s) => s.type === 'event').length;
  return t('present.progressEvent', { n: k, total: events, pair: slide.pair });

}
