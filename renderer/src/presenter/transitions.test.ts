import { describe, expect, it } from 'vitest';
import type { TrackerDeck } from '../../../shared/view/deck';
import { defaultViewState } from '../view/defaults';
import { entered, exited, toggledBlank, zoomed } from './transitions';

const drafts = [{ id: 'd1' }, { id: 'd2' }, { id: 'd3' }];

describe('entering and leaving presenter mode', () => {
  it('presents the compared pair, or the last two drafts when the pair is missing or gone', () => {
    const s = entered(defaultViewState(), 'comparison', drafts);
    expect(s.presenter).toMatchObject({ active: true, source: 'compare', blank: false });
    expect([s.compare.baseId, s.compare.targetId]).toEqual(['d2', 'd3']);
    const chosen = { ...defaultViewState(), compare: { ...defaultViewState().compare, baseId: 'd1', targetId: 'gone' } };
    const t = entered(chosen, 'comparison', drafts);
    expect([t.compare.baseId, t.compare.targetId]).toEqual(['d1', 'd3']);
    expect(entered(s, 'comparison', drafts)).toBe(s);
  });

  it('presents a redline source (a working draft against its base) and returns to the tab it names', () => {
    const onCompare = { ...defaultViewState(), tab: 'read', compare: { ...defaultViewState().compare, baseId: 'd1', targetId: 'd3' } };
    const s = entered(onCompare, { baseId: 'd2', targetId: 'd3', returnTab: 'draft' }, drafts);
    expect(s.presenter).toMatchObject({ active: true, source: 'compare' });
    expect([s.compare.baseId, s.compare.targetId, s.tab]).toEqual(['d2', 'd3', 'draft']);
    expect(exited(s, null, 0).tab).toBe('draft');
    // Without a tab named, Esc lands on Compare, showing the same pair.
    expect(exited(entered(onCompare, { baseId: 'd1', targetId: 'd2' }, drafts), null, 0)).toMatchObject({ tab: 'compare', compare: { baseId: 'd1', targetId: 'd2' } });
    // A source naming a draft that is gone (or the same draft twice) presents the Compare tab's pair instead.
    for (const gone of [{ baseId: 'd2', targetId: 'nope', returnTab: 'draft' }, { baseId: 'd2', targetId: 'd2' }]) {
      const t = entered(onCompare, gone, drafts);
      expect([t.compare.baseId, t.compare.targetId, t.tab]).toEqual(['d1', 'd3', 'compare']);
    }
  });

  it('returns to the tab it came from; from the tracker, with the event on screen selected', () => {
    const fromCompare = exited(entered(defaultViewState(), 'comparison', drafts), null, 0);
    expect(fromCompare.tab).toBe('compare');
    expect(fromCompare.presenter.active).toBe(false);
    const deck: TrackerDeck = {
      type: 'tracker', key: 'k', title: 't',
      slides: [
        { type: 'matrix', page: 1, pages: 1, drafts: ['A'], rows: [] },
        { type: 'event', key: 'removed|term-1|d1|d2|p4|', kind: 'removed', headline: 'x: removed in B', badge: 'Removed', where: '', flag: null, move: null, reworded: null, count: null, quote: null, pair: 'A → B' },
      ],
    };
    const s = entered(defaultViewState(), 'tracker', drafts);
    expect(exited(s, deck, 1)).toMatchObject({ tab: 'track', tracker: { selection: { kind: 'event', key: 'removed|term-1|d1|d2|p4|' } } });
    expect(exited(s, deck, 0).tracker.selection).toBeNull();
  });

  it('blanks and zooms within 50 % and 250 %, in steps of 10 %', () => {
    const s = defaultViewState();
    expect(toggledBlank(toggledBlank(s)).presenter.blank).toBe(false);
    expect(toggledBlank(s, false)).toBe(s);
    let z = s;
    for (let i = 0; i < 30; i++) z = zoomed(z, 1);
    expect(z.presenter.zoom).toBe(2.5);
    expect(zoomed(z, 1)).toBe(z);
    for (let i = 0; i < 30; i++) z = zoomed(z, -1);
    expect(z.presenter.zoom).toBe(0.5);
    expect(zoomed(zoomed(s, 1), 1).presenter.zoom).toBe(1.2);
  });
});
