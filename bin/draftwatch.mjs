#!/usr/bin/env node
// The draftwatch command. The code lives in out/node/cli.mjs, built by `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../out/node/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  console.error('draftwatch: not built yet. Run "npm run build" in the Draftwatch folder first.');
  process.exit(1);
}
const { main } = await import(pathToFileURL(cli).href);
process.exitCode = await main(process.argv.slice(2));
