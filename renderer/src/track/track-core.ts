/**
 * What the tracker's worker does with a request; also callable on the main thread when no worker
 * can be started. The comparisons of consecutive drafts are cached per draft pair: editing the
 * watch list, the common case, then costs only the matching, not the alignment.
 */
import { compareDrafts } from '../../../shared/compare';
import type { Comparison } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import { trackDrafts } from '../../../shared/track';
import type { TrackRequest, TrackResponse } from './track-protocol';

/** Comparisons kept between requests, by "baseId:hash→targetId:hash". */
const cache = new Map<string, Comparison>();
const CACHE_LIMIT = 64;

// The language is part of the key: a comparison's downgrades are read in the drafts' part headings.
const pairKey = (a: Draft, b: Draft): string => `${a.id}:${a.hash}:${a.blocks.length}:${a.language ?? ''}→${b.id}:${b.hash}:${b.blocks.length}:${b.language ?? ''}`;

function cachedCompare(base: Draft, target: Draft): Comparison {
  const key = pairKey(base, target);
  let found = cache.get(key);
  if (!found) {
    found = compareDrafts(base, target);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, found);
  }
  return found;
}

/** Run the tracker for one request. */
export function handleTrackRequest(req: TrackRequest): TrackResponse {
  const t0 = performance.now();
  try {
    const report = trackDrafts(req.drafts, req.terms, { pairs: req.pairs, compare: cachedCompare });
    return { id: req.id, ok: true, type: 'track', report, ms: performance.now() - t0 };
  } catch (e) {
    return { id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
