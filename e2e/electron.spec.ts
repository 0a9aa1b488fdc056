import { test, expect, _electron as electron } from '@playwright/test';
import { createRequire } from 'node:module';
import fs from 'node:fs';

// The desktop shell itself. Runs only where Electron's binary is installed (it cannot be
// downloaded on every machine); elsewhere it is reported as skipped, with the reason.
const require = createRequire(import.meta.url);
function electronPath(): string | null {
  try {
    const p = require('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}
const binary = electronPath();

test.describe('desktop shell (Electron)', () => {
  test.skip(!binary, 'Electron binary not installed on this machine (download unavailable): desktop shell spec skipped; browser mode covers the same renderer and host services.');

  test('opens one secure window on the demo', async () => {
    const app = await electron.launch({ executablePath: binary!, args: ['.', '--no-sandbox'] });
    try {
      const win = await app.firstWindow();
      await expect(win.getByRole('list', { name: 'Drafts in order' }).locator('.draft-label')).toHaveText(['Zero draft', 'Rev.1', 'Rev.2', 'Final']);
      // No Node in the page, and the bridge is a frozen, context-isolated object.
      const page = await win.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        bridgeFrozen: Object.isFrozen((window as unknown as { draftwatchHost: object }).draftwatchHost),
      }));
      expect(page).toEqual({ require: 'undefined', process: 'undefined', bridgeFrozen: true });
      await win.evaluate(() => window.open('https://example.com'));
      expect(app.windows()).toHaveLength(1);
      // Paths are capabilities: a path the main process did not hand out is refused.
      const replies = await win.evaluate(async () => {
        const host = (window as unknown as { draftwatchHost: Record<string, (...a: unknown[]) => Promise<{ ok: boolean; error?: { name: string } }>> }).draftwatchHost;
        return Promise.all([host.openProject!('/etc/passwd'), host.importFile!({ path: '/etc/passwd' }), host.writeExport!('/tmp/x.html', new Uint8Array([1]))]);
      });
      for (const r of replies) expect(r).toMatchObject({ ok: false, error: { name: 'PathRefusedError' } });
    } finally {
      await app.close();
    }
  });
});
