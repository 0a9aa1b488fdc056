/**
 * The renderer's access to the tracker: requests go to a Web Worker so the window never freezes;
 * if no worker can be started the same code runs on the main thread, a tick later.
 */
import type { Draft } from '../../../shared/model/draft';
import type { WatchTerm } from '../../../shared/model/schema';
import type { TrackReport } from '../../../shared/track';
import type { TrackRequest, TrackResponse } from './track-protocol';

type Pending = { resolve(r: TrackResponse): void };

class TrackClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();

  constructor() {
    try {
      this.worker = new Worker(new URL('./track.worker.ts', import.meta.url), { type: 'module', name: 'draftwatch-tracker' });
      this.worker.onmessage = (e: MessageEvent<TrackResponse>) => {
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
    // The worker died or could not load: fail what is pending; later requests run on the main thread.
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.resolve({ id: 0, ok: false, error: 'The tracker stopped; please try again.' });
  }

  private async send(req: Omit<TrackRequest, 'id'>): Promise<TrackResponse> {
    const full: TrackRequest = { ...req, id: this.nextId++ };
    if (!this.worker) {
      await new Promise((r) => setTimeout(r, 0));
      const { handleTrackRequest } = await import('./track-core');
      return handleTrackRequest(full);
    }
    return new Promise((resolve) => {
      this.pending.set(full.id, { resolve });
      this.worker!.postMessage(full);
    });
  }

  /** Track `terms` across `drafts`, with events for consecutive drafts and for each extra pair. */
  async track(drafts: Draft[], terms: WatchTerm[], pairs: Array<[string, string]>): Promise<{ report: TrackReport; ms: number }> {
    const r = await this.send({ type: 'track', drafts, terms, pairs });
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
