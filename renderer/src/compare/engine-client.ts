/**
 * The renderer's access to the comparison engine: requests go to a Web Worker so the window never
 * freezes (see WorkerClient for the fallback when no worker can start).
 */
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import type { EngineRequest, EngineResponse, ExportFormat } from './engine-protocol';
import { WorkerClient } from '../workers/worker-client';

class EngineClient {
  private readonly channel = new WorkerClient<EngineRequest, EngineResponse>(
    () => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'draftwatch-engine' }),
    async () => (await import('./engine-core')).handleEngineRequest,
    'comparison engine',
  );

  async compare(base: Draft, target: Draft, options: Partial<CompareOptions>): Promise<{ comparison: Comparison; ms: number }> {
    const r = await this.channel.send({ type: 'compare', base, target, options });
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
  async export(format: ExportFormat, drafts: Draft[], overrides: LineageOverride[], options: Partial<CompareOptions>, appVersion: string): Promise<Uint8Array | string> {
    const r = await this.channel.send({ type: 'export', format, drafts, overrides, options, appVersion });
    if (!r.ok) throw new Error(r.error);
    if (r.type !== 'export') throw new Error('unexpected engine reply');
    return r.data;
  }
}

let client: EngineClient | null = null;
/** The window's engine client (one worker per window). */
export function engine(): EngineClient {
  client ??= new EngineClient();
  return client;
}

// The worker loads its code while the window is idle after launch, so the first comparison does
// not wait for it to start.
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') {
  const idle = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 200));
  idle(() => void engine());
}
