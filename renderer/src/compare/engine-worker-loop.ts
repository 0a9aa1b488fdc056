/**
 * The engine worker's message loop, apart from the Worker global so it can be tested: requests are
 * handled in the order they arrive (engine-core.ts), and warm-up runs at idle priority between them
 * (engine-queue.ts), one small generated comparison per task.
 */
import { compareDrafts } from '../../../shared/compare';
import { generatePair } from '../../../shared/testing/generator';
import { comparedDrafts, handleEngineRequest } from './engine-core';
import { toWire, type EngineRequest, type EngineWireResponse } from './engine-protocol';
import { EngineQueue } from './engine-queue';

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

/** The worker's onmessage: `post` sends a reply (with what to transfer). */
export function engineWorkerLoop(post: (reply: EngineWireResponse, transfer: Transferable[]) => void, queue = new EngineQueue()): (req: EngineRequest) => Promise<void> {
  return async (req) => {
    if (req.type === 'warm-up') {
      queue.startIdle(warmUpSlices(req.slices, req.paragraphs), (r) => post({ id: req.id, ok: true, type: 'warm-up', ...r }, []));
      return;
    }
    const reply = await queue.request(() => handleEngineRequest(req));
    // File bytes move to the page rather than being copied.
    const transfer = reply.ok && (reply.type === 'export' || reply.type === 'annotations-export') && reply.data instanceof Uint8Array ? [reply.data.buffer] : [];
    // A comparison's word diffs go as lengths into the drafts' texts, which the page holds too.
    post(toWire(reply, req.type === 'compare' ? (comparedDrafts(req) ?? undefined) : undefined), transfer);
    if (COMPARING.has(req.type)) queue.cancelIdle();
  };
}
