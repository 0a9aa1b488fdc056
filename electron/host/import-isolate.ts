/**
 * Imports run off the host's thread, in an isolate with a memory cap and a time limit, one isolate
 * per file. A hostile document (deeply nested XML, a zip bomb, a pathological PDF) can then only
 * end its own isolate: the host keeps answering and never dies, and the user gets one sentence.
 * The isolate is a worker thread here (browser mode, the command line); the desktop app plugs in
 * an Electron utility process through the same IsolateFactory (electron/main/import-process.ts).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleFromSources } from './dev-bundle';
import { ImportError } from '../../shared/import/types';
import type { FromIsolate, ImportJob, ImportOutcome, ToIsolate } from './import-protocol';

/** Limits of one import. */
export interface ImportLimits {
  /** Heap cap of the isolate (V8 old generation), in MB. */
  memoryMb: number;
  /**
   * Parsing may take `baseMs`, plus `msPerMb` for each MB of work (the file's size, times how
   * much its format usually expands: see WORK_FACTOR), and never more than `maxMs`.
   */
  baseMs: number;
  msPerMb: number;
  maxMs: number;
  /** Time the isolate may take to load before parsing starts (not counted in the above). */
  startupMs: number;
}

/**
 * Defaults. A 400-paragraph PDF parses in under a second, a 20 MB paragraph in a few seconds and
 * about 30 times its size in memory; so 3 s for a small file is generous, while a small file made
 * to stall the importer is stopped well within 5 s.
 */
export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  memoryMb: 2048,
  baseMs: 3000,
  msPerMb: 1000,
  maxMs: 300_000,
  startupMs: 60_000,
});

/**
 * How many times its size a file's text usually is, by extension (judged from the name alone:
 * the host never parses the bytes). A DOCX is zipped XML; a PDF's page content is compressed.
 */
const WORK_FACTOR: Readonly<Record<string, number>> = { docx: 10, pdf: 4 };

/** How long parsing a file of `bytes` bytes named `name` may take under `limits`. */
export function timeLimitMs(limits: ImportLimits, bytes: number, name = ''): number {
  const factor = WORK_FACTOR[name.split('.').pop()?.toLowerCase() ?? ''] ?? 1;
  return Math.min(limits.maxMs, Math.round(limits.baseMs + (limits.msPerMb * bytes * factor) / (1024 * 1024)));
}

/** A running isolate, whichever kind. */
export interface IsolateChannel {
  send(message: ToIsolate): void;
  onMessage(listener: (message: FromIsolate) => void): void;
  /** The isolate ended by itself: out of memory, or a crash. */
  onExit(listener: (why: 'memory' | 'crash', detail: string) => void): void;
  kill(): void;
}

/** Starts an isolate with the given limits. */
export type IsolateFactory = (limits: ImportLimits) => IsolateChannel;

export interface IsolatedImportOptions {
  limits?: ImportLimits;
  onProgress?: (fraction: number) => void;
  /** Parsing began (the isolate has loaded): the time limit counts from here. */
  onStarted?: () => void;
}

const oneLine = (text: string): string => text.replace(/\s*\n[\s\S]*$/, '').trim();

