/**
 * Property tests of accept and reject over random edit sequences on generated drafts and on the
 * demo's real Rev.2: rejecting every change restores the base exactly; accepting every change
 * keeps the edited text and leaves nothing pending; paragraph numbers stay consecutive; the
 * editor's changes are the shared model's. Counts: EDITOR_PROPERTY_RUNS (default 60).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { workingChanges } from '../../../../shared/draft/changes';
import { demoDraft, randomEdits, richDraft, run, stateDraft, workingState } from '../testing/builders';
import { changesOf, pendingChanges } from '../queries/changes';
import { blockNumbers } from '../plugins/numbering';
import { acceptAll } from './accept';
import { rejectAll } from './reject';

const RUNS = Number(process.env.EDITOR_PROPERTY_RUNS ?? 60);

/** Level-0 numbers run 1, 2, 3…; sub-levels restart under each paragraph. */
function consecutive(numbers: (string | null)[], levels: number[], kinds: string[]): boolean {
  let top = 0;
  let sub = 0;
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i];
    if (kinds[i] === 'heading') {
      sub = 0;
      continue;
    }
    if (n === null) continue;
    if (levels[i] === 0) {
      if (n !== String(++top)) return false;
      sub = 0;
    } else if (levels[i] === 1 && n !== `(${String.fromCharCode(97 + sub++)})`) return false;
  }
  return true;
}

describe('accept and reject over random edits', () => {
  const bases = [richDraft(3, 40), richDraft(8, 25), demoDraft()];

  it('rejecting every change restores the base exactly; accepting every change keeps the text (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: bases.length - 1 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 25 }), (which, seed, n) => {
        const base = bases[which]!;
        const start = workingState(base);
        const { state: edited, edits } = randomEdits(start, seed, n);
        const why = `edits: ${edits.join(', ')}`;

        // The editor's change list is the shared model's, key for key.
        const draft = stateDraft(edited, base);
        expect(changesOf(edited).map((c) => c.key), why).toEqual(workingChanges(base, draft.blocks).map((c) => c.key));

        // Numbers stay consecutive whatever was split, merged, moved or re-levelled.
        const levels: number[] = [];
        const kinds: string[] = [];
        edited.doc.forEach((node) => {
          levels.push(Number(node.attrs.level));
          kinds.push(node.type.name);
        });
        if (base !== bases[2]) expect(consecutive(blockNumbers(edited), levels, kinds), why).toBe(true);
        expect(draft.blocks.map((b) => b.number)).toEqual(blockNumbers(edited));

        const rejected = run(edited, rejectAll);
        expect(changesOf(rejected), why).toEqual([]);
        expect(stateDraft(rejected, base).blocks, why).toEqual(base.blocks);

        const accepted = run(edited, acceptAll);
        expect(accepted.doc.content.eq(edited.doc.content), why).toBe(true);
        expect(pendingChanges(accepted), why).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 30_000 + RUNS * 1500);
});
