/**
 * Runs compareDrafts on the bench's generated pair (default 4,000 paragraphs) many times and
 * prints the median wall time and the median CPU time of the process (user + system, which a
 * loaded machine inflates less than wall time). For `node --cpu-prof`, `valgrind --tool=callgrind`
 * and before/after comparisons of engine changes:
 *
 *   npx tsx bench/compare-profile.ts [paragraphs=4000] [runs=50]
 */
import { compareDrafts } from '../shared/compare';
import { generatePair } from '../shared/testing/generator';

const n = Number(process.argv[2] ?? 4000);
const runs = Number(process.argv[3] ?? 50);
const g = generatePair(2024, n);
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const c = process.cpuUsage();
  const t = performance.now();
  compareDrafts(g.base, g.target);
  wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
console.log(`${n} paragraphs × ${runs}: wall median ${median(wall).toFixed(1)} ms (min ${Math.min(...wall).toFixed(1)}), cpu median ${median(cpu).toFixed(1)} ms (min ${Math.min(...cpu).toFixed(1)})`);
