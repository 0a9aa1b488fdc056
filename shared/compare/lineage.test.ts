import { describe, expect, it } from 'vitest';
import { buildLineage, historyOf, lineageSteps } from './lineage';
import { newWorkingDraft } from '../draft/working';
import { draftFromSections } from '../testing/generator';

const P = [
  'States should strengthen cooperation to protect critical infrastructure against malicious ICT activity.',
  'The Group underlined the value of a global directory of points of contact for incident response.',
  'Capacity-building should be demand-driven, gender-sensitive and tailored to national priorities.',
  'Delegations noted that international law, in particular the Charter of the United Nations, applies in the use of ICTs.',
];
const NEW = 'A new paragraph on the protection of undersea cables and satellite systems was proposed.';

// zero: p1..p4; rev1: new text first, then P (renumbered), P[1] edited; rev2: P[1] dropped; final: P[1] restored.
const zero = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: P }]);
const rev1 = draftFromSections('rev1', [{ heading: 'A. Threats', paragraphs: [NEW, P[0]!, P[1]!.replace('underlined', 'recognized'), P[2]!, P[3]!] }]);
const rev2 = draftFromSections('rev2', [{ heading: 'A. Threats', paragraphs: [NEW, P[0]!, P[2]!, P[3]!] }]);
const final = draftFromSections('final', [{ heading: 'A. Threats', paragraphs: [P[0]!, P[1]!, P[2]!, P[3]!] }]);
const drafts = [zero, rev1, rev2, final];

const chain = (steps: ReturnType<typeof historyOf>) => steps.map((s) => s.paragraph?.number ?? null);

describe('lineage', () => {
  it('follows a paragraph through renumbering and edits until it is gone', () => {
    const lineage = buildLineage(drafts);
    const h = historyOf(lineage, 'zero', 'p2');
    expect(chain(h)).toEqual(['2', '3', null, null]);
    expect(h.map((s) => s.kind)).toEqual([null, 'modified', null, null]);
    // Asked from the middle of the chain, the history is the same.
    expect(chain(historyOf(lineage, 'rev1', 'p3'))).toEqual(['2', '3', null, null]);
    expect(chain(historyOf(lineage, 'rev1', 'p1'))).toEqual([null, '1', '1', null]);
    expect(chain(historyOf(lineage, 'zero', 'p4'))).toEqual(['4', '5', '4', '4']);
  });

  it('honours links and unlinks people recorded', () => {
    const lineage = buildLineage(drafts, [
      { kind: 'link', from: { draftId: 'final', paragraphId: 'p2' }, to: { draftId: 'rev1', paragraphId: 'p3' } },
      { kind: 'unlink', from: { draftId: 'zero', paragraphId: 'p4' }, to: { draftId: 'rev1', paragraphId: 'p5' } },
    ]);
    const restored = historyOf(lineage, 'zero', 'p2');
    expect(chain(restored)).toEqual(['2', '3', null, '2']);
    expect(restored[3]!.kind).toBe('linked');
    expect(chain(historyOf(lineage, 'zero', 'p4'))).toEqual(['4', null, null, null]);
    expect(chain(historyOf(lineage, 'rev1', 'p5'))).toEqual([null, '5', '4', '4']);
  });

  it('shows every piece of a split', () => {
    const split = draftFromSections('split', [{ heading: 'A. Threats', paragraphs: [`${P[0]} ${P[1]}`, P[2]!, P[3]!] }]);
    const pieces = draftFromSections('pieces', [{ heading: 'A. Threats', paragraphs: [P[0]!, P[1]!, P[2]!, P[3]!] }]);
    const h = historyOf(buildLineage([split, pieces]), 'split', 'p1');
    expect(h[1]!.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(h[1]!.kind).toBe('split');
    expect(historyOf(buildLineage([split, pieces]), 'nope', 'p1').every((s) => s.paragraph === null)).toBe(true);
  });

  it('continues a working draft from its base, not from the draft before it in the project', () => {
    const made = newWorkingDraft(rev1, { id: 'wd', label: 'Rev.1 (working)', now: new Date('2026-04-01T00:00:00Z') });
    // The drafter deletes Rev.1 ¶3 (the paragraph Rev.2 also dropped) and rewrites ¶1.
    const blocks = made.blocks.filter((b) => b.id !== 'p3').map((b) => (b.id === 'p1' ? { ...b, text: `${NEW} It was welcomed.` } : b));
    const wd = { ...made, blocks };
    const all = [...drafts, wd];
    expect(lineageSteps(all).map(([a, b]) => `${a.id}>${b.id}`)).toEqual(['zero>rev1', 'rev1>rev2', 'rev2>final', 'rev1>wd']);
    const lineage = buildLineage(all);
    // Rev.1's new paragraph runs on into the working draft as modified, whatever Final did.
    const h = historyOf(lineage, 'rev1', 'p1');
    expect(chain(h)).toEqual([null, '1', '1', null, '1']);
    expect(h[4]!.kind).toBe('modified');
    // The paragraph the working draft deleted ends there; Final's restored one is no ancestor of it.
    expect(chain(historyOf(lineage, 'zero', 'p2'))).toEqual(['2', '3', null, null, null]);
    expect(lineage.prev.get('wd\u0000p2')!.map((l) => l.from.draftId)).toEqual(['rev1']);
    // A working draft whose base was left out follows the draft before it, as any draft would.
    expect(lineageSteps([zero, wd]).map(([a, b]) => `${a.id}>${b.id}`)).toEqual(['zero>wd']);
  });
});
