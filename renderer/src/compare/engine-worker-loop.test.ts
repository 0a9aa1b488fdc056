import { describe, expect, it } from 'vitest';
import { engineWorkerLoop, warmUpSlices } from './engine-worker-loop';
import { EngineClient, HOLD_PART } from './engine-client';
import { diffAsLengths, diffFromLengths, fromWire, readComparisonInSlices, toWire, type EngineRequest, type EngineResponse, type EngineWireResponse } from './engine-protocol';
import { handleEngineRequest } from './engine-core';
import type { WorkerClient } from '../workers/worker-client';
import { generatePair } from '../../../shared/testing/generator';
import { compareDrafts } from '../../../shared/compare';
import { diffWords } from '../../../shared/compare/worddiff';
import fc from 'fast-check';
import { importBytes, importText, toDraft } from '../../../shared/import';
import { SAMPLE_PARAGRAPHS } from '../../../shared/testing/lang-samples';
import rev1 from '../../../assets/demo/rev1.md?raw';
import rev2 from '../../../assets/demo/rev2.md?raw';
import crp from '../../../shared/import/fixtures/oewg-crp.html?raw';
import crpRev1 from '../../../shared/import/fixtures/oewg-rev1.md?raw';

/**
 * The worker's loop on this thread: replies in the order it posts them, as posted (`wire`) and, when
 * `decode`, as the page reads them (`replies`: a comparison with the drafts its request sent whole).
 */
