/**
 * Imports run off the host's thread, in an isolate with a memory cap and a time limit, one isolate
 * per file (the command line: one per command, replaced after a failure). A hostile document (deeply nested XML, a zip bomb, a pathological PDF) can then only
 * end its own isolate: the host keeps answering and never dies, and the user gets one sentence.
 * The isolate is a worker thread here (browser mode, the command line); the desktop app plugs in
 * an Electron utility process through the same IsolateFactory (electron/main/import-process.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { ImportError } from '../../shared/import/types';
import type { FromIsolate, ImportJob, ImportOutcome, ToIsolate } from './import-protocol';
import { mark, timingsForWorker } from './timings';

/** Limits of one import. */
export interface ImportLimits {
  /** Heap cap of the isolate (V8 old generation), in MB. */
  memoryMb: number;
  /**
   * Parsing may take `baseMs`, plus `msPerMb` for each MB of work (the file's size, times how
   * much its format usually expands: see WORK_FACTOR); each step of progress it reports (a
   * page, a hundred paragraphs) allows `baseMs` more from then; never more than `maxMs` in all.
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
  /**
   * The import ended well. A factory that reuses isolates (the command line's: the files of one
   * command share one) keeps this one for the next file; otherwise the same as kill().
   */
  release?(): void;
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
      // An isolate that failed, ran out of time or memory is never used again.
      if (!error && channel?.release) channel.release();
      else channel?.kill();
      if (error) reject(error);
      else resolve(outcome!);
    };
    let startedAt = 0;
    let deadline = 0;
    let lastFraction = 0;
    const stalled = (ms: number) => `${job.name} took longer than ${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s to read and was stopped: it may be damaged, or made to stall the importer.`;
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
          startedAt = Date.now();
          deadline = startedAt + parseMs;
          clock(parseMs, stalled(parseMs));
          return;
        case 'progress':
          options.onProgress?.(m.fraction);
          // Work that moves on (a long PDF page by page) earns time: another base allowance
          // from now, within the overall cap. A file that stalls on one step gets none.
          if (m.fraction > lastFraction && startedAt > 0) {
            lastFraction = m.fraction;
            const extended = Math.min(startedAt + limits.maxMs, Date.now() + limits.baseMs);
            if (extended > deadline) {
              deadline = extended;
              clock(deadline - Date.now(), stalled(deadline - startedAt));
            }
          }
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
 * The worker's code: `built` (import-worker.mjs unless named) beside the running bundle
 * (out/node/). When running from TypeScript sources (tests, tsx) there is no bundle: the entry is
 * bundled once per process with esbuild (a development dependency, present wherever sources run)
 * next to the sources' own node_modules, so tests run the same bundled worker the app does.
 */
export function defaultWorkerEntry(built = 'import-worker.mjs'): Promise<string> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) {
    // out/node/import-worker.mjs, whether this code is in out/node/web.mjs or in a chunk of the
    // command line's split bundle (out/node/cli-chunks/).
    const dir = path.dirname(fileURLToPath(here));
    const candidates = [path.join(dir, built), path.join(dir, '..', built), path.join(dir, '..', 'node', built)];
    return Promise.resolve(candidates.find((f) => existsSync(f)) ?? candidates[0]!);
  }
  // Loaded only here: the built app and command line never need esbuild or node:crypto for it.
  return import('./dev-bundle').then((m) => m.bundleFromSources(fileURLToPath(new URL('./import-worker.ts', here))));
}

/** How long a spare worker waits for the next import before it is stopped. */
const SPARE_IDLE_MS = 30_000;

/** A worker thread and where its events go once an import owns it. */
interface Slot {
  worker: Worker;
  ended: boolean;
  onMessage?: (m: FromIsolate) => void;
  onEnd?: (why: 'memory' | 'crash', detail: string) => void;
}

/** How worker-thread isolates are run. */
export interface WorkerIsolateOptions {
  /** Load pdf.js as soon as an isolate starts (the default), or only when its file is a PDF. */
  preloadPdf?: boolean;
  /**
   * Keep an isolate whose import ended well for the next import, instead of a fresh one per file
   * (the command line: the files of one command are one person's set, and a second isolate would
   * cost its start again). One that failed, hit a limit or was stopped is never used again.
   */
  reuse?: boolean;
}

/** Worker-thread isolates; `warm` starts one now, ahead of the first import. */
export type WorkerIsolates = IsolateFactory & { warm(limits?: ImportLimits): void };

