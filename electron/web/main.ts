/**
 * `npm run web`: start browser mode and print its address. Options: --no-open (only print),
 * --port N, --json (print {"url"} as one JSON line, for scripts and the end-to-end tests),
 * --project FILE (open that project instead of the demo), --root DIR (a folder whose files the
 * app may open and write; repeatable; the home folder when none is given).
 */
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { createHostServices } from '../host/services';
import { defaultDocumentsDir, defaultUserDataDir, findAppRoot } from '../host/paths';
import { startWebServer } from './server';
import { APP_VERSION } from '../host/version';
import { confinedPaths } from '../host/path-policy';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const portArg = args.indexOf('--port');
// A project to open instead of the demo: `--project FILE`, or a lone *.draftwatch argument.
const projectArg = args.indexOf('--project');
const startupFile = projectArg >= 0 ? args[projectArg + 1] : args.find((a) => a.toLowerCase().endsWith('.draftwatch'));

const roots = args.flatMap((a, i) => (a === '--root' && args[i + 1] ? [path.resolve(args[i + 1]!)] : []));
const userDataDir = defaultUserDataDir();
const paths = confinedPaths({ roots: roots.length ? roots : [os.homedir()], granted: startupFile ? [path.resolve(startupFile)] : [], denied: [userDataDir] });

const appRoot = findAppRoot();
const services = createHostServices({
  paths,
  appRoot,
  userDataDir,
  documentsDir: defaultDocumentsDir(),
  mode: 'browser',
  version: APP_VERSION,
  startupFile: startupFile ? path.resolve(startupFile) : null,
});
const server = await startWebServer({
  services,
  staticDir: path.join(appRoot, 'out', 'renderer'),
  port: portArg >= 0 ? Number(args[portArg + 1]) : 0,
});

if (flag('--json')) {
  console.log(JSON.stringify({ url: server.url, port: server.port }));
} else {
  console.log(`Draftwatch is running in browser mode at ${server.url}`);
  console.log(`It opens and saves files only inside ${paths.roots.join(', ')} (add folders with --root DIR).`);
  console.log('Keep this window open while you work; press Ctrl+C to stop.');
}
if (!flag('--no-open') && !flag('--json')) openInBrowser(server.url);

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function openInBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const cmdArgs = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  const child = spawn(cmd, cmdArgs, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('(Could not open a browser by itself: open the address above in Chromium, Chrome, Edge or Firefox.)'));
  child.unref();
}
