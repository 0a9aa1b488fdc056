/**
 * How presenter mode enters and leaves, as changes of the view state: entering names the source
 * (a redline of two drafts, or the tracker) and makes sure there is a pair of drafts to show;
 * leaving returns to the tab it was entered for, at the same change (the comparison's current row already follows the
 * presentation; on the tracker, the event on screen becomes the selection).
 */
import type { Deck } from '../../../shared/view/deck';
import type { ViewState } from '../../../shared/view/state';
import { clampZoom, defaultPair } from '../view/defaults';
import type { PresentWhat } from './sources';

/**
 * Presenter mode on: the tracker, the comparison on the Compare tab (its pair, or the last two
 * drafts when it has none or one is gone), or a redline source's pair. The tab Esc returns to is
 * set here, so leaving only has to turn presenting off.
 */
export function entered(s: ViewState, what: PresentWhat, drafts: ReadonlyArray<{ id: string }>): ViewState {
  const source = what === 'tracker' ? 'tracker' : 'compare';
  if (s.presenter.active && s.presenter.source === source && typeof what === 'string') return s;
  const ids = new Set(drafts.map((d) => d.id));
  let compare = s.compare;
  let tab = source === 'tracker' ? 'track' : 'compare';
  if (typeof what === 'object') {
    // A source naming a draft that is gone falls back to the comparison on the Compare tab.
    if (ids.has(what.baseId) && ids.has(what.targetId) && what.baseId !== what.targetId) {
      if (what.baseId !== compare.baseId || what.targetId !== compare.targetId) compare = { ...compare, baseId: what.baseId, targetId: what.targetId };
      tab = what.returnTab ?? tab;
    }
  }
  if (source === 'compare') {
    const pair = defaultPair(drafts);
    const baseId = compare.baseId && ids.has(compare.baseId) ? compare.baseId : pair.baseId;
    const targetId = compare.targetId && ids.has(compare.targetId) ? compare.targetId : pair.targetId;
    if (baseId !== compare.baseId || targetId !== compare.targetId) compare = { ...compare, baseId, targetId };
  }
  return { ...s, tab, compare, presenter: { ...s.presenter, active: true, source, blank: false } };
}

/** Presenter mode off: back to the tab it was entered for; from the tracker, with the event on screen selected. */
export function exited(s: ViewState, deck: Deck | null, at: number): ViewState {
  let tracker = s.tracker;
  const slide = deck?.type === 'tracker' ? deck.slides[at] : undefined;
  if (slide?.type === 'event') tracker = { ...tracker, selection: { kind: 'event', key: slide.key } };
  return { ...s, tracker, presenter: { ...s.presenter, active: false, blank: false } };
}

export function toggledBlank(s: ViewState, blank = !s.presenter.blank): ViewState {
  return s.presenter.blank === blank ? s : { ...s, presenter: { ...s.presenter, blank } };
}

/** Zoomed in (+1) or out (−1) by 10 %, within the limits. */
export function zoomed(s: ViewState, delta: 1 | -1): ViewState {
  const zoom = clampZoom(s.presenter.zoom + delta * 0.1);
  return zoom === s.presenter.zoom ? s : { ...s, presenter: { ...s.presenter, zoom } };
}
