/** The view state a window starts with, and the presenter zoom remembered on this machine. */
import type { TrackerSelection, ViewState } from '../../../shared/view/state';
import type { Selection } from '../track/DetailPanel';
import { MAX_ZOOM, MIN_ZOOM } from '../../../shared/view/state';
import { CHANGE_KINDS } from '../../../shared/compare/summary';
import { EVENT_KINDS } from '../track/events';

export function defaultViewState(zoom = 1): ViewState {
  return {
    tab: 'read',
    compare: {
      baseId: null,
      targetId: null,
      mode: 'combined',
      options: { ignoreCase: false, ignorePunctuation: false, ignoreNumbering: true },
      filter: [...CHANGE_KINDS],
      current: null,
    },
    tracker: { scope: null, eventKinds: [...EVENT_KINDS], eventText: '', selection: null, withWorking: false },
    presenter: { active: false, source: 'compare', trackerSlide: 0, part: 0, blank: false, zoom },
  };
}

const ZOOM_KEY = 'draftwatch.presenterZoom';

/** A zoom within the limits, to the nearest 10 %. */
export function clampZoom(z: number): number {
  if (!Number.isFinite(z)) return 1;
  return Math.round(Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z)) * 10) / 10;
}

export function loadZoom(storage: Pick<Storage, 'getItem'> | undefined): number {
  const raw = storage?.getItem(ZOOM_KEY);
  return raw ? clampZoom(Number(raw)) : 1;
}

export function saveZoom(storage: Pick<Storage, 'setItem'> | undefined, zoom: number): void {
  try {
    storage?.setItem(ZOOM_KEY, String(zoom));
  } catch {
    // A full or disabled storage only means the zoom is not remembered.
  }
}

/**
 * The default pair of drafts to compare: the last two received drafts (working drafts are picked
 * on purpose), or the last two drafts when fewer than two were received.
 */
export function defaultPair(drafts: ReadonlyArray<{ id: string; working?: unknown }>): { baseId: string | null; targetId: string | null } {
  const received = drafts.filter((d) => !d.working);
  const seq = received.length >= 2 ? received : drafts;
  const n = seq.length;
  return { baseId: seq[n - 2]?.id ?? null, targetId: seq[n - 1]?.id ?? null };
}

/**
 * The drafts the Compare view opens on: the ones chosen there, with the default pair's standing in
 * for any not chosen yet or gone from the project.
 */
export function chosenPair<D extends { id: string; working?: unknown }>(drafts: readonly D[], baseId: string | null, targetId: string | null): { base: D | null; target: D | null } {
  const pair = defaultPair(drafts);
  const find = (id: string | null) => drafts.find((d) => d.id === id);
  return { base: find(baseId) ?? find(pair.baseId) ?? null, target: find(targetId) ?? find(pair.targetId) ?? null };
}

// The tracker's selection is stored as the view store's schema describes it: a compile-time check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _selection: Same<Selection, TrackerSelection> = true;
void _selection;
