/**
 * Comparison engine benchmark: engine time (align + word diff) for 400 and 4,000 paragraphs
 * (median after a warm-up, each size in its own process; targets ≤ 10 ms and ≤ 60 ms), growth for
 * 10× the text, peak RSS growth; `git diff --no-index --word-diff` on the same texts, whole
 * process (the parity peer: it finds no moves), and the engine's ratio to it; and the same
 * comparison by jsdiff `diffWords` and diff-match-patch (default settings, character diff of the
 * whole text), each in a worker that is stopped at a time limit.
 *
 * Run: npx tsx bench/compare.bench.ts   (BENCH_PEER_LIMIT_S sets the peers' limit, default 10)
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { fork, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDrafts } from '../shared/compare';
import { isParagraph, printedParagraph, type Draft } from '../shared/model/draft';
import { generatePair, links, linkScore, type GeneratedPair } from '../shared/testing/generator';
import { benchDir } from './lib/files';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

/** Same warm-up and runs for every size, so the growth ratio compares like with like. */
const warmup = (_n: number): number => 20;
const runs = (_n: number): number => 15;
const PEER_LIMIT_S = Number(process.env.BENCH_PEER_LIMIT_S ?? 10);
const MB = 1024 * 1024;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Median and minimum time of a comparison, after a warm-up; and the median CPU time of the
 * process over each comparison (user + system: on a loaded machine it grows less than the wall
 * time, which also counts the time other processes held the cores).
 */
function engineTime(g: GeneratedPair): { median: number; min: number; cpu: number } {
  const n = g.base.blocks.filter(isParagraph).length;
  for (let i = 0; i < warmup(n); i++) compareDrafts(g.base, g.target);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs(n); i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    compareDrafts(g.base, g.target);
    times.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { median: median(times), min: Math.min(...times), cpu: median(cpu) };
}

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Float64Array(workerData);
setInterval(() => { const r = process.memoryUsage.rss(); if (r > peak[0]) peak[0] = r; }, 1);
`;

/**
 * Memory one comparison takes: the process's peak RSS while it runs (sampled every millisecond
 * by a worker, since the comparison blocks this thread) above the RSS of a collected heap
 * before, and the heap growth right after.
 */
async function engineMemory(g: GeneratedPair): Promise<{ heap: number; peakRss: number }> {
  const shared = new SharedArrayBuffer(8);
  const peak = new Float64Array(shared);
  const sampler = new Worker(SAMPLER, { eval: true, workerData: shared });
  await new Promise((r) => setTimeout(r, 50));
  gc?.();
  const before = process.memoryUsage();
  peak[0] = before.rss;
  const result = compareDrafts(g.base, g.target);
  const after = process.memoryUsage();
  await new Promise((r) => setTimeout(r, 5));
  await sampler.terminate();
  if (!result.changes.length) throw new Error('empty comparison');
  return { heap: (after.heapUsed - before.heapUsed) / MB, peakRss: (Math.max(peak[0]!, after.rss) - before.rss) / MB };
}

interface SizeResult {
  median: number;
  min: number;
  cpu: number;
  heap: number;
  peakRss: number;
  maxRss: number;
}

/**
 * Measures one size in a fresh process: memory of the first (cold) comparison, where RSS growth
 * is not hidden by earlier runs, then times after a warm-up. One process per size keeps the
 * sizes from sharing a heap (and its collections).
 */
function measureSize(n: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--size', String(n)], { execArgv: process.execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve(m as SizeResult));
    child.once('error', reject);
  });
}

const wholeText = (d: Draft): string => d.blocks.filter(isParagraph).map(printedParagraph).join('\n\n');

const PEER = `
const { parentPort, workerData } = require('node:worker_threads');
const { a, b, peer, modules } = workerData;
const t = performance.now();
let equal = 0;
if (peer === 'jsdiff') {
  const { diffWords } = require(modules.diff);
  for (const part of diffWords(a, b)) if (!part.added && !part.removed) equal += part.value.length;
} else {
  const DMP = require(modules.dmp);
  const dmp = new DMP();
  for (const [op, text] of dmp.diff_main(a, b)) if (op === 0) equal += text.length;
}
parentPort.postMessage({ ms: performance.now() - t, equal });
`;

const requireHere = createRequire(import.meta.url);
const modules = { diff: requireHere.resolve('diff'), dmp: requireHere.resolve('diff-match-patch') };

/** Runs a peer diff in a worker; resolves with its time, or null when it ran over the limit. */
function peerRun(peer: 'jsdiff' | 'dmp', a: string, b: string): Promise<{ ms: number; equal: number } | null> {
  return new Promise((resolve, reject) => {
    const w = new Worker(PEER, { eval: true, workerData: { a, b, peer, modules } });
    const timer = setTimeout(() => {
      void w.terminate();
      resolve(null);
    }, PEER_LIMIT_S * 1000);
    w.once('message', (m: { ms: number; equal: number }) => {
      clearTimeout(timer);
      void w.terminate();
      resolve(m);
    });
    w.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

/** Characters a good diff keeps equal: the engine's own unchanged text, for comparison. */
function engineEqualChars(g: GeneratedPair): number {
  let n = 0;
  for (const c of compareDrafts(g.base, g.target).changes) {
    if (c.kind === 'unchanged') n += g.target.blocks[c.target[0]!.index]!.text.length;
    else for (const [op, t] of c.diff ?? []) if (op === '=') n += t.length;
  }
  return n;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0));

async function main(): Promise<void> {
  console.log(
    `compare.bench: engine vs jsdiff/diff-match-patch (gc ${gc ? 'exposed' : 'not available'}, peers limited to ${PEER_LIMIT_S} s, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );
  const sizes = [400, 4000];
  const pairs = sizes.map((n) => generatePair(2024, n));
  const measured: SizeResult[] = [];
  for (const [i, g] of pairs.entries()) {
    const n = sizes[i]!;
    const mem = await measureSize(n);
    measured.push(mem);
    const { median: ms, min } = mem;
    const f1 = linkScore(links(compareDrafts(g.base, g.target).changes), links(g.truth)).f1;
    const target = n === 400 ? 10 : 60;
    console.log(
      `engine ${n} paragraphs: median ${fmt(ms)} ms (min ${fmt(min)}, process cpu median ${fmt(mem.cpu)} ms) [target ≤ ${target} ms: ${ms <= target ? 'met' : 'MISSED'}]` +
        `, fresh process: peak rss +${mem.peakRss.toFixed(1)} MB (max rss ${mem.maxRss.toFixed(0)} MB), heap +${mem.heap.toFixed(1)} MB${n === 4000 ? ` [target ≤ 300 MB: ${mem.peakRss <= 300 ? 'met' : 'MISSED'}]` : ''}, alignment F1 ${f1.toFixed(4)}`,
    );
  }
  const growth = measured[1]!.median / measured[0]!.median;
  const growthMin = measured[1]!.min / measured[0]!.min;
  console.log(`growth 400 → 4,000: ${growth.toFixed(1)}× of medians, ${growthMin.toFixed(1)}× of minimums [target ≤ 12×: ${growth <= 12 ? 'met' : 'MISSED'}]`);
  console.log(`process rss after engine runs: ${(process.memoryUsage().rss / MB).toFixed(0)} MB`);
  gitPeer(pairs, measured);
  for (const [i, g] of pairs.entries()) {
    const a = wholeText(g.base);
    const b = wholeText(g.target);
    const good = engineEqualChars(g);
    for (const peer of ['jsdiff', 'dmp'] as const) {
      const r = await peerRun(peer, a, b);
      const name = peer === 'jsdiff' ? 'jsdiff diffWords' : 'diff-match-patch diff_main (default 1 s timeout)';
      console.log(
        `${name}, ${sizes[i]} paragraphs (${(a.length / 1000).toFixed(0)}k chars): ` +
          (r ? `${fmt(r.ms)} ms, text kept equal ${((100 * r.equal) / a.length).toFixed(1)}% (engine ${((100 * good) / a.length).toFixed(1)}%)` : `over ${PEER_LIMIT_S} s`),
      );
    }
  }
}

