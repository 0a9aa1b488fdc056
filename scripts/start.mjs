// `npm start`: build if needed, then launch the desktop app on the demo negotiation (or on a
// project named after `--`); where Electron cannot run, start browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, ensureElectron } from './ensure-electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-needed'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const forceWeb = args.includes('--web');
const passArgs = args.filter((a) => a !== '--web');
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (!forceWeb && !noDisplay && ensureElectron()) {
  const child = spawn(electronBinary(), [root, ...passArgs], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (noDisplay && !forceWeb) console.log('No display found for the desktop shell; using browser mode.');
  const child = spawn(process.execPath, [path.join(root, 'out/node/web.mjs'), ...passArgs], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
