/**
 * The command line's import isolate: the worker's program (import-worker.ts, bundled as the
 * CommonJS file import-worker.cjs beside this one, its packages inside) run with V8's code cache
 * (code-cache.ts), so each run of the command does not compile the parsers again. Built as a
 * CommonJS file too: the worker never starts Node's ES module loader for a Word file.
 */
import path from 'node:path';
import { codeCacheDir, runWithCodeCache } from './code-cache';

// pdf.js is imported from here, for a PDF: see runWithCodeCache.
const run = runWithCodeCache(path.join(__dirname, 'import-worker.cjs'), codeCacheDir(), (specifier) => import(specifier));
// After the first file, the parsers it used are compiled: the cache is written with them.
(run.exports as { onJobEnd(listener: () => void): void }).onJobEnd(run.save);
