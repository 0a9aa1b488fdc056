/**
 * Tracker benchmark: 50 watched phrases across 20 drafts of 500 paragraphs.
 * Prints the time of the alignments (the engine, once per consecutive pair), of tracking with
 * those alignments passed in, and of tracking end to end (alignments included).
 * Run: npx tsx bench/track.bench.ts
 */
import { compareDrafts } from '../shared/compare/compare';
import type { WatchTerm } from '../shared/model/schema';
import { compileWatchTerms } from '../shared/track/matcher';
import { defaultWatchList } from '../shared/track/defaults';
import { generateTrack } from '../shared/track/testing';
import { trackDrafts } from '../shared/track/track';

const DRAFTS = 20;
const PARAGRAPHS = 500;
const RUNS = 5;

const extra = [
  'incident response', 'due diligence', 'state responsibility', 'attribution', 'vulnerability disclosure',
  'computer emergency response teams', 'information sharing', 'regional organizations', 'digital divide',
  'cybercrime', 'ICT security', 'responsible state behaviour', 'peaceful settlement of disputes',
  'sovereignty', 'non-intervention', 'Charter of the United Nations', 'health-care facilities',
  'electoral infrastructure', 'quantum computing', 'cloud services', 'encryption', 'threat intelligence',
  'national point of contact', 'global directory', 'norms checklist', 'regular institutional dialogue',
  'United Nations Secretariat', 'non-state actors',
];

const g = generateTrack(2024, { drafts: DRAFTS, paragraphs: PARAGRAPHS, clauses: [8, 14] });
const terms: WatchTerm[] = [
  ...g.terms,
  ...defaultWatchList(),
  ...extra.map((phrase, i) => ({ id: `x${i}`, phrase, alternatives: [], category: 'bench', color: '#1f6feb' })),
].slice(0, 50);

const paragraphs = g.drafts.flatMap((d) => d.blocks.filter((b) => b.kind === 'paragraph'));
const chars = paragraphs.reduce((n, p) => n + p.text.length, 0);
const distinct = new Set(paragraphs.map((p) => p.text)).size;

/** Wall time; the CPU time of this process is printed too, as the machine may be shared. */
function time<T>(f: () => T): [T, number, number] {
  const c = process.cpuUsage();
  const t = performance.now();
  const v = f();
  const cpu = process.cpuUsage(c);
  return [v, performance.now() - t, (cpu.user + cpu.system) / 1000];
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(1)} ms`;

console.log(`track: ${terms.length} terms × ${DRAFTS} drafts × ${PARAGRAPHS} paragraphs (${paragraphs.length} paragraphs, ${distinct} distinct texts, ${(chars / 1e6).toFixed(2)} M chars)`);

const [comparisons, alignTime, alignCpu] = time(() => g.drafts.slice(1).map((d, i) => compareDrafts(g.drafts[i]!, d)));
console.log(`  alignments (engine, ${comparisons.length} pairs):   ${ms(alignTime)} wall, ${ms(alignCpu)} CPU`);

const warm: number[] = [];
const warmCpu: number[] = [];
let report = trackDrafts(g.drafts, terms, { comparisons });
for (let i = 0; i < RUNS; i++) {
  const [r, wall, cpu] = time(() => trackDrafts(g.drafts, terms, { comparisons }));
  report = r;
  warm.push(wall);
  warmCpu.push(cpu);
}
console.log(`  tracking, alignments passed in:    ${ms(median(warm))} wall, ${ms(median(warmCpu))} CPU (median of ${RUNS}; target ≤ 200 ms)`);

const whole: number[] = [];
const wholeCpu: number[] = [];
for (let i = 0; i < 3; i++) {
  const [, wall, cpu] = time(() => trackDrafts(g.drafts, terms));
  whole.push(wall);
  wholeCpu.push(cpu);
}
console.log(`  tracking, alignments computed:     ${ms(median(whole))} wall, ${ms(median(wholeCpu))} CPU (median of 3)`);

// The matcher alone, every paragraph without the text cache: the worst case of all-distinct drafts.
const matcher = compileWatchTerms(terms);
const [hits, matchTime] = time(() => paragraphs.reduce((n, p) => n + matcher.match(p.text).length, 0));
console.log(`  matcher alone, no cache (${paragraphs.length} paragraphs): ${ms(matchTime)} (${(chars / 1e6 / (matchTime / 1000)).toFixed(1)} M chars/s, ${hits} hits)`);
console.log(`  report: ${report.events.length} events, ${report.hedging.length} hedging changes, ${report.brackets.reduce((n, b) => n + b.count, 0)} bracket spans`);
