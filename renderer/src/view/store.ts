/**
 * The view store: one serialisable ViewState per window, changed by small updates, and kept the
 * same across the app's windows. Each window's copy carries a revision and the id of the window
 * that made it; a copy from another window replaces ours only when it is newer by (revision,
 * origin), so windows that change the view at the same moment still settle on one state.
 * Pure (no DOM): the transport that carries snapshots between windows lives in link.ts.
 */
import type { ViewState } from '../../../shared/view/state';

/** A view state with its place in the order of changes. */
export interface Snapshot {
  rev: number;
  /** Id of the window that made this state. */
  origin: string;
  state: ViewState;
}

/** True when `a` comes after `b` in the order every window agrees on. */
export function isNewer(a: Pick<Snapshot, 'rev' | 'origin'>, b: Pick<Snapshot, 'rev' | 'origin'>): boolean {
  return a.rev > b.rev || (a.rev === b.rev && a.origin > b.origin);
}

export class ViewStore {
  private snap: Snapshot;
  private readonly listeners = new Set<() => void>();
  private readonly localListeners = new Set<(s: Snapshot) => void>();

  /**
   * `follower` windows (the audience) start behind every other window, so the first state they
   * hear replaces their defaults whatever the window ids.
   */
  constructor(readonly windowId: string, initial: ViewState, follower = false) {
    this.snap = { rev: follower ? -1 : 0, origin: windowId, state: initial };
  }

  /** The current state (stable between changes, for useSyncExternalStore). */
  readonly get = (): ViewState => this.snap.state;

  snapshot(): Snapshot {
    return this.snap;
  }

  /** Listen to every change, local or from another window. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Listen to changes made in this window only (what the other windows need to hear). */
  onLocalChange(listener: (s: Snapshot) => void): () => void {
    this.localListeners.add(listener);
    return () => this.localListeners.delete(listener);
  }

  /** Change the state; an update that returns the same state changes nothing. */
  update(fn: (s: ViewState) => ViewState): void {
    const next = fn(this.snap.state);
    if (next === this.snap.state) return;
    this.snap = { rev: this.snap.rev + 1, origin: this.windowId, state: next };
    for (const l of this.localListeners) l(this.snap);
    for (const l of this.listeners) l();
  }

  /** Take another window's snapshot when it is newer than ours; true when it was taken. */
  receive(remote: Snapshot): boolean {
    if (!isNewer(remote, this.snap)) return false;
    this.snap = remote;
    for (const l of this.listeners) l();
    return true;
  }

  /** Let the next state heard win over ours (a presenter window started or reloaded). */
  yieldToOthers(): void {
    this.snap = { ...this.snap, rev: -1 };
  }
}
