import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare/compare';
import { trackDrafts } from './track';
import { generateTrack, type ExpectedEvent } from './testing';
import type { TrackEvent } from './types';

const key = (e: { kind: string; termId: string; from: string; to: string; fromParagraph?: string; toParagraph?: string }): string =>
  [e.kind, e.termId, e.from, e.to, e.fromParagraph ?? '', e.toParagraph ?? ''].join('|');

function asExpected(e: TrackEvent): ExpectedEvent {
  const paragraphLevel = e.kind === 'moved' || e.kind === 'reworded';
  return {
    kind: e.kind,
    termId: e.termId,
    from: e.fromDraftId,
    to: e.toDraftId,
    ...(paragraphLevel ? { fromParagraph: e.from[0]!.id, toParagraph: e.to[0]!.id } : {}),
  };
}

function score(found: readonly string[], truth: readonly string[]): { precision: number; recall: number } {
  const t = new Set(truth);
  const f = new Set(found);
  const hits = [...f].filter((k) => t.has(k)).length;
  return { precision: f.size ? hits / f.size : 1, recall: t.size ? hits / t.size : 1 };
}

describe('trackDrafts on generated negotiations with known edits', () => {
  const seeds = Array.from({ length: 40 }, (_, i) => 1000 + i * 7);

  // Small drafts make terms vanish and appear; larger ones make counts change and paragraphs move.
  const size = (seed: number): number => 10 + (seed % 60);

  it.each(seeds)('finds every term event and invents none (seed %i)', (seed) => {
    const g = generateTrack(seed, { drafts: 5, paragraphs: size(seed) });
    const report = trackDrafts(g.drafts, g.terms, { comparisons: g.comparisons });
    expect(report.matrix.rows.map((row) => row.cells.map((c) => c.count))).toEqual(g.counts);
    const found = report.events.map((e) => key(asExpected(e)));
    const truth = g.events.map(key);
    expect(truth.length).toBeGreaterThan(0);
    expect(new Set(found).size).toBe(found.length);
    expect(score(found, truth)).toEqual({ precision: 1, recall: 1 });
  });

  it('exercises every kind of event and both flags across the seeds', () => {
    const seen = new Set<string>();
    for (const seed of seeds) {
      for (const e of generateTrack(seed, { drafts: 5, paragraphs: size(seed) }).events) {
        seen.add(e.kind);
        if (e.downgrade) seen.add('downgrade');
        if (e.upgrade) seen.add('upgrade');
      }
    }
    expect([...seen].sort()).toEqual(['added', 'count', 'downgrade', 'moved', 'removed', 'reworded', 'upgrade']);
  });

  it.each(seeds)('flags downgrades and upgrades exactly where a paragraph left recommendations for discussion (seed %i)', (seed) => {
    const g = generateTrack(seed, { drafts: 5, paragraphs: size(seed) });
    const report = trackDrafts(g.drafts, g.terms, { comparisons: g.comparisons });
    const moved = report.events.filter((e) => e.kind === 'moved');
    const flag = (e: { downgrade?: boolean; upgrade?: boolean }): string => (e.downgrade ? 'down' : e.upgrade ? 'up' : '-');
    const truth = new Map(g.events.filter((e) => e.kind === 'moved').map((e) => [key(e), flag(e)]));
    for (const e of moved) expect(flag(e)).toBe(truth.get(key(asExpected(e))));
  });

  it.each(seeds)('reports what replaced a reworded term (seed %i)', (seed) => {
    const g = generateTrack(seed, { drafts: 4, paragraphs: 50 });
    const report = trackDrafts(g.drafts, g.terms, { comparisons: g.comparisons });
    const byKey = new Map(report.events.map((e) => [key(asExpected(e)), e]));
    const known = g.events.filter((e) => e.kind === 'reworded' && e.replacement);
    expect(known.length).toBeGreaterThan(0);
    for (const e of known) expect(byKey.get(key(e))?.replacement).toBe(e.replacement);
  });

  it.each(seeds)('counts brackets and follows their resolution (seed %i)', (seed) => {
    const g = generateTrack(seed, { drafts: 5, paragraphs: 60 });
    const report = trackDrafts(g.drafts, g.terms, { comparisons: g.comparisons });
    expect(report.brackets.map((b) => b.count)).toEqual(g.bracketCounts);
    const resolved = report.brackets.flatMap((b) => b.resolved.map((r) => `${b.draftId}|${r.text}|${r.resolution}`)).sort();
    expect(resolved).toEqual(g.resolutions.map((r) => `${r.draftId}|${r.text}|${r.resolution}`).sort());
    const added = report.brackets.flatMap((b) => b.added.map((a) => `${b.draftId}|${a.text}`)).sort();
    expect(added).toEqual(g.newBrackets.map((a) => `${a.draftId}|${a.text}`).sort());
  });

  it('needs no precomputed comparison: the engine aligns the drafts itself', () => {
    const g = generateTrack(77, { drafts: 3, paragraphs: 40 });
    const report = trackDrafts(g.drafts, g.terms);
    expect(report.matrix.rows.map((row) => row.cells.map((c) => c.count))).toEqual(g.counts);
    const drafts = report.events.filter((e) => e.kind === 'removed' || e.kind === 'added' || e.kind === 'count').map((e) => key(asExpected(e)));
    const truth = g.events.filter((e) => e.kind === 'removed' || e.kind === 'added' || e.kind === 'count').map(key);
    expect(drafts.sort()).toEqual(truth.sort());
  });

  it('reports extra pairs of drafts besides consecutive ones', () => {
    const g = generateTrack(5, { drafts: 4, paragraphs: 40 });
    const report = trackDrafts(g.drafts, g.terms, { comparisons: g.comparisons, compare: compareDrafts, pairs: [['d0', 'd3']] });
    const direct = report.events.filter((e) => e.fromDraftId === 'd0' && e.toDraftId === 'd3');
    const expectedDraftLevel = g.terms.filter((_, i) => g.counts[i]![0] !== g.counts[i]![3]).length;
    expect(direct.filter((e) => e.kind === 'removed' || e.kind === 'added' || e.kind === 'count')).toHaveLength(expectedDraftLevel);
  });
});
