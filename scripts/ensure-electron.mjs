// Makes sure Electron's binary is present, fetching it with Electron's own installer when it is
// not (installs skip dependency scripts: see .npmrc). Exits 0 when the desktop shell can run,
// 1 (after one line saying so) when it cannot, so callers fall back to browser mode.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinary() {
  try {
    const p = require('electron');
    return typeof p === 'string' ? p : null;
  } catch {
    return null;
  }
}

export function ensureElectron({ quiet = false } = {}) {
  if (electronBinary()) return true;
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    if (!quiet) console.log('Desktop shell unavailable (ELECTRON_SKIP_BINARY_DOWNLOAD is set); using browser mode.');
    return false;
  }
  let installer;
  try {
    installer = require.resolve('electron/install.js');
  } catch {
    if (!quiet) console.log('Desktop shell unavailable (the electron package is not installed); using browser mode.');
    return false;
  }
  const r = spawnSync(process.execPath, [installer], { stdio: 'pipe', timeout: 300_000 });
  if (r.status === 0 && electronBinary()) return true;
  if (!quiet) console.log("Desktop shell unavailable (Electron's binary could not be downloaded on this machine); using browser mode.");
  return false;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureElectron() ? 0 : 1);
