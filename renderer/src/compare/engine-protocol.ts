/** Messages between the renderer and the engine worker. */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import type { Annotation } from '../../../shared/annotate/schema';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { RedlineAnnotation } from '../../../shared/export/types';

/** A draft, sent whole with the key to keep it under, or only its key once the worker holds it. */
export type DraftOrKey = { key: string; draft?: Draft };

/** The error a worker answers when a compare request names a draft it does not hold (it restarted). */
export const UNKNOWN_DRAFT = 'unknown draft key';

/** What the annotations panel can export. */
export type AnnotationExportFormat = 'w3c' | 'csv' | 'brief-docx';

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
      /** Redlines: notes to place as Word comments (or HTML asides) on their passages. */
      annotations?: RedlineAnnotation[];
      /** The interface language: the export's own words follow it (shared/export/strings.ts). */
      uiLanguage?: string;
    }

  /**
   * base and target go whole the first time, with a `key` the worker keeps them under; later
   * comparisons of the same draft send `{ key }` only (cloning a 4,000-paragraph draft for the
   * worker takes the main thread longer than a frame). A worker that no longer holds the key
   * answers `unknownDraft` and the client sends the draft whole.
   */
  | { id: number; type: 'compare'; base: DraftOrKey; target: DraftOrKey; options: Partial<CompareOptions> }
  | { id: number; type: 'history'; drafts: Draft[]; overrides: LineageOverride[]; options: Partial<CompareOptions>; draftId: string; paragraphId: string }
  /** Where `annotations` sit in every draft (a chunk of the project's set; cached by content). */
  | { id: number; type: 'anchors'; drafts: Draft[]; overrides: LineageOverride[]; annotations: Annotation[] }
  /** An annotation file's text read, validated and tied to the project's drafts. */
  | { id: number; type: 'annotations-import'; text: string; drafts: Draft[] }
  | { id: number; type: 'annotations-export'; format: AnnotationExportFormat; drafts: Draft[]; overrides: LineageOverride[]; annotations: Annotation[]; draftId: string | null; appVersion: string }
  /**
   * A draft sent ahead of any comparison (the project opened, a draft came in), in parts of a few
   * hundred blocks so no single post holds the window: `draft` carries part `part` of `parts` of its
   * blocks. The worker keeps it under `key` once the last part is in, as if a compare had sent it.
   */
  | { id: number; type: 'hold'; key: string; draft: Draft; part: number; parts: number }
  /**
   * Warm the engine's JIT while nothing else is asked: `slices` comparisons of generated pairs of
   * `paragraphs` paragraphs, one per task, never ahead of a request (engine-queue.ts). Answered
   * when done or cut short by a comparison.
   */
  | { id: number; type: 'warm-up'; slices: number; paragraphs: number };

export type EngineResponse =
  | { id: number; ok: true; type: 'export'; data: Uint8Array | string; ms: number }
  | { id: number; ok: true; type: 'compare'; comparison: Comparison; ms: number }
  | { id: number; ok: true; type: 'history'; history: HistoryStep[]; ms: number }
  | { id: number; ok: true; type: 'anchors'; anchors: AnchorMap; ms: number }
  | { id: number; ok: true; type: 'annotations-import'; annotations: Annotation[]; ms: number }
  | { id: number; ok: true; type: 'annotations-export'; data: Uint8Array | string; ms: number }
  | { id: number; ok: true; type: 'hold'; ms: number }
  | { id: number; ok: true; type: 'warm-up'; ms: number; slices: number; cancelled: boolean }
  | { id: number; ok: false; error: string };

/**
 * What the worker posts: a comparison goes as JSON text. The page parses 4,000 paragraphs' changes
 * from JSON several times faster than structured clone rebuilds their many small objects (the
 * diff pairs, the section paths), and that rebuilding is a task on the main thread.
 */
export type EngineWireResponse = Exclude<EngineResponse, { type: 'compare' }> | { id: number; ok: true; type: 'compare'; comparison: string; ms: number; jsonMs: number };

/**
 * A comparison as JSON text, each section path written once: changes name their sections by
 * their place in `sections` (a 4,000-paragraph comparison has a few dozen sections, which two
 * paths per change wrote out about 8,000 times: a quarter of the text to write and read).
 */
interface WireComparison extends Omit<Comparison, 'changes'> {
  sections: string[][];
  changes: Array<Omit<Comparison['changes'][number], 'baseSection' | 'targetSection'> & { baseSection?: number; targetSection?: number }>;
}

function writeComparison(c: Comparison): string {
  const sections: string[][] = [];
  const index = new Map<string, number>();
  const place = (path: string[] | undefined): number | undefined => {
    if (!path) return undefined;
    const key = path.join('\u0000');
    let i = index.get(key);
    if (i === undefined) {
      i = sections.length;
      sections.push(path);
      index.set(key, i);
    }
    return i;
  };
  const changes = c.changes.map((ch) => ({ ...ch, baseSection: place(ch.baseSection), targetSection: place(ch.targetSection) }));
  return JSON.stringify({ ...c, changes, sections } satisfies WireComparison);
}

function readComparison(text: string): Comparison {
  const { sections, changes, ...rest } = JSON.parse(text) as WireComparison;
  return {
    ...rest,
    changes: changes.map((ch) => {
      const out = ch as unknown as Comparison['changes'][number];
      if (ch.baseSection !== undefined) out.baseSection = sections[ch.baseSection];
      if (ch.targetSection !== undefined) out.targetSection = sections[ch.targetSection];
      return out;
    }),
  };
}

/** A reply as the worker posts it. */
export function toWire(r: EngineResponse): EngineWireResponse {
  if (!r.ok || r.type !== 'compare') return r;
  const t0 = performance.now();
  const comparison = writeComparison(r.comparison);
  // The time writing it, for the Compare view bench (it reads the worker's messages).
  return { ...r, comparison, jsonMs: performance.now() - t0 };
}

/** A reply as the page reads it (from the worker, or from the main-thread fallback as is). */
export const fromWire = (r: EngineWireResponse | EngineResponse): EngineResponse =>
  r.ok && r.type === 'compare' && typeof r.comparison === 'string' ? { id: r.id, ok: true, type: 'compare', ms: r.ms, comparison: readComparison(r.comparison) } : (r as EngineResponse);
