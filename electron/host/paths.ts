/**
 * Where Draftwatch keeps its files on this machine: the app's own folder (assets), per-user data
 * (recent list, autosaves) and the default folder for new projects. Electron passes its own
 * `app.getPath` values in; browser mode and the CLI use these platform defaults.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';

/** The folder holding package.json and assets/, found by walking up from this module. */
export function findAppRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'assets', 'demo')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`Draftwatch's assets folder was not found above ${from}`);
    dir = up;
  }
}

/** Per-user data folder, following each platform's convention. DRAFTWATCH_USER_DATA overrides it (tests). */
export function defaultUserDataDir(): string {
  if (process.env.DRAFTWATCH_USER_DATA) return process.env.DRAFTWATCH_USER_DATA;
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Draftwatch');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Draftwatch');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'draftwatch');
}

/** Default folder for new projects and exports. DRAFTWATCH_DOCUMENTS overrides it (tests). */
export function defaultDocumentsDir(): string {
  if (process.env.DRAFTWATCH_DOCUMENTS) return process.env.DRAFTWATCH_DOCUMENTS;
  return path.join(os.homedir(), 'Documents', 'Draftwatch');
}
