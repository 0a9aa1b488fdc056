/**
 * The renderer's access to the tracker: requests go to a Web Worker so the window never freezes
 * (see WorkerClient for the fallback when no worker can start).
 */
import type { Draft } from '../../../shared/model/draft';
import type { WatchTerm } from '../../../shared/model/schema';
import type { TrackReport } from '../../../shared/track';
import type { TrackRequest, TrackResponse } from './track-protocol';
import { WorkerClient } from '../workers/worker-client';

class TrackClient {
  private readonly channel = new WorkerClient<TrackRequest, TrackResponse>(
    () => new Worker(new URL('./track.worker.ts', import.meta.url), { type: 'module', name: 'draftwatch-tracker' }),
    async () => (await import('./track-core')).handleTrackRequest,
    'tracker',
  );

  /** Track `terms` across `drafts`, with events for consecutive drafts and for each extra pair. */
  async track(drafts: Draft[], terms: WatchTerm[], pairs: Array<[string, string]>): Promise<{ report: TrackReport; ms: number }> {
    const r = await this.channel.send({ type: 'track', drafts, terms, pairs });
    if (!r.ok) throw new Error(r.error);
    return { report: r.report, ms: r.ms };
  }
}

let client: TrackClient | null = null;
/** The window's tracker client (one worker per window). */
export function tracker(): TrackClient {
  client ??= new TrackClient();
  return client;
}
