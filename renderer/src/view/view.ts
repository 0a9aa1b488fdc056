/**
 * This window's view store and its link to the app's other windows. The main window is the
 * presenter side (it owns the project, so it makes the decks); an audience window follows it.
 */
import type { WindowRole } from '../../../shared/view/messages';
import { ViewStore } from './store';
import { ViewLink } from './link';
import { broadcastTransport, bridgeTransport, channelName, viewBridge } from './transport';
import { defaultViewState, loadZoom, saveZoom } from './defaults';

let current: { store: ViewStore; link: ViewLink } | null = null;

/** A random id for a window or a session. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const SESSION_KEY = 'draftwatch.viewSession';

/** This tab's presenter session (kept across reloads of the tab), naming its BroadcastChannel. */
export function presenterSession(): string {
  let s = sessionStorage.getItem(SESSION_KEY);
  if (!s || !/^[0-9a-f]{24}$/.test(s)) {
    s = randomId();
    sessionStorage.setItem(SESSION_KEY, s);
  }
  return s;
}

function localStore(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Start this window's view as the presenter (main window) or as an audience of `session`. */
export function startView(role: WindowRole, session?: string): { store: ViewStore; link: ViewLink } {
  if (current) return current;
  const zoom = role === 'presenter' ? loadZoom(localStore()) : 1;
  const store = new ViewStore(randomId(), defaultViewState(zoom), role === 'audience');
  const bridge = viewBridge();
  const transport = bridge ? bridgeTransport(bridge) : broadcastTransport(channelName(session ?? presenterSession()));
  const link = new ViewLink(store, transport, role);
  if (role === 'presenter') {
    // The zoom is remembered on this machine, for the next presentation too.
    let zoomNow = zoom;
    store.subscribe(() => {
      const z = store.get().presenter.zoom;
      if (z !== zoomNow) saveZoom(localStore(), (zoomNow = z));
    });
  }
  window.addEventListener('pagehide', () => link.close(), { once: true });
  current = { store, link };
  return current;
}

/** This window's store (the main window's, started on first use). */
export function viewStore(): ViewStore {
  return (current ?? startView('presenter')).store;
}

export function viewLink(): ViewLink {
  return (current ?? startView('presenter')).link;
}
