// Builds everything that runs: the renderer (Vite) into out/renderer, and the Node entry points
// (Electron main and preload, browser-mode server, command line) with esbuild into out/.
// `--if-needed` skips the build when out/ is newer than every source file.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliBuildOptions, cliWorkerBuildOptions } from './cli-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'out');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (!/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

if (process.argv.includes('--if-needed') && fs.existsSync(path.join(out, 'stamp'))) {
  const built = fs.statSync(path.join(out, 'stamp')).mtimeMs;
  const sources = Math.max(...['shared', 'electron', 'renderer'].map((d) => newestMtime(path.join(root, d))), fs.statSync(path.join(root, 'package.json')).mtimeMs);
  if (built > sources) process.exit(0);
}

const started = Date.now();
fs.rmSync(out, { recursive: true, force: true });

await vite({ configFile: path.join(root, 'vite.renderer.config.ts'), logLevel: 'warn' });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  packages: 'external',
  define: { __DRAFTWATCH_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};
await Promise.all([
  esbuild({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], outfile: path.join(out, 'electron/main.mjs'), format: 'esm' }),
  // A sandboxed preload must be one CommonJS file that requires nothing but electron.
  esbuild({ ...common, packages: undefined, external: ['electron'], entryPoints: [path.join(root, 'electron/preload/preload.ts')], outfile: path.join(out, 'electron/preload.cjs'), format: 'cjs' }),
  esbuild({ ...common, entryPoints: [path.join(root, 'electron/web/main.ts')], outfile: path.join(out, 'node/web.mjs'), format: 'esm' }),
  esbuild(cliBuildOptions(root, path.join(out, 'node'), pkg.version)),
  ...cliWorkerBuildOptions(root, path.join(out, 'node'), pkg.version).map((options) => esbuild(options)),
  // Imports run in an isolate (worker thread or Electron utility process) loading this file.
  esbuild({ ...common, entryPoints: [path.join(root, 'electron/host/import-worker.ts')], outfile: path.join(out, 'node/import-worker.mjs'), format: 'esm' }),
]);
fs.writeFileSync(path.join(out, 'stamp'), new Date().toISOString());
console.log(`Built Draftwatch ${pkg.version} into out/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
