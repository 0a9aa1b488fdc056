/**
 * The command line's import isolate: one worker thread with the app's memory cap and time limit
 * parses the files of a command one after the other (a file that fails, or hits a limit, ends
 * its worker and the next file gets a fresh one). It is started as the command begins, so its
 * start overlaps loading the command's code and reading the files.
 */
import { DEFAULT_IMPORT_LIMITS, defaultWorkerEntry, isolatedImporter, workerThreadIsolates, type Importer, type WorkerIsolates } from '../host/import-isolate';

let isolates: WorkerIsolates | null = null;
let importer: Importer | null = null;

function cliIsolates(): WorkerIsolates {
  // The built worker is one CommonJS file with its packages inside (import-worker.cjs: no module
  // resolution, no ES module loader in the worker); pdf.js loads in it only for a PDF (see
  // import-worker.ts): most files here are Word files.
  return (isolates ??= workerThreadIsolates(defaultWorkerEntry('import-worker.cjs'), undefined, { preloadPdf: false, reuse: true }));
}

/** Starts the isolate now, ahead of the first file. */
export function warmImporter(): void {
  cliIsolates().warm(DEFAULT_IMPORT_LIMITS);
}

/** The importer every command reads its files with: one file at a time, in one isolate. */
export function cliImporter(): Importer {
  return (importer ??= isolatedImporter(cliIsolates(), 1));
}