/**
 * Isolates as worker threads with V8 resource limits, running `entry` (the worker's bundle).
 * By default each import gets a fresh worker, never one another file has used; a spare is
 * started ahead, so the next import does not wait for a worker to load, and stopped when none
 * comes. With `reuse`, the worker that imported a file well is the spare for the next one.
 */
export function workerThreadIsolates(entry: string | Promise<string> = defaultWorkerEntry(), spareIdleMs = SPARE_IDLE_MS, options: WorkerIsolateOptions = {}): WorkerIsolates {
  const file = Promise.resolve(entry);
  let spare: { slot: Promise<Slot>; key: number; timer: ReturnType<typeof setTimeout> } | null = null;

  // node:worker_threads is loaded with the first isolate: a command that reads no file (the command
  // line's --version, --help) never loads it.
  const start = (limits: ImportLimits): Promise<Slot> =>
    Promise.all([file, import('node:worker_threads')]).then(([f, { Worker }]) => {
      const worker = new Worker(pathToFileURL(f), {
        workerData: { preloadPdf: options.preloadPdf ?? true, timings: timingsForWorker() },
        resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 48, stackSizeMb: 8 },
      });
      mark('import worker created');
      const slot: Slot = { worker, ended: false };
      const end = (why: 'memory' | 'crash', detail: string) => {
        if (slot.ended) return;
        slot.ended = true;
        slot.onEnd?.(why, detail);
      };
      worker.on('message', (m: FromIsolate) => slot.onMessage?.(m));
      worker.on('error', (e: Error & { code?: string }) => end(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', e.message));
      worker.on('exit', (code) => end('crash', `exit code ${code}`));
      return slot;
    });

  const stop = (slot: Slot) => {
    slot.ended = true;
    void slot.worker.terminate();
  };

  /** Makes `slot` the spare (stopping the one before), idle until taken or stopped after spareIdleMs. */
  const keepSpare = (slot: Promise<Slot>, key: number) => {
    dropSpare();
    // An idle spare never keeps the process alive (the command line exits when done).
    slot.then((s) => s.worker.unref(), () => {});
    const timer = setTimeout(() => spare?.slot === slot && dropSpare(), spareIdleMs);
    timer.unref?.();
    spare = { slot, key, timer };
  };
  const dropSpare = () => {
    if (!spare) return;
    clearTimeout(spare.timer);
    void spare.slot.then(stop, () => {});
    spare = null;
  };

  /** A fresh (or, with `reuse`, a well-used) worker for `limits`: the spare if it fits and is alive, else a new one. */
  const take = async (limits: ImportLimits): Promise<Slot> => {
    let next: Promise<Slot>;
    if (spare && spare.key === limits.memoryMb) {
      clearTimeout(spare.timer);
      next = spare.slot;
      spare = null;
    } else {
      dropSpare();
      next = start(limits);
    }
    if (!options.reuse) keepSpare(start(limits), limits.memoryMb);
    const chosen = await next;
    if (chosen.ended) return start(limits);
    chosen.worker.ref();
    return chosen;
  };

  const factory: IsolateFactory = (limits) => {
    let slot: Slot | null = null;
    let killed = false;
    const queue: ToIsolate[] = [];
    const messageListeners: ((m: FromIsolate) => void)[] = [];
    let exitListener: ((why: 'memory' | 'crash', detail: string) => void) | null = null;
    take(limits).then(
      (s) => {
        if (killed) return stop(s);
        slot = s;
        s.onMessage = (m) => messageListeners.forEach((l) => l(m));
        s.onEnd = (why, detail) => {
          if (!killed) exitListener?.(why, detail);
        };
        for (const m of queue.splice(0)) s.worker.postMessage(m);
      },
      (e: unknown) => exitListener?.('crash', `the import worker could not be found (${e instanceof Error ? e.message : String(e)})`),
    );
    return {
      send(m) {
        if (slot) slot.worker.postMessage(m);
        else queue.push(m);
      },
      onMessage: (l) => void messageListeners.push(l),
      onExit: (l) => (exitListener = l),
      kill() {
        killed = true;
        if (slot) stop(slot);
      },
      release() {
        killed = true;
        if (!slot) return;
        if (!options.reuse || slot.ended) return stop(slot);
        slot.onMessage = undefined;
        slot.onEnd = undefined;
        keepSpare(Promise.resolve(slot), limits.memoryMb);
      },
    };
  };
  return Object.assign(factory, {
    warm(limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
      if (!spare || spare.key !== limits.memoryMb) keepSpare(start(limits), limits.memoryMb);
    },
  });
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
