/**
 * The renderer's handle on the host: Electron's preload bridge when present, otherwise browser
 * mode's loopback server. Both answer with HostReply envelopes, unwrapped here so callers see
 * plain values and errors that keep their name ("ImportError", "ProjectFileError").
 */
import type { HostApi, MenuCommand } from '../../../shared/host/api';
import { HOST_METHODS, type HostMethodName, type HostReply } from '../../../shared/host/methods';
import { decodeWire, encodeWire } from '../../../shared/host/wire';

/** An error raised by the host, carrying the host-side error's name. */
export class HostError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

type Bridge = Record<HostMethodName, (...args: unknown[]) => Promise<HostReply>> & {
  onMenuCommand(cb: (c: MenuCommand, argument?: string) => void): () => void;
  onAssistiveTechnology(cb: (active: boolean) => void): () => void;
};

declare global {
  interface Window {
    draftwatchHost?: Bridge;
  }
}

function unwrap(reply: HostReply): unknown {
  if (reply.ok) return reply.value;
  throw new HostError(reply.error.name, reply.error.message);
}

function electronHost(bridge: Bridge): HostApi {
  const api: Record<string, unknown> = {};
  for (const m of HOST_METHODS) api[m] = async (...args: unknown[]) => unwrap(await bridge[m](...args));
  api.onMenuCommand = (cb: (c: MenuCommand, argument?: string) => void) => bridge.onMenuCommand(cb);
  api.onAssistiveTechnology = (cb: (active: boolean) => void) => bridge.onAssistiveTechnology((active) => cb(active === true));
  return api as unknown as HostApi;
}

const TOKEN_KEY = 'draftwatch-token';

/**
 * Browser mode's secret: the launch address carries it in its fragment (`#token=…`, never sent
 * to any server). It moves to this tab's session storage, so a reload keeps working, and leaves
 * the address bar. It travels only in a request header, never in a cookie.
 */
export function takeToken(location: Pick<Location, 'hash' | 'pathname' | 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'>, replace: (url: string) => void): string {
  const fromHash = /(?:^#|&)token=([0-9a-f]{16,128})(?:&|$)/.exec(location.hash)?.[1];
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash);
    replace(location.pathname + location.search);
  }
  return fromHash ?? storage.getItem(TOKEN_KEY) ?? '';
}

function browserHost(): HostApi {
  const token = takeToken(window.location, window.sessionStorage, (url) => window.history.replaceState(null, '', url));
  const api: Record<string, unknown> = {};
  for (const m of HOST_METHODS) {
    api[m] = async (...args: unknown[]) => {
      let res: Response;
      const body = encodeWire(args);
      for (let attempt = 0; ; attempt++) {
        try {
          res = await fetch(`./api/${m}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Draftwatch-Token': token },
            body,
            credentials: 'omit',
          });
        } catch {
          throw new HostError('HostUnavailable', 'Draftwatch’s local server is not running. Start it again with “npm run web”.');
        }
        // The server answers a few calls at once; the others wait their turn.
        if (res.status !== 503 || attempt >= 20) break;
        await new Promise((r) => setTimeout(r, 200 * (attempt + 1)));
      }
      if (res.status === 403) throw new HostError('HostUnavailable', 'Access to Draftwatch’s local server was refused. Open the address printed when it started.');
      return unwrap(decodeWire(await res.text()) as HostReply);
    };
  }
  // No native menu in a browser: the app's own keyboard shortcuts stand in (see useShortcuts).
  api.onMenuCommand = () => () => {};
  // A web page cannot tell whether a screen reader is running: never called, so the app assumes one may be.
  api.onAssistiveTechnology = () => () => {};
  return api as unknown as HostApi;
}

let host: HostApi | null = null;

/** The host of this window (created once). */
export function getHost(): HostApi {
  host ??= window.draftwatchHost ? electronHost(window.draftwatchHost) : browserHost();
  return host;
}
