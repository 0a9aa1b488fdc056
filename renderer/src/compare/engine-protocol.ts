/** Messages between the renderer and the engine worker. */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';

/** What the export dialog can make. */
export type ExportFormat = 'redline-docx' | 'redline-docx-static' | 'redline-html' | 'redline-pdf' | 'table-docx' | 'table-html';

export type EngineRequest =
  | {
      id: number;
      type: 'export';
      format: ExportFormat;
      /** Redlines: [base, target]; tables: every chosen draft in order. */
      drafts: Draft[];
      overrides: LineageOverride[];
      options: Partial<CompareOptions>;
      appVersion: string;
      /** Author of a Word redline's tracked changes (a working draft's delegation). */
      author?: string;
    }
  | { id: number; type: 'compare'; base: Draft; target: Draft; options: Partial<CompareOptions> }
  | { id: number; type: 'history'; drafts: Draft[]; overrides: LineageOverride[]; options: Partial<CompareOptions>; draftId: string; paragraphId: string };

export type EngineResponse =
  | { id: number; ok: true; type: 'export'; data: Uint8Array | string; ms: number }
  | { id: number; ok: true; type: 'compare'; comparison: Comparison; ms: number }
  | { id: number; ok: true; type: 'history'; history: HistoryStep[]; ms: number }
  | { id: number; ok: false; error: string };
