/**
 * The renderer's access to the comparison engine: requests go to a Web Worker so the window never
 * freezes (see WorkerClient for the fallback when no worker can start).
 */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import { fromWire, fromWireInSlices, nextTask, UNKNOWN_DRAFT, type AnnotationExportFormat, type ComparedDrafts, type DraftOrKey, type EngineRequest, type EngineResponse, type EngineWireResponse, type ExportFormat } from './engine-protocol';
import type { Annotation } from '../../../shared/annotate/schema';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { RedlineAnnotation } from '../../../shared/export/types';
import { currentUiLanguage } from '../i18n';
import { WorkerClient, type Unnumbered } from '../workers/worker-client';

/** A key per draft object: drafts are immutable (an edit makes a new object), so a key names one content. */
const draftKeys = new WeakMap<Draft, string>();
let nextKey = 1;
const keyOf = (d: Draft) => {
  let k = draftKeys.get(d);
  if (!k) draftKeys.set(d, (k = `${d.id}#${nextKey++}`));
  return k;
};

/** Blocks per part of a draft sent ahead: a few milliseconds of cloning on the main thread each. */
export const HOLD_PART = 250;

/**
 * Runs `f` when the window is idle, or after 100 ms if it is not by then (a window busy drawing a
 * long draft would otherwise put it off until the Compare view asks), telling it how many
 * milliseconds it may still take: the idle time left, or 8 ms when it was not idle.
 */
const whenIdle = (f: (left: () => number) => void): void => {
  if (typeof requestIdleCallback !== 'function') return void setTimeout(() => f(budget(8)), 50);
  requestIdleCallback((d) => f(d.didTimeout ? budget(8) : () => d.timeRemaining() - 5), { timeout: 100 });
};
const budget = (ms: number): (() => number) => {
  const end = performance.now() + ms;
  return () => end - performance.now();
};

export class EngineClient {
  /** Keys of the drafts this client's worker holds (sent whole once, or sent ahead). */
  private held = new Set<string>();
  /** Drafts being sent ahead: the parts not yet posted, by key. */
  private sending = new Map<string, Array<Unnumbered<EngineRequest>>>();
  private warmed = false;
  /** Prepare requests posted and not yet answered. */
  private preparing = 0;
  /** The pair to compare ahead, waiting for its drafts' last parts to be posted. */
  private toPrepare: { base: string; target: string; options: Partial<CompareOptions>; answer: (r: Extract<EngineResponse, { type: 'prepare' }> | null) => void } | null = null;

  /**
   * @param idle runs work when the window is idle (whenIdle)
   * @param slices how a comparison reply is read: slices of `ms` milliseconds with `pause()` between them
   */
  constructor(
    private readonly channel: WorkerClient<EngineRequest, EngineWireResponse | EngineResponse>,
    private readonly idle: (f: (left: () => number) => void) => void = whenIdle,
    private readonly slices: { pause: () => Promise<void>; ms: number } = { pause: nextTask, ms: 4 },
  ) {}

  private async ask(req: Unnumbered<EngineRequest>, drafts?: ComparedDrafts): Promise<EngineResponse> {
    return fromWire(await this.channel.send(req), drafts);
  }

  /** A comparison, read in slices between which the page can paint (a long one is thousands of changes to rebuild). */
  private async askCompare(req: Unnumbered<Extract<EngineRequest, { type: 'compare' }>>, drafts: ComparedDrafts): Promise<EngineResponse> {
    return fromWireInSlices(await this.channel.send(req), drafts, this.slices.pause, this.slices.ms);
  }

  private ref(d: Draft, resend: boolean): DraftOrKey {
    const key = keyOf(d);
    // Parts still waiting go now, ahead of the request that needs them (the worker reads in order).
    if (!resend) this.flush(key);
    if (!resend && this.held.has(key)) return { key };
    this.sending.delete(key);
    this.held.add(key);
    return { key, draft: d };
  }

  private flush(key: string): void {
    const parts = this.sending.get(key);
    this.sending.delete(key);
    for (const part of parts ?? []) void this.channel.send(part);
    this.sendPrepare();
  }

  /** Posts the pair to compare ahead once neither of its drafts has parts still to post (the worker reads in order). */
  private sendPrepare(): void {
    const p = this.toPrepare;
    if (!p || this.sending.has(p.base) || this.sending.has(p.target)) return;
    this.toPrepare = null;
    this.preparing++;
    void this.ask({ type: 'prepare', pair: { base: p.base, target: p.target, options: p.options } })
      .then((r) => (r.ok && r.type === 'prepare' ? r : null), () => null)
      .then((r) => {
        this.preparing--;
        p.answer(r);
      });
  }

