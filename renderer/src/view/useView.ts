/** React access to the view store: read a part of the state, change one field. */
import { useCallback, useSyncExternalStore } from 'react';
import type { CompareViewState, PresenterViewState, TrackerViewState, ViewState } from '../../../shared/view/state';
import { viewStore } from './view';

/** A part of the view state; re-renders when it changes. `select` must return a part of the state or a primitive. */
export function useView<T>(select: (s: ViewState) => T): T {
  const store = viewStore();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

export function updateView(fn: (s: ViewState) => ViewState): void {
  viewStore().update(fn);
}

type Section = 'compare' | 'tracker' | 'presenter';
type SectionState = { compare: CompareViewState; tracker: TrackerViewState; presenter: PresenterViewState };

/** The state with some fields of one section replaced (the same state when nothing differs). */
export function withFields<S extends Section>(s: ViewState, section: S, fields: Partial<SectionState[S]>): ViewState {
  const old = s[section] as SectionState[S];
  const changed = (Object.keys(fields) as Array<keyof SectionState[S]>).some((k) => !Object.is(old[k], fields[k]));
  return changed ? { ...s, [section]: { ...old, ...fields } } : s;
}

/** One field of a section as a [value, setter] pair, like useState. */
export function useViewField<S extends Section, K extends keyof SectionState[S]>(section: S, key: K): [SectionState[S][K], (v: SectionState[S][K]) => void] {
  const value = useView((s) => (s[section] as SectionState[S])[key]);
  const set = useCallback(
    (v: SectionState[S][K]) => updateView((s) => withFields(s, section, { [key]: v } as unknown as Partial<SectionState[S]>)),
    [section, key],
  );
  return [value, set];
}
