/// <reference lib="webworker" />
/** The tracker's Web Worker: following watched language across drafts off the UI thread. */
import { handleTrackRequest } from './track-core';
import type { TrackRequest } from './track-protocol';

self.onmessage = (e: MessageEvent<TrackRequest>) => {
  (self as unknown as Worker).postMessage(handleTrackRequest(e.data));
};