  /**
   * Sends `drafts` to the worker ahead of any comparison (those it does not hold yet), a part of
   * HOLD_PART blocks per idle moment, so opening the Compare view later sends only their keys and
   * no post of thousands of paragraphs holds the window. Only to a real worker.
   */
  holdAhead(drafts: readonly Draft[]): void {
    if (!this.channel.inWorker) return;
    for (const d of drafts) {
      const key = keyOf(d);
      if (this.held.has(key)) continue;
      const parts = Math.max(1, Math.ceil(d.blocks.length / HOLD_PART));
      const queue: Array<Unnumbered<EngineRequest>> = [];
      for (let part = 0; part < parts; part++) queue.push({ type: 'hold', key, part, parts, draft: { ...d, blocks: d.blocks.slice(part * HOLD_PART, (part + 1) * HOLD_PART) } });
      this.held.add(key);
      this.sending.set(key, queue);
      // At least one part per idle moment, more while the moment lasts (a part takes a few ms).
      const next = (left: () => number) => {
        const q = this.sending.get(key);
        if (!q) return;
        do void this.channel.send(q.shift()!);
        while (q.length && left() > 0);
        if (q.length) this.idle(next);
        else {
          this.sending.delete(key);
          this.sendPrepare();
        }
      };
      this.idle(next);
    }
  }

  /**
   * Compares `base` with `target` ahead in the worker, at idle priority, so the Compare view
   * opening on them with these options finds the comparison made: the drafts go ahead first
   * (holdAhead), then the request, which the worker runs after any warm-up and never ahead of a
   * real request. A newer call replaces this one; `cancelPrepare` withdraws it. Only to a real
   * worker: on the main thread it would hold the window. Resolves with the worker's answer (null
   * when none came: replaced before it was posted, or no worker).
   */
  prepare(base: Draft, target: Draft, options: Partial<CompareOptions>): Promise<Extract<EngineResponse, { type: 'prepare' }> | null> {
    if (!this.channel.inWorker || base === target) return Promise.resolve(null);
    this.toPrepare?.answer(null);
    this.holdAhead([base, target]);
    return new Promise((answer) => {
      this.toPrepare = { base: keyOf(base), target: keyOf(target), options, answer };
      this.sendPrepare();
    });
  }

  /** Withdraws the comparison asked ahead (an import under way, a draft being typed in, the project closed). */
  cancelPrepare(): void {
    this.toPrepare?.answer(null);
    this.toPrepare = null;
    if (this.preparing) void this.channel.send({ type: 'prepare', pair: null });
  }

  /**
   * Warms the engine's JIT in the worker with small generated comparisons at idle priority (once
   * per worker): the first real comparison of a long draft then runs at nearly warm speed. A real
   * request is never queued behind it, and it stops once one has run.
   */
  async warmUp(slices = 20, paragraphs = 160): Promise<Extract<EngineResponse, { type: 'warm-up' }> | null> {
    if (this.warmed || !this.channel.inWorker) return null;
    this.warmed = true;
    const r = await this.ask({ type: 'warm-up', slices, paragraphs });
    return r.ok && r.type === 'warm-up' ? r : null;
  }

  async compare(base: Draft, target: Draft, options: Partial<CompareOptions>): Promise<{ comparison: Comparison; ms: number }> {
    let r = await this.askCompare({ type: 'compare', base: this.ref(base, false), target: this.ref(target, false), options }, { base, target });
    // The worker restarted (or the main-thread fallback took over) and lost what it held: send both whole.
    if (!r.ok && r.error === UNKNOWN_DRAFT) r = await this.askCompare({ type: 'compare', base: this.ref(base, true), target: this.ref(target, true), options }, { base, target });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'compare') throw new Error('unexpected engine reply');
    return { comparison: r.comparison, ms: r.ms };
  }

  async history(drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>, draftId: string, paragraphId: string): Promise<HistoryStep[]> {
    const r = await this.ask({ type: 'history', drafts, overrides, options, draftId, paragraphId });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'history') throw new Error('unexpected engine reply');
    return r.history;
  }

  /** An export's bytes (DOCX) or text (HTML), made in the worker. */
  async export(format: ExportFormat, drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>, appVersion: string, annotations: RedlineAnnotation[] = [], author?: string): Promise<Uint8Array | string> {
    const r = await this.ask({ type: 'export', format, drafts, overrides, options, appVersion, annotations, ...(author ? { author } : {}), uiLanguage: currentUiLanguage() });

    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'export') throw new Error('unexpected engine reply');
    return r.data;
  }

  /** Anchors of `annotations` in every draft, computed (and cached by content) in the worker. */
  async anchors(drafts: Draft[], overrides: LineageOverride[], annotations: Annotation[]): Promise<AnchorMap> {
    const r = await this.ask({ type: 'anchors', drafts, overrides, annotations });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'anchors') throw new Error('unexpected engine reply');
    return r.anchors;
  }

  /** An annotation file's text parsed and validated against the project's drafts, off the main thread. */
  async importAnnotations(text: string, drafts: Draft[]): Promise<Annotation[]> {
    const r = await this.ask({ type: 'annotations-import', text, drafts });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'annotations-import') throw new Error('unexpected engine reply');
    return r.annotations;
  }

  async exportAnnotations(format: AnnotationExportFormat, drafts: Draft[], overrides: LineageOverride[], annotations: Annotation[], draftId: string | null, appVersion: string): Promise<Uint8Array | string> {
    const r = await this.ask({ type: 'annotations-export', format, drafts, overrides, annotations, draftId, appVersion });
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
    new WorkerClient<EngineRequest, EngineWireResponse | EngineResponse>(
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
    new WorkerClient<EngineRequest, EngineWireResponse | EngineResponse>(
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
