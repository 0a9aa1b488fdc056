/**
 * The engine of another revision against this worktree's, on the bench's generated pair, run
 * turn about in one process (A B, B A, ...) so that both meet the same load: on a busy machine
 * the fairest before/after comparison of a speed change. Prints the minimum, first quartile and
 * median process CPU time of each. Make the other revision's copy first:
 *
 *   mkdir /tmp/base && git archive main shared package.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 *   npx tsx bench/compare-ab.ts /tmp/base [paragraphs=4000] [runs=60]
 *
 * (package.json comes along so that the copy loads as ES modules, as this worktree does.)
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compareDrafts } from '../shared/compare';
import { generatePair } from '../shared/testing/generator';

type Compare = typeof compareDrafts;

const dir = process.argv[2];
if (!dir) {
  console.error('usage: npx tsx bench/compare-ab.ts OTHER_CHECKOUT [paragraphs=4000] [runs=60]');
  process.exit(2);
}
const other = ((await import(pathToFileURL(path.resolve(dir, 'shared/compare/index.ts')).href)) as { compareDrafts: Compare }).compareDrafts;
const n = Number(process.argv[3] ?? 4000);
const runs = Number(process.argv[4] ?? 60);
const g = generatePair(2024, n);

function cpuOf(f: Compare, into: number[]): void {
  const c = process.cpuUsage();
  f(g.base, g.target);
  const d = process.cpuUsage(c);
  into.push((d.user + d.system) / 1000);
}

for (let i = 0; i < 15; i++) {
  other(g.base, g.target);
  compareDrafts(g.base, g.target);
}
const before: number[] = [];
const after: number[] = [];
for (let i = 0; i < runs; i++) {
  if (i % 2) {
    cpuOf(other, before);
    cpuOf(compareDrafts, after);
  } else {
    cpuOf(compareDrafts, after);
    cpuOf(other, before);
  }
}
const at = (xs: number[], q: number): string => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!.toFixed(1);
const line = (name: string, xs: number[]): string => `${name}: cpu min ${at(xs, 0)} ms, p25 ${at(xs, 0.25)} ms, median ${at(xs, 0.5)} ms`;
console.log(`${n} paragraphs × ${runs}, turn about in one process`);
console.log(line(`other (${dir})`, before));
console.log(line('this worktree', after));
