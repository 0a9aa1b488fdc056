/// <reference lib="webworker" />
/** The comparison engine's Web Worker: heavy work off the UI thread. */
import { handleEngineRequest } from './engine-core';
import type { EngineRequest } from './engine-protocol';

self.onmessage = (e: MessageEvent<EngineRequest>) => {
  (self as unknown as Worker).postMessage(handleEngineRequest(e.data));
};
