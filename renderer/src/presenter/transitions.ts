/**
 * How presenter mode enters and leaves, as changes of the view state: entering names the source
 * (a comparison or the tracker) and makes sure there is a pair of drafts to show; leaving returns
 * to the tab it came from, at the same change (the comparison's current row already follows the
 * presentation; on the tracker, the event on screen becomes the selection).
 */
import type { Deck } from '../../../shared/view/deck';
import type { ViewState } from '../../../shared/view/state';
import { clampZoom, defaultPair } from '../view/defaults';

export type PresenterSource = ViewState['presenter']['source'];

export function entered(s: ViewState, source: PresenterSource, drafts: ReadonlyArray<{ id: string }>): ViewState {
  if (s.presenter.active && s.presenter.source === source) return s;
  let compare = s.compare;
  if (source === 'compare') {
    const ids = new Set(drafts.map((d) => d.id));
    const pair = defaultPair(drafts);
    const baseId = compare.baseId && ids.has(compare.baseId) ? compare.baseId : pair.baseId;
    const targetId = compare.targetId && ids.has(compare.targetId) ? compare.targetId : pair.targetId;
    if (baseId !== compare.baseId || targetId !== compare.targetId) compare = { ...compare, baseId, targetId };
  }
  return { ...s, compare, presenter: { ...s.presenter, active: true, source, blank: false } };
}

export function exited(s: ViewState, deck: Deck | null, at: number): ViewState {
  const source = s.presenter.source;
  let tracker = s.tracker;
  const slide = deck?.type === 'tracker' ? deck.slides[at] : undefined;
  if (slide?.type === 'event') tracker = { ...tracker, selection: { kind: 'event', key: slide.key } };
  return { ...s, tab: source === 'tracker' ? 'track' : 'compare', tracker, presenter: { ...s.presenter, active: false, blank: false } };
}

export function toggledBlank(s: ViewState, blank = !s.presenter.blank): ViewState {
  return s.presenter.blank === blank ? s : { ...s, presenter: { ...s.presenter, blank } };
}

/** Zoomed in (+1) or out (−1) by 10 %, within the limits. */
export function zoomed(s: ViewState, delta: 1 | -1): ViewState {
  const zoom = clampZoom(s.presenter.zoom + delta * 0.1);
  return zoom === s.presenter.zoom ? s : { ...s, presenter: { ...s.presenter, zoom } };
}
