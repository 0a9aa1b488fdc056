/**
 * `DRAFTWATCH_TIMINGS=1 draftwatch compare A B --json`: each phase of the run, as it ends, on
 * stderr in ms since the process started (the import worker's phases too, on the same clock), and
 * the process's CPU time at exit. It shows where the time between Node's start and the exit goes.
 * On Linux each line also gives the thread's own CPU time so far and the time it spent ready but
 * waiting for a core (/proc/thread-self/schedstat): on a loaded machine the first is what the
 * phase costs, the second what the load added. Without the variable, `mark` returns at once:
 * nothing is measured or written.
 */
import { readFileSync, writeSync } from 'node:fs';
import type { Performance as NodePerformance } from 'node:perf_hooks';

/** On when DRAFTWATCH_TIMINGS is set to anything but "" or "0". */
export const timingsOn = typeof process !== 'undefined' && (process.env.DRAFTWATCH_TIMINGS ?? '0') !== '0' && process.env.DRAFTWATCH_TIMINGS !== '';

/**
 * The clock's zero (epoch ms): this process's start; a worker is given its host's. Read only when
 * timings are on: touching `performance` loads Node's perf_hooks, which `--version` has no use for.
 */
let origin = timingsOn ? performance.timeOrigin : 0;
let thread = 'main';

/** This thread's CPU time and time waiting for a core, in ms, where Linux tells them. */
function threadTimes(): string {
  try {
    const [cpu, waited] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ').map((n) => Number(n) / 1e6);
    return `cpu ${cpu!.toFixed(1).padStart(6)}  waited ${waited!.toFixed(1).padStart(6)}`;
  } catch {
    return '';
  }
}

const line = (atMs: number, what: string, times = threadTimes()) => {
  try {
    writeSync(2, `draftwatch timings: ${atMs.toFixed(1).padStart(7)} ms  ${thread.padEnd(6)} ${times}  ${what}\n`);
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
  const t = (performance as unknown as NodePerformance).nodeTiming;
  const shift = performance.timeOrigin - origin;
  if (thread === 'main') line(shift + t.v8Start, 'V8 started', ''); // a worker's V8 is the process's
  line(shift + t.environment, 'Node environment ready', '');
  line(shift + t.bootstrapComplete, 'Node bootstrap complete (our first module starts loading)', '');
}

/** In the main thread: Node's phases, and the CPU time at exit. Call once, first thing. */
export function startTimings(): void {
  if (!timingsOn) return;
  nodePhases();
  mark('command line loaded (bin/draftwatch.mjs, out/node/cli.mjs)');
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    mark(`exit; process CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (user ${(cpu.user / 1000).toFixed(0)}, system ${(cpu.system / 1000).toFixed(0)}), all threads`);
  });
}

/** In an import worker given its host's clock: marks go on it, labelled "worker". */
export function startWorkerTimings(hostOrigin: number | undefined): void {
  if (!timingsOn || typeof hostOrigin !== 'number') return;
  origin = hostOrigin;
  thread = 'worker';
  nodePhases();
}

/** One line of the timings, read back (the CLI bench's phase table, the tests). */
export interface TimingLine {
  /** ms since the process started. */
  atMs: number;
  thread: string;
  /** The thread's CPU time and time waiting for a core so far, in ms (Linux; not on Node's own phases). */
  cpuMs?: number;
  waitedMs?: number;
  /** The phase that ended, without its details (after a ";"). */
  what: string;
  /** The process's CPU time, all threads, on the exit line. */
  processCpuMs?: number;
}

const LINE = /^draftwatch timings: +([\d.]+) ms {2}(\S+) +(?:cpu +([\d.]+) {2}waited +([\d.]+))? {2}(.*)$/;

/** The timing lines in `stderr` (other lines are left out). */
export function parseTimings(stderr: string): TimingLine[] {
  const lines: TimingLine[] = [];
  for (const text of stderr.split('\n')) {
    const m = LINE.exec(text);
    if (!m) continue;
    const [what, details] = m[5]!.split(/; (.*)/s);
    const cpu = /process CPU (\d+) ms/.exec(details ?? '');
    lines.push({
      atMs: Number(m[1]),
      thread: m[2]!,
      ...(m[3] !== undefined ? { cpuMs: Number(m[3]), waitedMs: Number(m[4]) } : {}),
      what: what!,
      ...(cpu ? { processCpuMs: Number(cpu[1]) } : {}),
    });
  }
  return lines;
}
