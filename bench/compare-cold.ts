/**
 * The engine cold: each run a fresh process that compares one 400-paragraph pair and then one
 * 4,000-paragraph pair (the pairs made before the clock starts), as the app's worker meets its
 * first comparisons. Given another checkout (made as for compare-ab.ts), runs it and this
 * worktree turn about, so both meet the same load. Prints each run and the medians.
 *
 *   npx tsx bench/compare-cold.ts [OTHER_CHECKOUT] [runs=5]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generatePair } from '../shared/testing/generator';
import type { compareDrafts as CompareDrafts } from '../shared/compare';

const here = fileURLToPath(import.meta.url);
const root = path.join(path.dirname(here), '..');

if (process.argv[2] === '--child') {
  const pairs = [generatePair(2024, 400), generatePair(2024, 4000)];
  const { compareDrafts } = (await import(pathToFileURL(path.resolve(process.argv[3]!, 'shared/compare/index.ts')).href)) as { compareDrafts: typeof CompareDrafts };
  const ms = pairs.map((g) => {
    const t = performance.now();
    compareDrafts(g.base, g.target);
    return performance.now() - t;
  });
  console.log(JSON.stringify(ms));
} else {
  const other = process.argv[2] && !/^\d+$/.test(process.argv[2]) ? path.resolve(process.argv[2]) : null;
  const runs = Number(process.argv[other ? 3 : 2] ?? 5);
  const variants = other ? [other, root] : [root];
  const times = new Map<string, number[][]>(variants.map((v) => [v, []]));
  for (let i = 0; i < runs; i++) {
    for (const v of i % 2 ? [...variants].reverse() : variants) {
      const r = spawnSync(process.execPath, [...process.execArgv, here, '--child', v], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(r.stderr);
      times.get(v)!.push(JSON.parse(r.stdout) as number[]);
    }
  }
  const median = (xs: number[]): string => [...xs].sort((a, b) => a - b)[xs.length >> 1]!.toFixed(1);
  for (const [v, ts] of times) {
    const name = v === root ? 'this worktree' : v;
    console.log(`${name}: cold 400 ¶ ${ts.map((t) => t[0]!.toFixed(1)).join(' ')} ms (median ${median(ts.map((t) => t[0]!))}); then cold 4,000 ¶ ${ts.map((t) => t[1]!.toFixed(1)).join(' ')} ms (median ${median(ts.map((t) => t[1]!))})`);
  }
}
