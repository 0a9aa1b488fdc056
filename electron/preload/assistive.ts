/**
 * The preload's relay of "is assistive technology in use": main sends it on ASSISTIVE_CHANNEL once
 * the page has loaded and whenever it changes, possibly before the page subscribed; the relay keeps
 * the latest value, hands it to each new subscriber at once, and passes on every change. Values
 * that are not booleans are dropped (the channel is main's, but nothing crossing it is trusted).
 * Kept free of Electron so it is unit-tested; preload.ts wires it to ipcRenderer.
 */
export type Subscribe = (callback: (active: boolean) => void) => () => void;

export function assistiveRelay(listen: (receive: (value: unknown) => void) => void): Subscribe {
  let latest: boolean | null = null;
  const subscribers = new Set<(active: boolean) => void>();
  listen((value) => {
    if (typeof value !== 'boolean') return;
    latest = value;
    for (const s of [...subscribers]) s(value);
  });
  return (callback) => {
    const own = (active: boolean) => callback(active);
    subscribers.add(own);
    if (latest !== null) own(latest);
    return () => {
      subscribers.delete(own);
    };
  };
}
