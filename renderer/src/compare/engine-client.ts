/**
 * The renderer's access to the comparison engine: requests go to a Web Worker so the window never
 * freezes; if no worker can be started the same code runs on the main thread, a tick later.
 */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import type { EngineRequest, EngineResponse } from './engine-protocol';

/** A request before it is numbered (Omit does not distribute over a union). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

type Pending = { resolve(r: EngineResponse): void };

class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor() {
    try {
      this.worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'draftwatch-engine' });
      this.worker.onmessage = (e: MessageEvent<EngineResponse>) => {
        const p = this.pending.get(e.data.id);
        this.pending.delete(e.data.id);
        p?.resolve(e.data);
      };
      this.worker.onerror = () => this.fallBack();
    } catch {
      this.worker = null;
    }
  }

  private fallBack(): void {
    // The worker died or could not load: answer what is pending on the main thread.
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    for (const [, p] of waiting) p.resolve({ id: 0, ok: false, error: 'The comparison engine stopped; please try again.' });
  }

  private async send(req: Unnumbered<EngineRequest>): Promise<EngineResponse> {
    const full = { ...req, id: this.nextId++ } as EngineRequest;
    if (!this.worker) {
      await new Promise((r) => setTimeout(r, 0));
      const { handleEngineRequest } = await import('./engine-core');
      return handleEngineRequest(full);
    }
    return new Promise((resolve) => {
      this.pending.set(full.id, { resolve });
      this.worker!.postMessage(full);
    });
  }

  async compare(base: Draft, target: Draft, options: Partial<CompareOptions>): Promise<{ comparison: Comparison; ms: number }> {
    const r = await this.send({ type: 'compare', base, target, options });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'compare') throw new Error('unexpected engine reply');
    return { comparison: r.comparison, ms: r.ms };
  }

  async history(drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>, draftId: string, paragraphId: string): Promise<HistoryStep[]> {
    const r = await this.send({ type: 'history', drafts, overrides, options, draftId, paragraphId });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'history') throw new Error('unexpected engine reply');
    return r.history;
  }
}

let client: EngineClient | null = null;
/** The window's engine client (one worker per window). */
export function engine(): EngineClient {
  client ??= new EngineClient();
  return client;
}
