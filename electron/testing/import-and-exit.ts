/**
 * A process that imports one file through worker-thread isolates, prints its paragraph count and
 * ends: the import-isolate test checks it ends by itself, with its spare worker still idle.
 *   node import-and-exit.mjs WORKER_BUNDLE FILE
 */
import fs from 'node:fs';
import path from 'node:path';
import { isolatedImporter, workerThreadIsolates } from '../host/import-isolate';

const [worker, file] = process.argv.slice(2) as [string, string];
// A spare that would wait ten minutes: only unref'd workers and timers let the process end now.
const importer = isolatedImporter(workerThreadIsolates(worker, 600_000));
const { content } = await importer({ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)), trackedChanges: 'accept' });
process.stdout.write(`${content.blocks.length}\n`);
