/**
 * `DRAFTWATCH_TIMINGS=1 draftwatch compare A B --json`: each phase of the run, as it ends, on
 * stderr in ms since the process started (the import worker's phases too, on the same clock), and
 * the process's CPU time at exit. It shows where the time between Node's start and the exit goes.
 * Without the variable, `mark` returns at once: nothing is measured or written.
 */
import { writeSync } from 'node:fs';

/** On when DRAFTWATCH_TIMINGS is set to anything but "" or "0". */
export const timingsOn = typeof process !== 'undefined' && (process.env.DRAFTWATCH_TIMINGS ?? '0') !== '0' && process.env.DRAFTWATCH_TIMINGS !== '';

/** The clock's zero (epoch ms): this process's start; a worker is given its host's. */
let origin = performance.timeOrigin;
let thread = 'main';

const line = (atMs: number, what: string) => {
  try {
    writeSync(2, `draftwatch timings: ${atMs.toFixed(1).padStart(7)} ms  ${thread.padEnd(6)} ${what}\n`);
  } catch {
    // stderr closed: nothing to report to
  }
};

/** Marks a phase that ends now. */
export function mark(what: string): void {
  if (timingsOn) line(performance.timeOrigin + performance.now() - origin, what);
}

/** What a worker needs to mark on its host's clock (undefined when timings are off). */
export function timingsForWorker(): number | undefined {
  return timingsOn ? origin : undefined;
}

/** Node's own phases before any of our code ran (this thread's start, bootstrap), then ours. */
function nodePhases(): void {
  const t = performance.nodeTiming;
  const shift = performance.timeOrigin - origin;
  line(shift + t.v8Start, 'V8 started');
  line(shift + t.environment, 'Node environment ready');
  line(shift + t.bootstrapComplete, 'Node bootstrap complete (our first module starts loading)');
}

/** In the main thread: Node's phases, and the CPU time at exit. Call once, first thing. */
export function startTimings(): void {
  if (!timingsOn) return;
  nodePhases();
  mark('command line loaded (bin/draftwatch.mjs, out/node/cli.mjs)');
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    mark(`exit: CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (user ${(cpu.user / 1000).toFixed(0)}, system ${(cpu.system / 1000).toFixed(0)}, all threads)`);
  });
}

/** In an import worker given its host's clock: marks go on it, labelled "worker". */
export function startWorkerTimings(hostOrigin: number | undefined): void {
  if (!timingsOn || typeof hostOrigin !== 'number') return;
  origin = hostOrigin;
  thread = 'worker';
  nodePhases();
}
