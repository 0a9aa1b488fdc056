/**
 * The security rules of the desktop shell, as pure functions the tests call: which window
 * settings, which senders may call the host, which navigations are allowed (none).
 */
import type { WebPreferences } from 'electron';

/** Settings of every window: isolated, sandboxed, no Node, no remote content features. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
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

/** A project file named on the command line (the last argument ending in .draftwatch). */
export function projectFromArgv(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 1; i--) {
    const a = argv[i]!;
    if (!a.startsWith('-') && a.toLowerCase().endsWith('.draftwatch')) return a;
  }
  return null;
}
