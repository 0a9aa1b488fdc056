/**
 * The engine worker's message loop, apart from the Worker global so it can be tested: requests are
 * handled in the order they arrive (engine-core.ts), and idle work runs at idle priority between
 * them (engine-queue.ts): warm-up, one small generated comparison per task, then the comparison of
 * the pair the Compare view would open on, made ahead (`prepare`) and kept as it would be posted.
 */
import { compareDrafts } from '../../../shared/compare';
import { generatePair } from '../../../shared/testing/generator';
import { comparedDrafts, handleCompare, handleEngineRequest } from './engine-core';
import { toWire, type EngineRequest, type EngineWireResponse } from './engine-protocol';
import { EngineQueue } from './engine-queue';
import { defaultCompareOptions, type CompareOptions } from '../../../shared/compare/types';

/** Requests that run the engine: once one has, warming it further is pointless. */
const COMPARING: ReadonlySet<EngineRequest['type']> = new Set(['compare', 'history', 'export', 'anchors', 'annotations-export']);

/** The first slices are a quarter of the size: they run cold (compiling the engine), so they stay short. */
const RAMP = 4;

/**
 * `count` slices, each comparing a generated pair of `paragraphs` paragraphs (a different pair each
 * time, so the engine sees its usual mix of edits, moves, splits and merges; the first RAMP a
 * quarter of the size) and writing the result as the worker posts it (toWire, with its drafts).
 * The first 4,000-paragraph comparison after it runs faster the more the engine ran before, more
 * than the sizes of the slices matter. In Node (process CPU, load 8), with nothing before it took
 * 700–750 ms; after 16 slices of 60 paragraphs 430–490; after 20 slices of 160 (4 of 40 first)
 * 150–210, each slice at most 90–115 ms under that load (about 25 ms on a quiet machine).
 */
export function* warmUpSlices(count: number, paragraphs: number): Generator<() => void> {
  for (let i = 0; i < count; i++) {
    yield () => {
      const { base, target } = generatePair(9001 + i, i < RAMP ? Math.ceil(paragraphs / 4) : paragraphs);
      toWire({ id: 0, ok: true, type: 'compare', comparison: compareDrafts(base, target, { ignoreNumbering: i % 2 === 0 }), ms: 0 }, { base, target });
    };
  }
}

/** What names one comparison: the two drafts' keys (a key names one content) and the options as the engine reads them. */
const comparisonKey = (base: string, target: string, options: Partial<CompareOptions>): string => {
  const o: Record<string, unknown> = { ...defaultCompareOptions, ...options };
  return JSON.stringify([base, target, Object.keys(o).sort().map((k) => [k, o[k]])]);
};

/** The worker's onmessage: `post` sends a reply (with what to transfer). */
export function engineWorkerLoop(post: (reply: EngineWireResponse, transfer: Transferable[]) => void, queue = new EngineQueue()): (req: EngineRequest) => Promise<void> {
  /** The last comparison made (ahead, or asked), as posted: a compare request for the same key is answered from it. */
  let made: { key: string; reply: Extract<EngineWireResponse, { type: 'compare' }> } | null = null;

  const compare = (req: Extract<EngineRequest, { type: 'compare' }>): EngineWireResponse => {
    const key = comparisonKey(req.base.key, req.target.key, req.options);
    if (made?.key === key) return { ...made.reply, id: req.id, ahead: true };
    // A comparison's word diffs go as lengths into the drafts' texts, which the page holds too.
    const wire = toWire(handleCompare(req), comparedDrafts(req) ?? undefined);
    if (wire.ok && wire.type === 'compare') made = { key, reply: wire };
    return wire;
  };

  /** The idle job comparing `pair` ahead: one slice (the engine cannot stop mid-comparison). */
  function* prepare(id: number, pair: NonNullable<Extract<EngineRequest, { type: 'prepare' }>['pair']>, outcome: { ready: boolean }): Generator<() => void> {
    yield () => {
      const req = { id, type: 'compare' as const, base: { key: pair.base }, target: { key: pair.target }, options: pair.options };
      // Neither draft can be lost between here and the request: the worker keeps what it compared last.
      if (!comparedDrafts(req)) return;
      compare(req);
      outcome.ready = made?.key === comparisonKey(pair.base, pair.target, pair.options);
    };
  }

  return async (req) => {
    if (req.type === 'warm-up') {
      queue.startIdle(warmUpSlices(req.slices, req.paragraphs), (r) => post({ id: req.id, ok: true, type: 'warm-up', ...r }, []));
      return;
    }
    if (req.type === 'prepare') {
      if (!req.pair) return void (queue.cancelIdle('prepare'), post({ id: req.id, ok: true, type: 'prepare', ms: 0, ready: false, cancelled: true }, []));
      const outcome = { ready: false };
      queue.startIdle(prepare(req.id, req.pair, outcome), (r) => post({ id: req.id, ok: true, type: 'prepare', ms: r.ms, ready: outcome.ready, cancelled: r.cancelled || !outcome.ready }, []), 'prepare');
      return;
    }
    const reply = await queue.request(() => (req.type === 'compare' ? compare(req) : handleEngineRequest(req).then((r) => toWire(r))));
    // File bytes move to the page rather than being copied.
    const transfer = reply.ok && (reply.type === 'export' || reply.type === 'annotations-export') && reply.data instanceof Uint8Array ? [reply.data.buffer] : [];
    post(reply, transfer);
    // Once the engine has run for a request, warming it further is pointless (the comparison made ahead still serves).
    if (COMPARING.has(req.type)) queue.cancelIdle('warm-up');
  };
}
