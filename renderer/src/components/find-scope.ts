/**
 * Whether the find bar (Ctrl+F) is searching the panel. Windowed lists (the Compare view's redline
 * and change list keep only the items near the screen in the document) then render every item,
 * so find sees all of the text and can select and scroll to a match anywhere; when the find bar
 * closes they are windowed again. The find bar turns it on at its first search, not when it
 * opens, so opening it costs nothing.
 */
import { useEffect, useState } from 'react';

let searching = false;
const listeners = new Set<(on: boolean) => void>();

export function isFindingEverywhere(): boolean {
  return searching;
}

/** Sets the state and tells every list; call inside `flushSync` to have the lists render at once. */
export function setFindingEverywhere(on: boolean): void {
  if (searching === on) return;
  searching = on;
  for (const listener of listeners) listener(on);
}

/** True while the find bar searches: a windowed list renders every item. */
export function useFindingEverywhere(): boolean {
  const [on, setOn] = useState(searching);
  useEffect(() => {
    listeners.add(setOn);
    setOn(searching);
    return () => {
      listeners.delete(setOn);
    };
  }, []);
  return on;
}
