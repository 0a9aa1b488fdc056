/**
 * The security rules of the desktop shell, as pure values and functions the tests check: the
 * windows' settings, which senders may call the host, which links may leave the app.
 */
import type { WebPreferences } from 'electron';

/**
 * Settings of the app window, one frozen object: isolated, sandboxed, no Node, no remote content
 * features, no middle-click new windows. Only the preload path is added at run time.
 */
export const APP_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
});

/** Settings of the hidden window that prints an export to PDF: the same, and no JavaScript at all. */
export const PRINT_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  ...APP_WEB_PREFERENCES,
  javascript: false,
  images: true,
});

/** The app window's settings with its preload: a frozen object. */
export function secureWebPreferences(preload: string): Readonly<WebPreferences> {
  return Object.freeze({ ...APP_WEB_PREFERENCES, preload });
}

/**
 * True when an IPC message comes from the app's own page in the main frame of one of its windows,
 * not from a subframe or any other URL.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, rendererIndexUrl: string): boolean {
  if (!frameUrl || !isMainFrame) return false;
  try {
    const u = new URL(frameUrl);
    const expected = new URL(rendererIndexUrl);
    return u.protocol === expected.protocol && u.pathname === expected.pathname && u.host === expected.host;
  } catch {
    return false;
  }
}

/**
 * The web address a link may open in the user's browser (after they confirm), or null: only
 * http and https, with no user name or password in it.
 */
export function externalUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password || !u.hostname) return null;
    return u.href;
  } catch {
    return null;
  }
}

/** A project file named on the command line (the last argument ending in .draftwatch). */
export function projectFromArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const a = argv[i]!;
    if (!a.startsWith('-') && a.toLowerCase().endsWith('.draftwatch')) return a;
  }
  return null;
}
