/**
 * The command line, whole process: `node bin/draftwatch.mjs compare A B --json` on a
 * 400-paragraph DOCX pair (made by LibreOffice from a generated revision), from start to exit.
 * Its peer in the same run: LibreOffice's Compare Document on the same pair, the compare step
 * alone (soffice started and the document loaded beforehand, through Python-UNO). Also: Node's
 * own start, `--version`, and the same compare through `npx`; then where the compare's time goes,
 * phase by phase (DRAFTWATCH_TIMINGS=1: wall clock, and each thread's own CPU time and time spent
 * waiting for a core, which tell a phase's cost from the machine's load).
 * Target: at least 5× faster than LibreOffice. Run after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTimings, type TimingLine } from '../electron/host/timings';
import { generatePair } from '../shared/testing/generator';
import { benchDir, fmt, median, processMs, toDocx, unoPython, writeTexts } from './lib/files';

const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 9);
const LO_RUNS = Number(process.env.BENCH_LO_RUNS ?? 5);

if (!fs.existsSync('out/node/cli.mjs')) {
  console.log('cli: not built (run npm run build first)');
  process.exit(0);
}

const dir = benchDir('docx-400-v1');
const g = generatePair(2024, 400);
const texts = writeTexts(dir, [
  { name: 'base', draft: g.base, symbol: 'A/AC.1/2026/CRP.1' },
  { name: 'target', draft: g.target, symbol: 'A/AC.1/2026/CRP.1/Rev.1' },
]);
const docx = toDocx(dir, texts);
if (!docx) {
  console.log('cli: LibreOffice (soffice) is missing, so there is no DOCX pair to compare; LibreOffice compare: not measured.');
  process.exit(0);
}
const [a, b] = docx as [string, string];

function runs(label: string, cmd: string, args: string[], n = RUNS, env = process.env): number {
  processMs(cmd, args, env); // warm the file cache
  const times = Array.from({ length: n }, () => processMs(cmd, args, env));
  const m = median(times);
  console.log(`  ${label.padEnd(52)} median ${fmt(m).padStart(5)} ms, min ${fmt(Math.min(...times)).padStart(5)} ms (${n} runs)`);
  return m;
}

console.log(`Command line, whole process, 400-paragraph DOCX pair (${path.basename(a)}, ${path.basename(b)} in ${dir}), load average ${os.loadavg()[0]!.toFixed(1)}:`);
runs('node -e 0 (Node starting, for reference)', process.execPath, ['-e', '0']);
if (process.env.NODE_EXTRA_CA_CERTS) {
  // Node reads and parses that certificate file before running any script, in every process.
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  runs('node -e 0 without NODE_EXTRA_CA_CERTS (set here)', process.execPath, ['-e', '0'], RUNS, env);
}
runs('draftwatch --version', process.execPath, ['bin/draftwatch.mjs', '--version']);
const cli = runs('draftwatch compare A B --json', process.execPath, ['bin/draftwatch.mjs', 'compare', a, b, '--json']);
runs('draftwatch compare A B (text)', process.execPath, ['bin/draftwatch.mjs', 'compare', a, b, '--color=never']);
const npx = spawnSync('npx', ['--no-install', 'draftwatch', '--version'], { stdio: 'ignore' }).status === 0;
if (npx) runs('npx draftwatch compare A B --json', 'npx', ['--no-install', 'draftwatch', 'compare', a, b, '--json'], 3);
else console.log('  npx draftwatch: not measured (npx could not find the local command)');

phases(['bin/draftwatch.mjs', 'compare', a, b, '--json']);

/**
 * The compare's phases, medians over RUNS runs: when each ended (ms since the process started),
 * and the CPU time its thread spent in it and the time that thread waited for a core meanwhile.
 */
function phases(args: string[]): void {
  const all: TimingLine[][] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, DRAFTWATCH_TIMINGS: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status === 0) all.push(parseTimings(r.stderr));
  }
  if (all.length === 0) return console.log('  phases: the command failed with DRAFTWATCH_TIMINGS=1');
  const rows = new Map<string, { at: number[]; cpu: number[]; waited: number[] }>();
  for (const lines of all) {
    const before = new Map<string, TimingLine>();
    for (const line of lines) {
      const key = `${line.thread.padEnd(6)} ${line.what}`;
      const row = rows.get(key) ?? { at: [], cpu: [], waited: [] };
      rows.set(key, row);
      row.at.push(line.atMs);
      const prev = before.get(line.thread);
      if (line.cpuMs !== undefined) {
        row.cpu.push(line.cpuMs - (prev?.cpuMs ?? 0));
        row.waited.push(line.waitedMs! - (prev?.waitedMs ?? 0));
        before.set(line.thread, line);
      }
    }
  }
  const processCpu = all.map((lines) => lines.find((l) => l.processCpuMs !== undefined)?.processCpuMs ?? NaN);
  console.log(`  Where the time of draftwatch compare A B --json goes (DRAFTWATCH_TIMINGS=1, medians of ${all.length} runs; process CPU ${fmt(median(processCpu))} ms, load average ${os.loadavg()[0]!.toFixed(1)}):`);
  console.log(`    ${'ended at'.padStart(8)}  ${'CPU in'.padStart(6)}  ${'waited'.padStart(6)}  thread phase (CPU and waiting: that thread's, since its previous line; first line: since it started)`);
  const sorted = [...rows].sort((x, y) => median(x[1].at) - median(y[1].at));
  for (const [key, row] of sorted) {
    const cell = (xs: number[]) => (xs.length ? fmt(median(xs)) : '').padStart(6);
    console.log(`    ${fmt(median(row.at)).padStart(8)}  ${cell(row.cpu)}  ${cell(row.waited)}  ${key}`);
  }
}

const py = unoPython();
if (!py) {
  console.log('  LibreOffice Compare Document: not measured (soffice or its Python-UNO bridge, Debian package python3-uno, is missing)');
} else {
  const r = spawnSync(py, [path.join('bench', 'peers', 'lo_compare.py'), a, b, String(LO_RUNS)], { encoding: 'utf8', timeout: 600_000 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) {
    console.log(`  LibreOffice Compare Document: failed to run (${(r.stderr || r.stdout).trim().split('\n').pop()})`);
  } else {
    const lo = JSON.parse(line) as { ms: number[]; redlines: number };
    const m = median(lo.ms);
    console.log(`  ${'LibreOffice Compare Document (compare step alone)'.padEnd(52)} median ${fmt(m).padStart(5)} ms, min ${fmt(Math.min(...lo.ms)).padStart(5)} ms (${lo.ms.length} runs, ${lo.redlines} tracked changes)`);
    const ratio = m / cli;
    console.log(`  draftwatch compare is ${ratio.toFixed(1)}× faster than LibreOffice's compare step [target ≥ 5×: ${ratio >= 5 ? 'met' : 'MISSED'}]`);
  }
}
