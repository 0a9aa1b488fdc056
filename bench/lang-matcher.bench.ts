/**
 * Language matcher benchmark: the profile-driven watch-term matcher (shared/lang/matcher.ts)
 * against the tracker's own matcher (the peer) on the same English paragraphs and terms, then
 * the same default watch list in each of the six languages on paragraphs in that language, and
 * the hedging scales. Prints throughput; asserts nothing.
 * Run: npx tsx bench/lang-matcher.bench.ts
 */
import { compileHedging } from '../shared/lang/hedging';
import { compileLanguageWatchTerms } from '../shared/lang/matcher';
import { LANGUAGES, getProfile } from '../shared/lang/registry';
import { defaultWatchTerms } from '../shared/lang/watchlist';
import { SAMPLE_PARAGRAPHS } from '../shared/testing/lang-samples';
import { defaultWatchList } from '../shared/track/defaults';
import { compileWatchTerms } from '../shared/track/matcher';
import { generateTrack } from '../shared/track/testing';

const RUNS = 5;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(label: string, texts: readonly string[], match: (t: string) => unknown[]): void {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  let hits = 0;
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    hits = 0;
    for (const t of texts) hits += match(t).length;
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  console.log(`  ${label.padEnd(34)} ${ms.toFixed(1).padStart(7)} ms  ${(chars / 1e6 / (ms / 1000)).toFixed(1).padStart(5)} M chars/s  ${hits} hits`);
}

const g = generateTrack(2024, { drafts: 10, paragraphs: 500, clauses: [8, 14] });
const english = g.drafts.flatMap((d) => d.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])));
const terms = [...g.terms, ...defaultWatchList()];
console.log(`English: ${terms.length} terms, ${english.length} paragraphs, ${(english.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(2)} M chars`);
const peer = compileWatchTerms(terms);
const ours = compileLanguageWatchTerms(terms, getProfile('en'));
measure('tracker matcher (peer)', english, (t) => peer.match(t));
measure('language matcher, English', english, (t) => ours.match(t));
const hedging = compileHedging(getProfile('en')).matcher;
measure('hedging scales, English', english, (t) => hedging.match(t));

console.log('Each language: default watch list and hedging scales on its sample paragraphs, repeated');
for (const profile of LANGUAGES) {
  const texts = Array.from({ length: 2000 }, (_, i) => SAMPLE_PARAGRAPHS[profile.code]![i % 3]!);
  const watch = compileLanguageWatchTerms(defaultWatchTerms(profile), profile);
  const scales = compileHedging(profile).matcher;
  measure(`${profile.code} watch list`, texts, (t) => watch.match(t));
  measure(`${profile.code} hedging`, texts, (t) => scales.match(t));
}
