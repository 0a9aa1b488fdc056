/**
 * What the engine worker does with each request; also callable on the main thread when a worker
 * cannot be started. Lineage is cached per set of drafts: building it compares every consecutive
 * pair, and a reader opening several histories in a row should pay for that once. Exports are
 * made here too, so a 4,000-paragraph redline never blocks the window; their code (the DOCX
 * writer is most of it) loads with the first export, and the annotation work (anchors, annotation
 * files: zod schemas, an HTML entity table, the brief's DOCX writer) with the first annotation
 * request, so the worker starts small (it compiles a third of the code it did when it loaded them
 * at start) and the first comparison does not wait for it.
 */
import { compareDrafts } from '../../../shared/compare';
import { buildLineage, historyOf, type Lineage } from '../../../shared/compare/lineage';
import { defaultCompareOptions, type CompareOptions } from '../../../shared/compare/types';
import type { Block, Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import { UNKNOWN_DRAFT, type ComparedDrafts, type DraftOrKey, type EngineRequest, type EngineResponse } from './engine-protocol';

/** The annotation work, loaded with the first request for it. */
const annotationCore = () => import('../annotations/anchor-core');

let cached: { key: string; lineage: Lineage } | null = null;

/** Drafts compare requests have sent whole, by key; the few most recent are kept. */
const held = new Map<string, Draft>();
const HELD_MAX = 8;

function keep(key: string, draft: Draft): Draft {
  held.delete(key);
  held.set(key, draft);
  if (held.size > HELD_MAX) held.delete(held.keys().next().value!);
  return draft;
}

function draftOf(d: DraftOrKey): Draft {
  if (d.draft) return keep(d.key, d.draft);
  const draft = held.get(d.key);
  if (!draft) throw new Error(UNKNOWN_DRAFT);
  return draft;
}

/** The drafts a compare request named, as this worker holds them (null when it holds neither). */
export function comparedDrafts(req: Extract<EngineRequest, { type: 'compare' }>): ComparedDrafts | null {
  const base = req.base.draft ?? held.get(req.base.key);
  const target = req.target.draft ?? held.get(req.target.key);
  return base && target ? { base, target } : null;
}

/** Drafts sent ahead whose parts are still coming in, by key. */
const arriving = new Map<string, Block[][]>();

/** Part of a draft sent ahead; the whole draft is held once its last part is in. */
function holdPart(req: Extract<EngineRequest, { type: 'hold' }>): void {
  const parts = req.part === 0 ? [] : arriving.get(req.key);
  // A part out of turn (a client that restarted mid-draft): drop what came; a compare sends it whole.
  if (!parts || parts.length !== req.part) return void arriving.delete(req.key);
  parts.push(req.draft.blocks);
  if (req.part < req.parts - 1) return void arriving.set(req.key, parts);
  arriving.delete(req.key);
  keep(req.key, { ...req.draft, blocks: parts.flat() });
}

function lineageOf(drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>): Lineage {
  // Options as the engine reads them, so {} and the defaults spelled out share one lineage.
  const key = JSON.stringify([drafts.map((d) => `${d.id}:${d.hash}:${d.blocks.length}:${d.language ?? ''}`), overrides, { ...defaultCompareOptions, ...options }]);
  if (cached?.key !== key) cached = { key, lineage: buildLineage(drafts, overrides, options) };
  return cached.lineage;
}

async function makeExport(req: Extract<EngineRequest, { type: 'export' }>): Promise<Uint8Array | string> {
  const { format, drafts, options, appVersion } = req;
  const lang = req.uiLanguage ? { uiLanguage: req.uiLanguage } : {};
  const { exportDocxRedline, exportHtmlRedline, exportTableDocx, exportTableHtml } = await import('../../../shared/export');
  if (format === 'table-docx' || format === 'table-html') {
    const tableOptions = { appVersion, lineage: lineageOf(drafts, req.overrides, options), compareOptions: options, ...lang };
    return format === 'table-docx' ? exportTableDocx(drafts, tableOptions) : exportTableHtml(drafts, tableOptions);
  }
  const [base, target] = drafts;
  if (!base || !target) throw new Error('A redline needs two drafts.');
  const comparison = compareDrafts(base, target, options);
  if (format === 'redline-docx' || format === 'redline-docx-static') {
    return exportDocxRedline(base, target, comparison, { appVersion, static: format === 'redline-docx-static', annotations: req.annotations ?? [], ...(req.author ? { author: req.author } : {}), ...lang });
  }
  return exportHtmlRedline(base, target, comparison, { appVersion, annotations: req.annotations ?? [], ...lang });

}

/** A comparison request, answered in this task (the engine is synchronous). */
export function handleCompare(req: Extract<EngineRequest, { type: 'compare' }>): EngineResponse {
  const t0 = performance.now();
  try {
    return { id: req.id, ok: true, type: 'compare', comparison: compareDrafts(draftOf(req.base), draftOf(req.target), req.options), ms: performance.now() - t0 };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

export async function handleEngineRequest(req: EngineRequest): Promise<EngineResponse> {
  const t0 = performance.now();
  const ms = () => performance.now() - t0;
  try {
    switch (req.type) {
      case 'compare':
        return handleCompare(req);
      case 'history':
        return { id: req.id, ok: true, type: 'history', history: historyOf(lineageOf(req.drafts, req.overrides, req.options), req.draftId, req.paragraphId), ms: ms() };
      case 'export':
        return { id: req.id, ok: true, type: 'export', data: await makeExport(req), ms: ms() };
      case 'anchors':
        return { id: req.id, ok: true, type: 'anchors', anchors: (await annotationCore()).anchorsOf(req.drafts, lineageOf(req.drafts, req.overrides, {}), req.annotations), ms: ms() };
      case 'annotations-import':
        return { id: req.id, ok: true, type: 'annotations-import', annotations: (await annotationCore()).importAnnotationFile(req.text, req.drafts), ms: ms() };
      case 'annotations-export':
        return { id: req.id, ok: true, type: 'annotations-export', data: await (await annotationCore()).annotationExport(req, lineageOf(req.drafts, req.overrides, {})), ms: ms() };
      case 'hold':
        holdPart(req);
        return { id: req.id, ok: true, type: 'hold', ms: ms() };
      case 'warm-up':
        // Only the worker warms up, between requests (engine-worker-loop.ts); on the main thread it would hold the window.
        return { id: req.id, ok: true, type: 'warm-up', ms: 0, slices: 0, cancelled: true };
      case 'prepare':
        // Likewise only the worker compares ahead: here it would be a long task nobody asked for yet.
        return { id: req.id, ok: true, type: 'prepare', ms: 0, ready: false, cancelled: true };
    }
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
