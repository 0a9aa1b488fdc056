import { describe, expect, it } from 'vitest';
import { chosenPair, defaultPair } from './defaults';

const drafts = [{ id: 'rev0' }, { id: 'rev1' }, { id: 'wd', working: { baseId: 'rev1' } }, { id: 'rev2' }];

describe('the pair the Compare view opens on', () => {
  it('by default, the last two received drafts (a working draft is not one of them)', () => {
    expect(defaultPair(drafts)).toEqual({ baseId: 'rev1', targetId: 'rev2' });
    // With fewer than two received drafts, the last two of all.
    expect(defaultPair([{ id: 'rev0' }, { id: 'wd', working: {} }])).toEqual({ baseId: 'rev0', targetId: 'wd' });
    expect(defaultPair([])).toEqual({ baseId: null, targetId: null });
  });

  it('the drafts chosen, with the default standing in for one not chosen yet or gone', () => {
    expect(chosenPair(drafts, 'rev0', 'wd')).toEqual({ base: drafts[0], target: drafts[2] });
    expect(chosenPair(drafts, null, null)).toEqual({ base: drafts[1], target: drafts[3] });
    expect(chosenPair(drafts, 'rev0', 'removed')).toEqual({ base: drafts[0], target: drafts[3] });
    // A project with one draft: it is the target, with nothing to compare it against.
    expect(chosenPair([drafts[0]!], null, null)).toEqual({ base: null, target: drafts[0] });
  });
});
