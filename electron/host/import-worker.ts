/**
 * Entry point of an import isolate: receives one ImportJob, parses it with the shared importers
 * and answers with the draft or a one-line error. Runs as a worker thread (browser mode, command
 * line) or as an Electron utility process (the desktop app); never in the host's own thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { detectFormat, importBytes, toDraft } from '../../shared/import';
import { useZipCodec } from '../../shared/import/zip';
import type { FromIsolate, ImportJob, ToIsolate } from './import-protocol';
import { mark, startWorkerTimings } from './timings';
import { nodeZipCodec } from './zip-codec';

startWorkerTimings((workerData as { timings?: number } | null)?.timings);
mark('worker program loaded');

interface Port {
  post(message: FromIsolate): void;
  onMessage(listener: (message: ToIsolate) => void): void;
}

/** Electron's utility process exposes its port on process.parentPort, with messages in `.data`. */
interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

function hostPort(): Port | null {
  if (parentPort) {
    const port = parentPort;
    return { post: (m) => port.postMessage(m), onMessage: (l) => port.on('message', (m: ToIsolate) => l(m)) };
  }
  const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;
  if (electronPort) {
    return { post: (m) => electronPort.postMessage(m), onMessage: (l) => electronPort.on('message', (e) => l(e.data as ToIsolate)) };
  }
  return null;
}

/**
 * pdf.js is large: it loads as soon as the isolate starts (an isolate is usually started ahead,
 * as a spare, before a file arrives) and a PDF's clock starts only once it has loaded, so the
 * time limit measures parsing, not loading.
 */
let pdfjs: Promise<unknown> | null = null;
function loadPdfJs(): Promise<unknown> {
  pdfjs ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    await import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

async function preload(job: ImportJob): Promise<void> {
  let format: string;
  try {
    format = detectFormat(job.bytes, job.name);
  } catch {
    return; // the import itself reports it
  }
  if (format === 'pdf') await loadPdfJs();
}

async function run(job: ImportJob, port: Port): Promise<void> {
  mark(`job received: ${job.name}`);
  await preload(job);
  port.post({ type: 'started' });
  let last = -1;
  const content = await importBytes(job.bytes, job.name, {
    trackedChanges: job.trackedChanges,
    ...(job.language ? { language: job.language } : {}),
    onProgress: (fraction) => {
      // A few dozen messages per import at most.
      if (fraction - last >= 0.02 || fraction === 1) {
        last = fraction;
        port.post({ type: 'progress', fraction });
      }
    },
  });
  mark(`parsed ${job.name}`);
  const draft = toDraft(content, { fileName: job.name, bytes: job.bytes, ...(job.draftId ? { id: job.draftId } : {}) });
  mark(`draft made of ${job.name}`);
  port.post({ type: 'done', outcome: { content, draft } });
  mark(`draft of ${job.name} sent`);
}

// Nothing a parser logs may reach the host's output (the command line prints JSON on stdout):
// the isolate speaks only through its port.
for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) console[method] = () => {};

const port = hostPort();
if (port) {
  // Word files are ZIP packages: Node's zlib inflates them, within the same bounds as fflate.
  useZipCodec(nodeZipCodec());
  // Ahead of any file, unless the host said not to: the command line, whose isolates mostly read
  // Word files, would spend a second of a two-core machine compiling pdf.js in each of them.
  if ((workerData as { preloadPdf?: boolean } | null)?.preloadPdf !== false) loadPdfJs().catch(() => {}); // a failure shows when a PDF is imported
  port.onMessage((message) => {
    if (message?.type !== 'job') return;
    run(message.job, port).catch((e: unknown) => {
      const err = e instanceof Error ? e : new Error(String(e));
      port.post({ type: 'failed', error: { name: err.name, message: err.message } });
    });
  });
}
