/** Messages between the renderer and the engine worker. */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';

export type EngineRequest =
  | { id: number; type: 'compare'; base: Draft; target: Draft; options: Partial<CompareOptions> }
  | { id: number; type: 'history'; drafts: Draft[]; overrides: LineageOverride[]; options: Partial<CompareOptions>; draftId: string; paragraphId: string };

export type EngineResponse =
  | { id: number; ok: true; type: 'compare'; comparison: Comparison; ms: number }
  | { id: number; ok: true; type: 'history'; history: HistoryStep[]; ms: number }
  | { id: number; ok: false; error: string };
