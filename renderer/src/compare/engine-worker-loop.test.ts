import { describe, expect, it } from 'vitest';
import { engineWorkerLoop, warmUpSlices } from './engine-worker-loop';
import { EngineClient, HOLD_PART } from './engine-client';
import { fromWire, toWire, type EngineRequest, type EngineResponse, type EngineWireResponse } from './engine-protocol';
import { handleEngineRequest } from './engine-core';
import type { WorkerClient } from '../workers/worker-client';
import { generatePair } from '../../../shared/testing/generator';
import { compareDrafts } from '../../../shared/compare';
import { importBytes, importText, toDraft } from '../../../shared/import';
import { SAMPLE_PARAGRAPHS } from '../../../shared/testing/lang-samples';
import rev1 from '../../../assets/demo/rev1.md?raw';
import rev2 from '../../../assets/demo/rev2.md?raw';
import crp from '../../../shared/import/fixtures/oewg-crp.html?raw';
import crpRev1 from '../../../shared/import/fixtures/oewg-rev1.md?raw';

/** The worker's loop on this thread: replies in the order it posts them. */
function worker() {
  const replies: EngineResponse[] = [];
  const handle = engineWorkerLoop((r) => replies.push(fromWire(r)));
  return { replies, handle };
}
const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('the engine worker’s loop: a real request is never behind warm-up', () => {
  it('answers a comparison asked right after a warm-up first, and the warm-up stops there', async () => {
    const { replies, handle } = worker();
    const { base, target } = generatePair(11, 150);
    void handle({ id: 1, type: 'warm-up', slices: 16, paragraphs: 24 });
    await handle({ id: 2, type: 'compare', base: { key: 'wb', draft: base }, target: { key: 'wt', draft: target }, options: {} });
    await settle(20);
    expect(replies.map((r) => r.id)).toEqual([2, 1]);
    const [compared, warm] = replies;
    expect(compared!.ok && compared!.type === 'compare' && compared!.comparison).toEqual(compareDrafts(base, target, {}));
    expect(warm).toMatchObject({ type: 'warm-up', slices: 0, cancelled: true });
  });

  it('warms up to the end when nothing is asked, then compares exactly as a cold engine does', async () => {
    const { replies, handle } = worker();
    void handle({ id: 1, type: 'warm-up', slices: 4, paragraphs: 12 });
    for (let i = 0; i < 50 && !replies.length; i++) await settle(5);
    expect(replies[0]).toMatchObject({ id: 1, type: 'warm-up', slices: 4, cancelled: false });
    const { base, target } = generatePair(12, 80);
    await handle({ id: 2, type: 'compare', base: { key: 'xb', draft: base }, target: { key: 'xt', draft: target }, options: { ignoreCase: true } });
    const r = replies[1]!;
    expect(r.ok && r.type === 'compare' && r.comparison).toEqual(compareDrafts(base, target, { ignoreCase: true }));
  });

  it('makes every warm-up slice a real comparison of a different pair', () => {
    const slices = [...warmUpSlices(3, 10)];
    expect(slices).toHaveLength(3);
    for (const s of slices) expect(() => s()).not.toThrow();
  });
});

/** An engine client whose "worker" is the loop above, run a tick later; idle moments pumped by hand. */
function client(inWorker = true) {
  const sent: Array<{ type: string; key?: string; part?: number }> = [];
  const { replies, handle } = worker();
  let id = 1;
  const waiting = new Map<number, (r: EngineWireResponse) => void>();
  const channel = {
    inWorker,
    send(req: Omit<EngineRequest, 'id'>) {
      const full = { ...req, id: id++ } as EngineRequest;
      sent.push({ type: full.type, ...(full.type === 'hold' ? { key: full.key, part: full.part } : {}) });
      return new Promise<EngineWireResponse>((resolve) => {
        waiting.set(full.id, resolve);
        void handle(full).then(() => {
          for (const r of replies.splice(0)) waiting.get(r.id)?.(toWire(r));
        });
      });
    },
  } as unknown as WorkerClient<EngineRequest, EngineWireResponse | EngineResponse>;
  const idle: Array<(left: () => number) => void> = [];
  const c = new EngineClient(channel, (f) => idle.push(f));
  return { c, sent, idle, pumpIdle: () => idle.shift()?.(() => 0) };
}

