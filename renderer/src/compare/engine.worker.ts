/// <reference lib="webworker" />
/** The comparison engine's Web Worker: comparisons, paragraph histories and exports off the UI thread. */
import { engineWorkerLoop } from './engine-worker-loop';
import type { EngineRequest } from './engine-protocol';

const handle = engineWorkerLoop((reply, transfer) => (self as unknown as Worker).postMessage(reply, transfer));
self.onmessage = (e: MessageEvent<EngineRequest>) => void handle(e.data);
