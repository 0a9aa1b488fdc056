/**
 * The audience window: in the desktop app, a window main places on the external display (see
 * electron/main/presenter-windows.ts); in browser mode, a second window of the app on the same
 * origin (so the same token cookie) that follows this one over its BroadcastChannel.
 */
import { useEffect, useState } from 'react';
import { viewBridge } from '../view/transport';
import { presenterSession, viewLink } from '../view/view';

let popup: Window | null = null;

/** The address of the audience view of this tab's session. */
export function audienceUrl(): string {
  return `${location.origin}${location.pathname}?view=audience&session=${presenterSession()}`;
}

/** Open the audience window (or bring it forward); false when the browser blocked it. */
export async function openAudienceWindow(): Promise<boolean> {
  const bridge = viewBridge();
  if (bridge) return (await bridge.audience('open')).open;
  if (popup && !popup.closed) {
    popup.focus();
    return true;
  }
  popup = window.open(audienceUrl(), `draftwatch-audience-${presenterSession()}`, 'popup,width=1280,height=720');
  return popup !== null;
}

export function closeAudienceWindow(): void {
  const bridge = viewBridge();
  if (bridge) void bridge.audience('close').catch(() => {});
  popup?.close();
  popup = null;
}

/** How many audience windows follow this one (they announce themselves, and say goodbye when closed). */
export function useAudienceCount(): number {
  const link = viewLink();
  const [count, setCount] = useState(() => link.audienceCount());
  useEffect(() => {
    setCount(link.audienceCount());
    const off = link.onAudience(setCount);
    // A browser window closed without a goodbye (crashed, killed) is noticed here.
    const poll = setInterval(() => {
      if (popup?.closed) {
        popup = null;
        link.forgetAudience();
      }
    }, 1000);
    return () => {
      off();
      clearInterval(poll);
    };
  }, [link]);
  return count;
}