/**
 * `git diff --no-index --word-diff` on the same two texts, whole process, each size: what a
 * reader of git's word diff waits for (git finds no moves, splits or merges).
 */
function gitPeer(pairs: GeneratedPair[], measured: SizeResult[]): void {
  if (spawnSync('git', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('git diff --word-diff: not measured (git is missing)');
    return;
  }
  const dir = benchDir('git-peer-v1');
  pairs.forEach((g, i) => {
    const n = g.base.blocks.filter(isParagraph).length;
    const a = path.join(dir, `base-${n}.txt`);
    const b = path.join(dir, `target-${n}.txt`);
    fs.writeFileSync(a, wholeText(g.base) + '\n');
    fs.writeFileSync(b, wholeText(g.target) + '\n');
    const args = ['diff', '--no-index', '--no-color', '--word-diff', a, b];
    const run = (): number => {
      const t = performance.now();
      const r = spawnSync('git', args, { stdio: ['ignore', 'ignore', 'ignore'] });
      if (r.status !== 1) throw new Error(`git diff exited with ${r.status}`);
      return performance.now() - t;
    };
    run();
    const times = Array.from({ length: 7 }, run);
    const git = median(times);
    const engine = measured[i]!.median;
    console.log(
      `git diff --no-index --word-diff, ${n} paragraphs, whole process: median ${fmt(git)} ms (min ${fmt(Math.min(...times))}); ` +
        `engine median ${fmt(engine)} ms is ${(engine / git).toFixed(2)}× git's time${n === 4000 ? ` [parity: ${engine <= git ? 'met' : 'MISSED'}]` : ''}`,
    );
  });
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  const g = generatePair(2024, Number(process.argv[sizeArg + 1]));
  void engineMemory(g).then((m) => {
    const result: SizeResult = { ...m, maxRss: process.resourceUsage().maxRSS / 1024, ...engineTime(g) };
    process.send?.(result);
    process.exit(0);
  });
} else void main();
