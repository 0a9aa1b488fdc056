/**
 * The transports of view messages: a BroadcastChannel between same-origin browser windows (browser
 * mode), or the Electron preload's bridge to main, which hands messages to the app's other windows.
 */
import type { ViewMessage } from '../../../shared/view/messages';
import type { ViewTransport } from './link';

/** What the Electron preload exposes for the view (see electron/preload/view-bridge.ts). */
export interface ViewBridge {
  post(message: ViewMessage): void;
  onMessage(callback: (raw: unknown) => void): () => void;
  /** Open or close the audience window; `external` is true when it went to another display. */
  audience(action: 'open' | 'close'): Promise<{ open: boolean; external: boolean }>;
}

declare global {
  interface Window {
    draftwatchView?: ViewBridge;
  }
}

/** The Electron bridge, when this window runs in the desktop app. */
export function viewBridge(): ViewBridge | null {
  return window.draftwatchView ?? null;
}

/** Messages among the windows that opened the same channel name (same origin only). */
export function broadcastTransport(name: string): ViewTransport {
  const channel = new BroadcastChannel(name);
  return {
    post: (m) => channel.postMessage(m),
    listen: (cb) => {
      const on = (e: MessageEvent) => cb(e.data);
      channel.addEventListener('message', on);
      return () => channel.removeEventListener('message', on);
    },
    close: () => channel.close(),
  };
}

/** Messages through Electron's main process. */
export function bridgeTransport(bridge: ViewBridge): ViewTransport {
  return { post: (m) => bridge.post(m), listen: (cb) => bridge.onMessage(cb), close: () => {} };
}

/** The BroadcastChannel name of a presenter session. */
export const channelName = (session: string) => `draftwatch-view:${session}`;
