/**
 * The renderer's access to the comparison engine: requests go to a Web Worker so the window never
 * freezes (see WorkerClient for the fallback when no worker can start).
 */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import { UNKNOWN_DRAFT, type AnnotationExportFormat, type DraftOrKey, type EngineRequest, type EngineResponse, type ExportFormat } from './engine-protocol';
import type { Annotation } from '../../../shared/annotate/schema';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { RedlineAnnotation } from '../../../shared/export/types';
import { currentUiLanguage } from '../i18n';
import { WorkerClient } from '../workers/worker-client';

/** A key per draft object: drafts are immutable (an edit makes a new object), so a key names one content. */
const draftKeys = new WeakMap<Draft, string>();
let nextKey = 1;
const keyOf = (d: Draft) => {
  let k = draftKeys.get(d);
  if (!k) draftKeys.set(d, (k = `${d.id}#${nextKey++}`));
  return k;
};

class EngineClient {
  /** Keys of the drafts this client's worker holds (sent whole once). */
  private held = new Set<string>();

  constructor(private readonly channel: WorkerClient<EngineRequest, EngineResponse>) {}

  private ref(d: Draft, resend: boolean): DraftOrKey {
    const key = keyOf(d);
    if (!resend && this.held.has(key)) return { key };
    this.held.add(key);
    return { key, draft: d };
  }

  async compare(base: Draft, target: Draft, options: Partial<CompareOptions>): Promise<{ comparison: Comparison; ms: number }> {
    let r = await this.channel.send({ type: 'compare', base: this.ref(base, false), target: this.ref(target, false), options });
    // The worker restarted (or the main-thread fallback took over) and lost what it held: send both whole.
    if (!r.ok && r.error === UNKNOWN_DRAFT) r = await this.channel.send({ type: 'compare', base: this.ref(base, true), target: this.ref(target, true), options });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'compare') throw new Error('unexpected engine reply');
    return { comparison: r.comparison, ms: r.ms };
  }

  async history(drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>, draftId: string, paragraphId: string): Promise<HistoryStep[]> {
    const r = await this.channel.send({ type: 'history', drafts, overrides, options, draftId, paragraphId });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'history') throw new Error('unexpected engine reply');
    return r.history;
  }

  /** An export's bytes (DOCX) or text (HTML), made in the worker. */
  async export(format: ExportFormat, drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>, appVersion: string, annotations: RedlineAnnotation[] = [], author?: string): Promise<Uint8Array | string> {
    const r = await this.channel.send({ type: 'export', format, drafts, overrides, options, appVersion, annotations, ...(author ? { author } : {}), uiLanguage: currentUiLanguage() });

    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'export') throw new Error('unexpected engine reply');
    return r.data;
  }

  /** Anchors of `annotations` in every draft, computed (and cached by content) in the worker. */
  async anchors(drafts: Draft[], overrides: LineageOverride[], annotations: Annotation[]): Promise<AnchorMap> {
    const r = await this.channel.send({ type: 'anchors', drafts, overrides, annotations });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'anchors') throw new Error('unexpected engine reply');
    return r.anchors;
  }

  /** An annotation file's text parsed and validated against the project's drafts, off the main thread. */
  async importAnnotations(text: string, drafts: Draft[]): Promise<Annotation[]> {
    const r = await this.channel.send({ type: 'annotations-import', text, drafts });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'annotations-import') throw new Error('unexpected engine reply');
    return r.annotations;
  }

  async exportAnnotations(format: AnnotationExportFormat, drafts: Draft[], overrides: LineageOverride[], annotations: Annotation[], draftId: string | null, appVersion: string): Promise<Uint8Array | string> {
    const r = await this.channel.send({ type: 'annotations-export', format, drafts, overrides, annotations, draftId, appVersion });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'annotations-export') throw new Error('unexpected engine reply');
    return r.data;
  }
}

const fallback = async () => (await import('./engine-core')).handleEngineRequest;

let client: EngineClient | null = null;
/** The window's engine client (one worker per window). */
export function engine(): EngineClient {
  client ??= new EngineClient(
    new WorkerClient<EngineRequest, EngineResponse>(
      () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'draftwatch-engine' }),
      fallback,
      'comparison engine',
    ),
  );
  return client;
}

let annotationClient: EngineClient | null = null;
/**
 * A second engine worker for annotations (anchors, annotation files), so placing thousands of
 * annotations never queues a comparison the person is waiting for behind it.
 */
export function annotationEngine(): EngineClient {
  annotationClient ??= new EngineClient(
    new WorkerClient<EngineRequest, EngineResponse>(
      () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'draftwatch-annotations' }),
      fallback,
      'annotation engine',
    ),
  );
  return annotationClient;
}

// The worker loads its code while the window is idle after launch, so the first comparison does
// not wait for it to start.
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') {
  const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
  idle(() => void engine());
}
