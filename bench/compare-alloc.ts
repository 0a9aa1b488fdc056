/**
 * What one comparison allocates, and where: V8's sampling heap profiler (objects collected
 * since included, every 1 KB on average) over warm comparisons of the bench's generated pair,
 * as megabytes per comparison, in all and by the function that allocated. Load does not change
 * it: a before/after figure for allocation work on the engine (less allocated, fewer young
 * collections in a run of comparisons, so a median less often pays for one).
 *
 *   npx tsx bench/compare-alloc.ts [paragraphs=4000] [runs=10] [rows=25]
 */
import { Session } from 'node:inspector/promises';
import { compareDrafts } from '../shared/compare';
import { generatePair } from '../shared/testing/generator';

interface SampleNode {
  callFrame: { functionName: string };
  selfSize: number;
  children: SampleNode[];
}

const n = Number(process.argv[2] ?? 4000);
const runs = Number(process.argv[3] ?? 10);
const rows = Number(process.argv[4] ?? 25);
const g = generatePair(2024, n);
for (let i = 0; i < 20; i++) compareDrafts(g.base, g.target);
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
for (let i = 0; i < runs; i++) compareDrafts(g.base, g.target);
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: SampleNode } };
session.disconnect();
const byFunction = new Map<string, number>();
let total = 0;
const walk = (node: SampleNode): void => {
  const name = node.callFrame.functionName || '(anonymous)';
  total += node.selfSize;
  byFunction.set(name, (byFunction.get(name) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child);
};
walk(profile.head);
const mb = (bytes: number): string => (bytes / runs / 1e6).toFixed(2);
console.log(`${n} paragraphs × ${runs}: ${mb(total)} MB allocated per comparison (sampled)`);
for (const [name, bytes] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${mb(bytes).padStart(7)} MB  ${name}`);
