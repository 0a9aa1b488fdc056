/** Messages between the renderer and the tracker's worker. */
import type { Draft } from '../../../shared/model/draft';
import type { WatchTerm } from '../../../shared/model/schema';
import type { TrackReport } from '../../../shared/track';

export interface TrackRequest {
  id: number;
  type: 'track';
  drafts: Draft[];
  terms: WatchTerm[];
  /** Extra pairs of drafts to report on, besides consecutive ones. */
  pairs: Array<[string, string]>;
}

export type TrackResponse =
  | { id: number; ok: true; type: 'track'; report: TrackReport; ms: number }
  | { id: number; ok: false; error: string };