/** Import one file in a fresh isolate; every failure is an ImportError of one sentence. */
export function importInIsolate(spawn: IsolateFactory, job: ImportJob, options: IsolatedImportOptions = {}): Promise<ImportOutcome> {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  const parseMs = timeLimitMs(limits, job.bytes.byteLength, job.name);
  return new Promise<ImportOutcome>((resolve, reject) => {
    let settled = false;
    let channel: IsolateChannel | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (error: Error | null, outcome?: ImportOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      channel?.kill();
      if (error) reject(error);
      else resolve(outcome!);
    };
    const clock = (ms: number, message: string) => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(new ImportError(message)), ms);
    };
    try {
      channel = spawn(limits);
    } catch (e) {
      finish(new ImportError(`${job.name} could not be read: the importer could not start (${oneLine(e instanceof Error ? e.message : String(e))}).`));
      return;
    }
    clock(limits.startupMs, `${job.name} was not imported: the importer did not start within ${Math.round(limits.startupMs / 1000)} s.`);
    channel.onMessage((m) => {
      switch (m.type) {
        case 'started':
          options.onStarted?.();
          clock(parseMs, `${job.name} took longer than ${(parseMs / 1000).toFixed(parseMs < 10_000 ? 1 : 0)} s to read and was stopped: it may be damaged, or made to stall the importer.`);
          return;
        case 'progress':
          options.onProgress?.(m.fraction);
          return;
        case 'done':
          finish(null, m.outcome);
          return;
        case 'failed':
          finish(
            m.error.name === 'ImportError'
              ? new ImportError(oneLine(m.error.message))
              : new ImportError(`${job.name} could not be read: ${oneLine(m.error.message).replace(/[.\s]+$/, '').slice(0, 160)}.`),
          );
          return;
      }
    });
    channel.onExit((why, detail) =>
      finish(
        new ImportError(
          why === 'memory'
            ? `${job.name} needed more than ${limits.memoryMb} MB of memory to read and was stopped: it may be damaged, or made to exhaust memory.`
            : `${job.name} could not be read: the importer stopped unexpectedly (${oneLine(detail) || 'no reason given'}).`,
        ),
      ),
    );
    channel.send({ type: 'job', job });
  });
}

/**
 * The worker's code: `import-worker.mjs` beside the running bundle (out/node/). When running from
 * TypeScript sources (tests, tsx) there is no bundle: the entry is bundled once per process with
 * esbuild (a development dependency, present wherever sources run) next to the sources' own
 * node_modules, so tests run the same bundled worker the app does.
 */
export function defaultWorkerEntry(): Promise<string> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return Promise.resolve(path.join(path.dirname(fileURLToPath(here)), 'import-worker.mjs'));
  return bundleFromSources(fileURLToPath(new URL('./import-worker.ts', here)));
}

/** Isolates as worker threads with V8 resource limits, running `entry` (the worker's bundle). */
export function workerThreadIsolates(entry: string | Promise<string> = defaultWorkerEntry()): IsolateFactory {
  const file = Promise.resolve(entry);
  return (limits) => {
    const resourceLimits = { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 48, stackSizeMb: 8 };
    let worker: Worker | null = null;
    let killed = false;
    let failure: Error | null = null;
    const queue: ToIsolate[] = [];
    const messageListeners: ((m: FromIsolate) => void)[] = [];
    let exitListener: ((why: 'memory' | 'crash', detail: string) => void) | null = null;
    file.then(
      (f) => {
        if (killed) return;
        const w = new Worker(pathToFileURL(f), { resourceLimits, stdout: true, stderr: true });
        worker = w;
        // A worker's stray console output must not reach the host's (the CLI prints JSON on stdout).
        w.stdout.resume();
        w.stderr.resume();
        w.on('message', (m: FromIsolate) => messageListeners.forEach((l) => l(m)));
        w.on('error', (e: Error & { code?: string }) => {
          failure = e;
          if (!killed) exitListener?.(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', e.message);
        });
        w.on('exit', (code) => {
          if (!killed && !failure) exitListener?.('crash', `exit code ${code}`);
        });
        for (const m of queue.splice(0)) w.postMessage(m);
      },
      (e: unknown) => exitListener?.('crash', `the import worker could not be found (${e instanceof Error ? e.message : String(e)})`),
    );
    return {
      send(m) {
        if (worker) worker.postMessage(m);
        else queue.push(m);
      },
      onMessage: (l) => void messageListeners.push(l),
      onExit: (l) => (exitListener = l),
      kill() {
        killed = true;
        void worker?.terminate();
      },
    };
  };
}

/** An importer that runs at most `concurrency` isolates at once, queueing the rest. */
export function isolatedImporter(spawn: IsolateFactory, concurrency = 2, limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (job: ImportJob, onProgress?: (fraction: number) => void): Promise<ImportOutcome> => {
    if (running >= concurrency) await new Promise<void>((go) => waiting.push(go));
    running++;
    try {
      return await importInIsolate(spawn, job, { limits, ...(onProgress ? { onProgress } : {}) });
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
}

/** The import function the host services and the command line call. */
export type Importer = ReturnType<typeof isolatedImporter>;
