import { describe, expect, it } from 'vitest';
import type { Block, Draft } from '../model/draft';
import type { WatchTerm } from '../model/schema';
import { moveStanding, sectionKey } from './sections';
import { trackDrafts } from './track';
import { compareDrafts } from '../compare/compare';
import { generatePair } from '../testing/generator';

const term = (id: string, phrase: string): WatchTerm => ({ id, phrase, alternatives: [], category: '', color: '#1f6feb' });

/** A small draft: [section path, number, text] per paragraph. */
function draft(id: string, label: string, paragraphs: Array<[string[], string, string]>): Draft {
  const blocks: Block[] = paragraphs.map(([section, number, text], i) => ({ kind: 'paragraph', id: `${id}p${i}`, number, level: 0, section, text }));
  return { id, label, date: null, sourceName: null, hash: '0'.repeat(64), title: 'Report', symbol: null, blocks, importedAt: '' };
}

const REC = ['B. Rules, norms and principles', 'Recommended next steps'];
const DIS = ['B. Rules, norms and principles', 'Discussion'];

describe('sections', () => {
  it('compares section paths without their numbers', () => {
    expect(sectionKey(['II. Existing threats', 'Discussion'])).toBe(sectionKey(['III. Existing  threats', 'discussion']));
    expect(sectionKey(['A. Overview'])).not.toBe(sectionKey(['B. Threats']));
  });

  it('flags recommendations → discussion as a downgrade and the reverse as an upgrade', () => {
    expect(moveStanding(REC, DIS)).toBe('downgrade');
    expect(moveStanding(['IV. Conclusions and recommendations'], ['C. Capacity-building', 'Summary of discussions'])).toBe('downgrade');
    expect(moveStanding(DIS, REC)).toBe('upgrade');
    expect(moveStanding(['A. Overview'], DIS)).toBeNull();
  });
});

describe('trackDrafts with the comparison engine', () => {
  const zero = draft('z', 'Zero draft', [
    [['A. Overview'], '1', 'The Group met five times and heard from interested stakeholders.'],
    [DIS, '2', 'Delegations exchanged views on the implementation of the eleven voluntary norms.'],
    [REC, '3', 'States should uphold the principle of technological neutrality when applying the norms to new technologies.'],
    [REC, '4', 'States should take measures against cyber mercenaries operating from their territory, consistent with international law.'],
    [REC, '5', 'States are encouraged to share national views on international law.'],
  ]);
  const rev1 = draft('r', 'Rev.1', [
    [['A. Overview'], '1', 'The Group met five times and heard from interested stakeholders.'],
    [DIS, '2', 'Delegations exchanged views on the implementation of the eleven voluntary norms.'],
    [DIS, '3', 'States should uphold the principle of technological neutrality when applying the norms to new technologies.'],
    [REC, '4', 'States could take measures against commercial intrusion capabilities operating from their territory, consistent with international law, as appropriate.'],
    [REC, '5', 'States are encouraged to share national views on international law.'],
  ]);
  const report = trackDrafts([zero, rev1], [term('tn', 'technological neutrality'), term('cm', 'cyber mercenaries'), term('il', 'international law')]);

  it('sees technological neutrality dropped into the discussion as a downgrade', () => {
    const moved = report.events.filter((e) => e.kind === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ termId: 'tn', downgrade: true, from: [{ number: '3', section: REC }], to: [{ number: '3', section: DIS }] });
  });

  it('agrees with the Compare view: the engine reports the same paragraph moved, a downgrade, though its place did not change', () => {
    const c = compareDrafts(zero, rev1);
    const crossing = c.changes.filter((ch) => ch.crossSection);
    expect(crossing.map((ch) => [ch.kind, ch.base[0]!.number, ch.target[0]!.number, ch.standing])).toEqual([['moved', '3', '3', 'downgrade']]);
  });

  it('sees cyber mercenaries reworded away, with what replaced them', () => {
    const cm = report.events.filter((e) => e.termId === 'cm');
    expect(cm.map((e) => e.kind)).toEqual(['removed', 'reworded']);
    expect(cm[1]).toMatchObject({ deletedText: 'cyber mercenaries', replacement: 'commercial intrusion capabilities' });
  });

  it('reports no event for a term that stayed put', () => {
    expect(report.events.filter((e) => e.termId === 'il')).toEqual([]);
    expect(report.matrix.rows[2]!.cells.map((c) => c.count)).toEqual([2, 2]);
  });

  it('sees the hedging in the reworded paragraph', () => {
    expect(report.hedging.map((h) => [h.from.number, h.kind, h.direction, h.before, h.after])).toEqual([
      ['4', 'modal', 'weakened', 'should', 'could'],
      ['4', 'qualifier', 'weakened', '', 'as appropriate'],
    ]);
  });
});

describe('one section identity for the engine and the tracker', () => {
  it('reports a move of a watched term exactly where the engine reports a change of section', () => {
    for (const seed of [3, 8, 21]) {
      const g = generatePair(seed, 160, { edit: 0.1, delete: 0.02, insert: 0.02, move: 0.12, split: 0, merge: 0 });
      const c = compareDrafts(g.base, g.target);
      // Watch a phrase of every paragraph that changed section, and of as many that did not.
      const phrase = (ch: (typeof c.changes)[number]): string => g.target.blocks[ch.target[0]!.index]!.text.split(' ').slice(0, 6).join(' ');
      // Pairs whose phrase is on both sides (an edit may have changed the opening words).
      const pairs = c.changes.filter((ch) => ch.base.length === 1 && ch.target.length === 1 && g.base.blocks[ch.base[0]!.index]!.text.startsWith(phrase(ch)));
      const crossing = pairs.filter((ch) => ch.crossSection);
      const staying = pairs.filter((ch) => !ch.crossSection).slice(0, crossing.length);
      expect(crossing.length).toBeGreaterThan(0);
      const terms = [...crossing, ...staying].map((ch, i) => term(`t${i}`, phrase(ch)));
      const report = trackDrafts([g.base, g.target], terms, { comparisons: [c] });
      const movedTargets = new Set(report.events.filter((e) => e.kind === 'moved').map((e) => e.to[0]!.id));
      for (const ch of crossing) expect(movedTargets.has(ch.target[0]!.id), `seed ${seed}: ${phrase(ch)}`).toBe(true);
      for (const ch of staying) expect(movedTargets.has(ch.target[0]!.id)).toBe(false);
      for (const e of report.events.filter((x) => x.kind === 'moved')) {
        const ch = c.changes.find((x) => x.target.some((r) => r.id === e.to[0]!.id))!;
        expect(Boolean(e.downgrade)).toBe(ch.standing === 'downgrade');
        expect(Boolean(e.upgrade)).toBe(ch.standing === 'upgrade');
      }
    }
  });
});
