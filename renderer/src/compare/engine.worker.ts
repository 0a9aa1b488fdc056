/// <reference lib="webworker" />
/** The comparison engine's Web Worker: comparisons, paragraph histories and exports off the UI thread. */
import { handleEngineRequest } from './engine-core';
import type { EngineRequest } from './engine-protocol';

self.onmessage = async (e: MessageEvent<EngineRequest>) => {
  const reply = await handleEngineRequest(e.data);
  // File bytes move to the page rather than being copied.
  const transfer = reply.ok && (reply.type === 'export' || reply.type === 'annotations-export') && reply.data instanceof Uint8Array ? [reply.data.buffer] : [];
  (self as unknown as Worker).postMessage(reply, transfer);
};