describe('sending drafts ahead', () => {
  const { base, target } = generatePair(21, HOLD_PART * 2 + 30);

  it('posts each draft in parts of a few hundred blocks, one idle moment each, then compares by key only', async () => {
    const { c, sent, idle, pumpIdle } = client();
    c.holdAhead([base, target]);
    expect(sent).toEqual([]); // nothing in the task that asked
    while (idle.length) pumpIdle();
    const partsOf = (key: string) => sent.filter((s) => s.key === key).map((s) => s.part);
    const keys = [...new Set(sent.map((s) => s.key))];
    expect(keys).toHaveLength(2);
    // Each draft's parts in order (the two drafts' parts interleave), HOLD_PART blocks each.
    expect(partsOf(keys[0]!)).toEqual([...Array(Math.ceil(base.blocks.length / HOLD_PART)).keys()]);
    expect(partsOf(keys[1]!)).toEqual([...Array(Math.ceil(target.blocks.length / HOLD_PART)).keys()]);
    sent.length = 0;
    const { comparison } = await c.compare(base, target, {});
    expect(sent).toEqual([{ type: 'compare' }]);
    expect(comparison).toEqual(compareDrafts(base, target, {}));
  });

  it('posts more parts in an idle moment while it lasts', () => {
    const { c, sent, idle } = client();
    c.holdAhead([base]);
    let calls = 0;
    idle.shift()!(() => (++calls <= 2 ? 5 : 0));
    expect(sent.filter((s) => s.type === 'hold').map((s) => s.part)).toEqual([0, 1, 2]);
    expect(idle).toHaveLength(base.blocks.length > 3 * HOLD_PART ? 1 : 0);
  });

  it('sends the parts not yet posted ahead of a comparison asked before they went', async () => {
    const { c, sent, pumpIdle } = client();
    const other = generatePair(22, HOLD_PART + 10);
    c.holdAhead([other.base, other.target]);
    pumpIdle(); // one part of the first draft went
    const { comparison } = await c.compare(other.base, other.target, { ignorePunctuation: true });
    const parts = Math.ceil(other.base.blocks.length / HOLD_PART) + Math.ceil(other.target.blocks.length / HOLD_PART);
    expect(sent.map((s) => s.type)).toEqual([...Array(parts).fill('hold'), 'compare']);
    expect(comparison).toEqual(compareDrafts(other.base, other.target, { ignorePunctuation: true }));
  });

  it('sends nothing ahead to the main-thread fallback (it would hold the window)', async () => {
    const { c, sent, idle } = client(false);
    c.holdAhead([base]);
    expect(await c.warmUp()).toBeNull();
    expect(idle).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('a draft whose parts came out of turn is not held: the compare asks again with both drafts whole', async () => {
    const held = await handleEngineRequest({ id: 1, type: 'hold', key: 'odd', part: 1, parts: 2, draft: target });
    expect(held.ok).toBe(true);
    const r = await handleEngineRequest({ id: 2, type: 'compare', base: { key: 'odd' }, target: { key: 'odd' }, options: {} });
    expect(r.ok).toBe(false);
  });
});

describe('comparisons posted as JSON', () => {
  it('arrive equal to the engine’s result: a heavy rewrite, the demo drafts, a real UN report and its revision, Arabic, Chinese and Russian', async () => {
    const heavy = generatePair(31, 300, { edit: 0.6, delete: 0.1, insert: 0.1, move: 0.1, split: 0.05, merge: 0.05 });
    const md = (text: string, id: string) => toDraft(importText(text, 'markdown', `${id}.md`), { fileName: `${id}.md`, id });
    const crpDraft = toDraft(await importBytes(new TextEncoder().encode(crp), 'oewg-crp.html'), { fileName: 'oewg-crp.html', id: 'crp' });
    // Each language's sample paragraphs, then the same reordered with one dropped: moves and a deletion.
    const lang = (code: string) => {
      const p = SAMPLE_PARAGRAPHS[code]!;
      return [md(p.join('\n\n'), `${code}-a`), md([p[2], p[0]].join('\n\n'), `${code}-b`)] as const;
    };
    const pairs = [[heavy.base, heavy.target], [md(rev1, 'rev1'), md(rev2, 'rev2')], [crpDraft, md(crpRev1, 'crp-rev1')], lang('ar'), lang('zh'), lang('ru')];
    for (const [a, b] of pairs) {
      const direct = compareDrafts(a!, b!, {});
      expect(direct.changes.some((c) => c.kind !== 'unchanged')).toBe(true);
      const wire = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 });
      expect(typeof (wire as { comparison: unknown }).comparison).toBe('string');
      const back = fromWire(wire);
      expect(back.ok && back.type === 'compare' && back.comparison).toEqual(direct);
    }
  });
});
