import { describe, expect, it } from 'vitest';
import { trackDrafts } from '../../../shared/track';
import { generateTrack } from '../../../shared/track/testing';
import { demoNegotiation } from '../../../testing/demo';
import { clipText, distinctWording, EVENT_KINDS, eventKey, eventRank, filterHedging, groupEvents, hedgeKey, inScope, keyFindings, sectionMove } from './events';

const all = { kinds: new Set(EVENT_KINDS), text: '' };

describe('events of the demo negotiation', () => {
  const project = demoNegotiation();
  const [zero, rev1, rev2, final] = project.drafts.map((d) => d.id);
  const report = trackDrafts(project.drafts, project.watchList, { pairs: [[zero!, final!]] });

  it('puts the dropped cyber-mercenary reference and the technological-neutrality downgrade first among Rev.1 → Rev.2', () => {
    const groups = groupEvents(report, null, all);
    expect(groups.map((g) => [g.from, g.to])).toEqual([[zero, rev1], [rev1, rev2], [rev2, final]]);
    const first = groups[1]!.events;
    expect(first[0]).toMatchObject({ kind: 'removed', term: 'cyber mercenaries' });
    expect(first[1]).toMatchObject({ kind: 'moved', term: 'technological neutrality', downgrade: true });
    expect(first.map(eventRank)).toEqual([...first.map(eventRank)].sort((a, b) => a - b));
    const findings = keyFindings(report, null);
    expect(findings.every((e) => e.kind === 'removed' || e.kind === 'added' || e.downgrade || e.upgrade)).toBe(true);
    expect(findings.map((e) => `${e.kind}:${e.term}`)).toContain('moved:technological neutrality');
  });

  it('shows a chosen pair alone, and filters by kind and phrase', () => {
    const scope = { from: zero!, to: final! };
    const groups = groupEvents(report, scope, all);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.events.length).toBeGreaterThan(0);
    expect(groups[0]!.events.every((e) => e.fromDraftId === zero && e.toDraftId === final)).toBe(true);
    expect(groupEvents(report, null, all).flatMap((g) => g.events).some((e) => e.fromDraftId === zero && e.toDraftId === final)).toBe(false);
    const removedOnly = groupEvents(report, null, { kinds: new Set(['removed'] as const), text: 'MERC' }).flatMap((g) => g.events);
    expect(removedOnly.map((e) => [e.kind, e.term])).toEqual([['removed', 'cyber mercenaries']]);
    const weakened = filterHedging(report, null, { direction: 'weakened', kind: 'modal' });
    expect(weakened.length).toBeGreaterThan(0);
    expect(weakened.every((h) => h.direction === 'weakened' && h.kind === 'modal' && inScope(report, null, h))).toBe(true);
  });

  it('keys events and hedging uniquely and the same way in a recomputed report', () => {
    const again = trackDrafts(project.drafts, project.watchList, { pairs: [[zero!, final!]] });
    expect(again.events.map(eventKey)).toEqual(report.events.map(eventKey));
    expect(new Set(report.events.map(eventKey)).size).toBe(report.events.length);
    expect(new Set(report.hedging.map(hedgeKey)).size).toBe(report.hedging.length);
  });
});

describe('grouping generated negotiations', () => {
  it.each([3, 17, 42])('shows every consecutive event exactly once (seed %i)', (seed) => {
    const g = generateTrack(seed, { drafts: 4, paragraphs: 30 });
    const report = trackDrafts(g.drafts, g.terms, { comparisons: g.comparisons });
    const shown = groupEvents(report, null, all).flatMap((x) => x.events);
    expect(shown.map(eventKey).sort()).toEqual(report.events.map(eventKey).sort());
  });
});

describe('small wording helpers', () => {
  it('keeps only the differing tail of two section paths', () => {
    expect(sectionMove(['II', 'B. Rules', 'Recommended next steps'], ['II', 'B. Rules', 'Discussion'])).toEqual({ from: 'Recommended next steps', to: 'Discussion' });
    expect(sectionMove(['II', 'C. Law', 'Recommended next steps'], ['II', 'E. Capacity', 'Recommended next steps'])).toEqual({
      from: 'C. Law › Recommended next steps',
      to: 'E. Capacity › Recommended next steps',
    });
    expect(sectionMove(['A'], ['A'])).toEqual({ from: 'A', to: 'A' });
    expect(sectionMove([], ['A'])).toEqual({ from: '(no section)', to: 'A' });
  });

  it('drops repeated reworded parts and clips long text', () => {
    expect(distinctWording('Some / Some')).toBe('Some');
    expect(distinctWording('a / b / a')).toBe('a / b');
    expect(clipText('abcdef', 4)).toBe('abc…');
    expect(clipText('abc', 4)).toBe('abc');
  });
});