function worker(decode = true) {
  const replies: EngineResponse[] = [];
  const wire: EngineWireResponse[] = [];
  const asked = new Map<number, EngineRequest>();
  const loop = engineWorkerLoop((r) => {
    wire.push(r);
    if (!decode) return;
    const req = asked.get(r.id);
    const drafts = req?.type === 'compare' && req.base.draft && req.target.draft ? { base: req.base.draft, target: req.target.draft } : undefined;
    replies.push(fromWire(r, drafts));
  });
  const handle = (req: EngineRequest) => {
    asked.set(req.id, req);
    return loop(req);
  };
  return { replies, wire, handle };
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
function client(inWorker = true, slices?: { pause: () => Promise<void>; ms: number }) {
  const sent: Array<{ type: string; key?: string; part?: number }> = [];
  let id = 1;
  const waiting = new Map<number, (r: EngineWireResponse) => void>();
  // Replies reach the page a task after the worker posts them (idle work answers when it ends).
  const handle = engineWorkerLoop((r) => void setTimeout(() => waiting.get(r.id)?.(r), 0));
  const channel = {
    inWorker,
    send(req: Omit<EngineRequest, 'id'>) {
      const full = { ...req, id: id++ } as EngineRequest;
      sent.push({ type: full.type, ...(full.type === 'hold' ? { key: full.key, part: full.part } : {}) });
      return new Promise<EngineWireResponse>((resolve) => {
        waiting.set(full.id, resolve);
        void handle(full);
      });
    },
  } as unknown as WorkerClient<EngineRequest, EngineWireResponse | EngineResponse>;
  const idle: Array<(left: () => number) => void> = [];
  const c = new EngineClient(channel, (f) => idle.push(f), slices);
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

describe('comparing the Compare view’s pair ahead', () => {
  const md = (text: string, id: string) => toDraft(importText(text, 'markdown', `${id}.md`), { fileName: `${id}.md`, id });
  const demo = { base: md(rev1, 'rev1'), target: md(rev2, 'rev2') };
  const hold = (handle: (r: EngineRequest) => Promise<void>, id: number, key: string, draft: EngineRequest extends infer R ? (R extends { type: 'hold'; draft: infer D } ? D : never) : never) =>
    handle({ id, type: 'hold', key, draft, part: 0, parts: 1 });
  const until = async (done: () => boolean) => {
    for (let i = 0; i < 200 && !done(); i++) await settle(5);
  };

  it('makes the comparison at idle and answers a request for the same drafts and options from it, equal to the engine’s', async () => {
    const { replies, wire, handle } = worker(false);
    await hold(handle, 1, 'rev1', demo.base);
    await hold(handle, 2, 'rev2', demo.target);
    void handle({ id: 3, type: 'prepare', pair: { base: 'rev1', target: 'rev2', options: { ignoreNumbering: true } } });
    await until(() => wire.some((r) => r.id === 3));
    expect(wire.find((r) => r.id === 3)).toMatchObject({ type: 'prepare', ready: true, cancelled: false });
    // The defaults spelled out or left out are the same comparison.
    await handle({ id: 4, type: 'compare', base: { key: 'rev1' }, target: { key: 'rev2' }, options: { ignoreNumbering: true, ignoreCase: false } });
    const reply = wire.find((r) => r.id === 4)!;
    expect(reply).toMatchObject({ type: 'compare', ahead: true });
    const read = fromWire(reply, demo);
    expect(read.ok && read.type === 'compare' && read.comparison).toEqual(compareDrafts(demo.base, demo.target, { ignoreNumbering: true }));
    expect(replies).toEqual([]);
  });

  it('compares for the request when the options or the drafts differ from the pair made ahead', async () => {
    const { wire, handle } = worker(false);
    const g = generatePair(51, 120);
    await hold(handle, 1, 'gb', g.base);
    await hold(handle, 2, 'gt', g.target);
    void handle({ id: 3, type: 'prepare', pair: { base: 'gb', target: 'gt', options: {} } });
    await until(() => wire.some((r) => r.id === 3));
    await handle({ id: 4, type: 'compare', base: { key: 'gb' }, target: { key: 'gt' }, options: { ignorePunctuation: true } });
    await handle({ id: 5, type: 'compare', base: { key: 'gt' }, target: { key: 'gb' }, options: {} });
    const [opts, swapped] = [4, 5].map((id) => wire.find((r) => r.id === id)!);
    expect(opts).not.toHaveProperty('ahead');
    expect(swapped).not.toHaveProperty('ahead');
    const a = fromWire(opts!, g);
    expect(a.ok && a.type === 'compare' && a.comparison).toEqual(compareDrafts(g.base, g.target, { ignorePunctuation: true }));
    const b = fromWire(swapped!, { base: g.target, target: g.base });
    expect(b.ok && b.type === 'compare' && b.comparison).toEqual(compareDrafts(g.target, g.base, {}));
  });

  it('answers a different pair asked first before making the pair ahead, then still makes it', async () => {
    const { wire, handle } = worker(false);
    const other = generatePair(52, 60);
    await hold(handle, 1, 'rev1', demo.base);
    await hold(handle, 2, 'rev2', demo.target);
    void handle({ id: 3, type: 'prepare', pair: { base: 'rev1', target: 'rev2', options: {} } });
    await handle({ id: 4, type: 'compare', base: { key: 'ob', draft: other.base }, target: { key: 'ot', draft: other.target }, options: {} });
    await until(() => wire.some((r) => r.id === 3));
    expect(wire.map((r) => r.id)).toEqual([1, 2, 4, 3]);
    expect(wire.find((r) => r.id === 3)).toMatchObject({ ready: true });
    await handle({ id: 5, type: 'compare', base: { key: 'rev1' }, target: { key: 'rev2' }, options: {} });
    expect(wire.at(-1)).toMatchObject({ id: 5, ahead: true });
  });

  it('runs after the warm-up; a newer pair replaces the one waiting, and a withdrawn one is never made', async () => {
    const { wire, handle } = worker(false);
    const g = generatePair(53, 80);
    await hold(handle, 1, 'gb', g.base);
    await hold(handle, 2, 'gt', g.target);
    await hold(handle, 3, 'rev1', demo.base);
    await hold(handle, 4, 'rev2', demo.target);
    void handle({ id: 5, type: 'warm-up', slices: 3, paragraphs: 12 });
    void handle({ id: 6, type: 'prepare', pair: { base: 'gb', target: 'gt', options: {} } });
    void handle({ id: 7, type: 'prepare', pair: { base: 'rev1', target: 'rev2', options: {} } });
    await until(() => wire.some((r) => r.id === 7));
    expect(wire.slice(4).map((r) => [r.id, 'type' in r ? r.type : 'error'])).toEqual([[6, 'prepare'], [5, 'warm-up'], [7, 'prepare']]);
    expect(wire.find((r) => r.id === 6)).toMatchObject({ ready: false, cancelled: true });
    expect(wire.find((r) => r.id === 5)).toMatchObject({ slices: 3, cancelled: false });
    expect(wire.find((r) => r.id === 7)).toMatchObject({ ready: true });
    // Withdrawn before its turn (an import began): answered as cancelled, and nothing is made.
    void handle({ id: 8, type: 'prepare', pair: { base: 'gb', target: 'gt', options: { ignoreCase: true } } });
    void handle({ id: 9, type: 'prepare', pair: null });
    await until(() => wire.some((r) => r.id === 9));
    await settle(20);
    expect(wire.find((r) => r.id === 8)).toMatchObject({ ready: false, cancelled: true });
    await handle({ id: 10, type: 'compare', base: { key: 'gb' }, target: { key: 'gt' }, options: { ignoreCase: true } });
    expect(wire.at(-1)).not.toHaveProperty('ahead');
  });

  it('makes nothing for drafts it does not hold: the view’s request then sends them whole, as before', async () => {
    const { wire, handle } = worker(false);
    void handle({ id: 1, type: 'prepare', pair: { base: 'never-sent', target: 'rev2', options: {} } });
    await until(() => wire.some((r) => r.id === 1));
    expect(wire[0]).toMatchObject({ type: 'prepare', ready: false, cancelled: true });
  });
});

describe('the client comparing ahead', () => {
  const { base, target } = generatePair(61, HOLD_PART + 40);

  it('sends the drafts ahead in parts, then the pair to compare; opening the view then sends keys and gets the comparison made', async () => {
    const { c, sent, idle, pumpIdle } = client();
    const answered = c.prepare(base, target, { ignoreNumbering: true });
    // Asked only once the last part of both drafts is posted (the worker reads in order).
    expect(sent.filter((s) => s.type === 'prepare')).toEqual([]);
    while (idle.length) pumpIdle();
    expect(sent.at(-1)).toEqual({ type: 'prepare' });
    expect(sent.slice(0, -1).every((s) => s.type === 'hold')).toBe(true);
    expect(await answered).toMatchObject({ type: 'prepare', ready: true });
    sent.length = 0;
    const { comparison } = await c.compare(base, target, { ignoreNumbering: true });
    expect(sent).toEqual([{ type: 'compare' }]);
    expect(comparison).toEqual(compareDrafts(base, target, { ignoreNumbering: true }));
  });

  it('withdrawn before its drafts went, it is never asked; withdrawn after, the worker hears it', async () => {
    const { c, sent, idle, pumpIdle } = client();
    const first = c.prepare(base, target, {});
    c.cancelPrepare();
    expect(await first).toBeNull();
    while (idle.length) pumpIdle();
    expect(sent.map((s) => s.type)).not.toContain('prepare');
    const g = generatePair(62, 20);
    const second = c.prepare(g.base, g.target, {});
    while (idle.length) pumpIdle();
    c.cancelPrepare();
    expect(sent.filter((s) => s.type === 'prepare')).toHaveLength(2);
    await second;
  });

  it('compares nothing ahead on the main-thread fallback (it would hold the window)', async () => {
    const { c, sent, idle } = client(false);
    expect(await c.prepare(base, target, {})).toBeNull();
    expect(idle).toEqual([]);
    expect(sent).toEqual([]);
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
    let diffs = 0;
    for (const [a, b] of pairs) {
      for (const options of [{}, { ignoreCase: true, ignorePunctuation: true, ignoreNumbering: false }]) {
        const direct = compareDrafts(a!, b!, options);
        expect(direct.changes.some((c) => c.kind !== 'unchanged')).toBe(true);
        diffs += direct.changes.filter((c) => c.diff).length;
        const drafts = { base: a!, target: b! };
        // Word diffs as lengths into the drafts' texts, read back with the drafts.
        const wire = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 }, drafts);
        const text = (wire as { comparison: string }).comparison;
        const back = fromWire(wire, drafts);
        expect(back.ok && back.type === 'compare' && back.comparison).toEqual(direct);
        // Without the drafts (the main-thread fallback's path), as text: the same comparison, longer.
        const plain = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 });
        expect((plain as { comparison: string }).comparison.length).toBeGreaterThan(text.length);
        const plainBack = fromWire(plain);
        expect(plainBack.ok && plainBack.type === 'compare' && plainBack.comparison).toEqual(direct);
      }
    }
    expect(diffs).toBeGreaterThan(100);
  });

  it('writes a 4,000-paragraph comparison in a fraction of the characters and reads it back whole', () => {
    const { base, target } = generatePair(7, 4000);
    const direct = compareDrafts(base, target, {});
    const drafts = { base, target };
    const wire = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 }, drafts) as { comparison: string };
    const plain = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 }) as { comparison: string };
    expect(wire.comparison.length).toBeLessThan(plain.comparison.length / 2);
    const back = fromWire({ id: 1, ok: true, type: 'compare', comparison: wire.comparison, ms: 1, jsonMs: 0 }, drafts);
    expect(back.ok && back.type === 'compare' && back.comparison).toEqual(direct);
  });

  it('a diff whose parts are not the drafts’ texts goes as text (other drafts than the compared ones)', () => {
    const { base, target } = generatePair(41, 60, { edit: 0.5, delete: 0, insert: 0, move: 0, split: 0, merge: 0 });
    const direct = compareDrafts(base, target, {});
    const changed = direct.changes.find((c) => c.diff && c.base.length === 1 && c.target.length === 1)!;
    expect(changed).toBeDefined();
    const edited = { ...base, blocks: base.blocks.map((b, i) => (i === changed.base[0]!.index ? { ...b, text: `${b.text} (amended)` } : b)) };
    const wire = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 }, { base: edited, target }) as { comparison: string };
    const back = fromWire({ id: 1, ok: true, type: 'compare', comparison: wire.comparison, ms: 1, jsonMs: 0 }, { base: edited, target });
    expect(back.ok && back.type === 'compare' && back.comparison).toEqual(direct);
  });

  it('lengths read back to the same word diff for any two texts (property)', () => {
    const text = fc.array(fc.constantFrom('the ', 'State', 's ', 'should ', '“', 'الدول', ' 国家', '\n', 'é', '𝒜', ', '), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, text, fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreWhitespace: fc.boolean() }), (a, b, options) => {
        const diff = diffWords(a, b, options);
        const lengths = diffAsLengths(diff, a, b);
        expect(lengths).not.toBeNull();
        expect(diffFromLengths(lengths!, a, b)).toEqual(diff);
        // Parts that do not spell the texts are refused, not misread.
        if (a.length) expect(diffAsLengths(diff, `x${a}`, b)).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a comparison reply read in slices', () => {
  it('assembles to exactly the comparison the engine made, however it is sliced (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 90 }),
        fc.boolean(),
        // Slices of one change each, of a few microseconds, or the whole reply at once.
        fc.constantFrom(-1, 0.005, 0.05, Infinity),
        async (seed, paragraphs, withDrafts, sliceMs) => {
          const { base, target } = generatePair(seed, paragraphs);
          const direct = compareDrafts(base, target, {});
          const drafts = withDrafts ? { base, target } : undefined;
          const wire = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 }, drafts) as { comparison: string };
          let pauses = 0;
          const read = await readComparisonInSlices(wire.comparison, drafts, async () => void pauses++, sliceMs);
          expect(read).toEqual(direct);
          if (sliceMs < 0) expect(pauses).toBe(direct.changes.length);
          if (sliceMs === Infinity) expect(pauses).toBe(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lets other tasks run between slices, and the client reads comparisons that way', async () => {
    const { base, target } = generatePair(7, 400);
    const direct = compareDrafts(base, target, {});
    const wire = toWire({ id: 1, ok: true, type: 'compare', comparison: direct, ms: 1 }, { base, target }) as { comparison: string };
    // A task queued before the read runs before the read ends.
    let ran = false;
    setTimeout(() => (ran = true), 0);
    const read = readComparisonInSlices(wire.comparison, { base, target }, undefined, -1);
    expect(ran).toBe(false);
    expect(await read).toEqual(direct);
    expect(ran).toBe(true);
    // The client: a pause before each change of its reply, and the comparison whole at the end.
    let pauses = 0;
    const { c } = client(true, { pause: async () => void pauses++, ms: -1 });
    const { comparison } = await c.compare(base, target, {});
    expect(comparison).toEqual(direct);
    expect(pauses).toBe(direct.changes.length);
  });
});
