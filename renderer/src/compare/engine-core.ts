/**
 * What the engine worker does with each request; also callable on the main thread when a worker
 * cannot be started. Lineage is cached per set of drafts: building it compares every consecutive
 * pair, and a reader opening several histories in a row should pay for that once.
 */
import { compareDrafts } from '../../../shared/compare';
import { buildLineage, historyOf, type Lineage } from '../../../shared/compare/lineage';
import type { EngineRequest, EngineResponse } from './engine-protocol';

let cached: { key: string; lineage: Lineage } | null = null;

export function handleEngineRequest(req: EngineRequest): EngineResponse {
  const t0 = performance.now();
  try {
    if (req.type === 'compare') {
      const comparison = compareDrafts(req.base, req.target, req.options);
      return { id: req.id, ok: true, type: 'compare', comparison, ms: performance.now() - t0 };
    }
    const key = JSON.stringify([req.drafts.map((d) => `${d.id}:${d.hash}:${d.blocks.length}`), req.overrides, req.options]);
    if (cached?.key !== key) cached = { key, lineage: buildLineage(req.drafts, req.overrides, req.options) };
    return { id: req.id, ok: true, type: 'history', history: historyOf(cached.lineage, req.draftId, req.paragraphId), ms: performance.now() - t0 };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
