import { describe, expect, it } from 'vitest';
import { handleEngineRequest } from './engine-core';
import { UNKNOWN_DRAFT } from './engine-protocol';
import { generatePair } from '../../../shared/testing/generator';
import { compareDrafts } from '../../../shared/compare';

describe('engine requests: drafts held by key', () => {
  it('compares drafts sent whole, then the same drafts named by key alone, with the same result', async () => {
    const { base, target } = generatePair(3, 120);
    const expected = compareDrafts(base, target, {});
    const whole = await handleEngineRequest({ id: 1, type: 'compare', base: { key: 'b#1', draft: base }, target: { key: 't#1', draft: target }, options: {} });
    const byKey = await handleEngineRequest({ id: 2, type: 'compare', base: { key: 'b#1' }, target: { key: 't#1' }, options: {} });
    expect(whole.ok && whole.type === 'compare' && whole.comparison.changes).toEqual(expected.changes);
    expect(byKey.ok && byKey.type === 'compare' && byKey.comparison.changes).toEqual(expected.changes);
    // Swapped by key: a comparison the other way round, not a stale answer.
    const swapped = await handleEngineRequest({ id: 3, type: 'compare', base: { key: 't#1' }, target: { key: 'b#1' }, options: {} });
    expect(swapped.ok && swapped.type === 'compare' && swapped.comparison.changes).toEqual(compareDrafts(target, base, {}).changes);
  });

  it('answers a key it does not hold with the error the client resends on, and forgets the oldest beyond a few', async () => {
    const r = await handleEngineRequest({ id: 4, type: 'compare', base: { key: 'never-sent' }, target: { key: 't#1' }, options: {} });
    expect(r).toEqual({ id: 4, ok: false, error: UNKNOWN_DRAFT });
    const { base, target } = generatePair(5, 20);
    for (let i = 0; i < 10; i++) await handleEngineRequest({ id: 10 + i, type: 'compare', base: { key: `x#${i}`, draft: base }, target: { key: `y#${i}`, draft: target }, options: {} });
    const old = await handleEngineRequest({ id: 30, type: 'compare', base: { key: 'x#0' }, target: { key: 'y#9' }, options: {} });
    expect(old.ok).toBe(false);
    const recent = await handleEngineRequest({ id: 31, type: 'compare', base: { key: 'x#9' }, target: { key: 'y#9' }, options: {} });
    expect(recent.ok).toBe(true);
  });

  it('loads the annotation code with the first annotation request (the worker starts without it)', async () => {
    const { base, target } = generatePair(6, 20);
    const anchors = await handleEngineRequest({ id: 40, type: 'anchors', drafts: [base, target], overrides: [], annotations: [] });
    expect(anchors).toMatchObject({ ok: true, type: 'anchors' });
    const bad = await handleEngineRequest({ id: 41, type: 'annotations-import', text: 'not an annotation file', drafts: [base, target] });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.length).toBeGreaterThan(10);
  });

  it('compares nothing ahead on the main thread: a prepare is answered as not made', async () => {
    const r = await handleEngineRequest({ id: 42, type: 'prepare', pair: { base: 'b#1', target: 't#1', options: {} } });
    expect(r).toEqual({ id: 42, ok: true, type: 'prepare', ms: 0, ready: false, cancelled: true });
  });
});
