/** Runs the tracker in its worker whenever the drafts, the watch list or the extra pair change; stale answers are dropped. */
import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import type { WatchTerm } from '../../../shared/model/schema';
import type { TrackReport } from '../../../shared/track';
import { tracker } from './track-client';

export interface TrackState {
  /** The latest report; kept while a newer one is computed so the screen does not blank. */
  report: TrackReport | null;
  computing: boolean;
  error: string | null;
  ms: number | null;
}

export function useTrack(drafts: Draft[], terms: WatchTerm[], pair: [string, string] | null): TrackState {
  const [state, setState] = useState<TrackState>({ report: null, computing: drafts.length > 0, error: null, ms: null });
  const seq = useRef(0);
  const from = pair?.[0] ?? null;
  const to = pair?.[1] ?? null;
  useEffect(() => {
    const mine = ++seq.current;
    setState((s) => ({ ...s, computing: true, error: null }));
    tracker()
      .track(drafts, terms, from && to ? [[from, to]] : [])
      .then(({ report, ms }) => {
        if (mine === seq.current) setState({ report, computing: false, error: null, ms });
      })
      .catch((e: unknown) => {
        if (mine === seq.current) setState((s) => ({ ...s, computing: false, error: e instanceof Error ? e.message : String(e) }));
      });
  }, [drafts, terms, from, to]);
  return state;
}
