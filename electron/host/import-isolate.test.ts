/**
 * Hostile documents through the import isolate the host really uses (a worker thread with a heap
 * cap and a time limit): each ends in one sentence within 5 s of parsing starting, or imports if
 * it is merely large; the host's own event loop keeps turning throughout, and the host survives.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn as spawnProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleFromSources } from './dev-bundle';
import { defaultWorkerEntry, importInIsolate, isolatedImporter, timeLimitMs, workerThreadIsolates, DEFAULT_IMPORT_LIMITS, type IsolateFactory, type ImportLimits } from './import-isolate';
import type { FromIsolate, ImportOutcome } from './import-protocol';
import { ImportError } from '../../shared/import/types';
import { cyclicPagesPdf, hugeParagraphDocx, longProse, lyingZipBombDocx, manyPagesPdf, nestedArrayPdf, nestedDocx, textOperatorBombPdf, zipBombDocx } from '../../shared/testing/hostile';

const spawn = workerThreadIsolates();

interface Run {
  outcome: ImportOutcome | null;
  error: Error | null;
  /** From the isolate's start of parsing to the end. */
  parseMs: number;
  /** Longest gap between two turns of the host's event loop while the import ran. */
  longestStallMs: number;
}

async function run(name: string, bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS, factory: IsolateFactory = spawn): Promise<Run> {
  let last = performance.now();
  let longest = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 20);
  let startedAt = 0;
  try {
    const outcome = await importInIsolate(factory, { name, bytes, trackedChanges: 'accept' }, { limits, onStarted: () => (startedAt = performance.now()) }).then(
      (o) => ({ outcome: o, error: null }),
      (e: Error) => ({ outcome: null, error: e }),
    );
    return { ...outcome, parseMs: performance.now() - (startedAt || performance.now()), longestStallMs: longest };
  } finally {
    clearInterval(beat);
  }
}

/** One sentence, as the user sees it. */
function expectOneLine(r: Run, message: RegExp): void {
  expect(r.error, 'an error').toBeInstanceOf(ImportError);
  expect(r.error!.message).toMatch(message);
  expect(r.error!.message).not.toContain('\n');
  expect(r.error!.message.length).toBeLessThan(300);
}

describe('hostile documents end in one sentence within 5 s, off the host’s thread', () => {
  it('a 6 KB DOCX with 50,000 nested elements', async () => {
    const bytes = nestedDocx(50_000);
    expect(bytes.length).toBeLessThan(8 * 1024);
    const r = await run('nested.docx', bytes);
    expectOneLine(r, /nests its XML more than 256 levels deep/);
    expect(r.parseMs).toBeLessThan(5000);
  });

  it('a zip bomb, refused from its directory', async () => {
    const r = await run('bomb.docx', zipBombDocx(16));
    expectOneLine(r, /possible zip bomb/);
    expect(r.parseMs).toBeLessThan(5000);
  });

  it('a zip bomb whose directory lies about its size, stopped while inflating', async () => {
    const r = await run('liar.docx', lyingZipBombDocx(16));
    expectOneLine(r, /damaged or incomplete/);
    expect(r.parseMs).toBeLessThan(5000);
  });

  it('pathological PDFs: a content stream of millions of text operators, arrays nested 200,000 deep, 200,000 pages, a page tree that contains itself', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['operators.pdf', textOperatorBombPdf(48), /took longer than [\d.]+ s to read and was stopped|no text layer/],
      ['arrays.pdf', nestedArrayPdf(200_000), /no text layer|damaged|not a readable PDF/],
      ['pages.pdf', manyPagesPdf(200_000), /has 200,000 pages; Draftwatch imports documents of up to 5,000 pages/],
      ['cycle.pdf', cyclicPagesPdf(), /damaged|not a readable PDF/],
    ];
    for (const [name, bytes, message] of cases) {
      const r = await run(name, bytes);
      expectOneLine(r, message);
      expect(r.parseMs, name).toBeLessThan(5000);
      // The host never waited on the parser.
      expect(r.longestStallMs, name).toBeLessThan(1000);
    }
  });

  it('a 20 MB paragraph is merely large: it imports whole', async () => {
    const r = await run('long.docx', hugeParagraphDocx(20));
    expect(r.error).toBeNull();
    const paragraph = r.outcome!.content.blocks[0]!;
    expect(r.outcome!.content.blocks).toHaveLength(1);
    expect(paragraph.number).toBe('1');
    expect(paragraph.text.length).toBeGreaterThan(20 * 1024 * 1024 - 100);
    expect(r.outcome!.draft.blocks[0]!.text).toBe(paragraph.text);
    expect(r.longestStallMs).toBeLessThan(1000);
  }, 120_000);
});

describe('the isolate’s limits', () => {
  it('stops a parse that runs past its time limit, with one sentence', async () => {
    const pdf = new Uint8Array(fs.readFileSync('shared/import/fixtures/long-400.pdf'));
    const r = await run('long-400.pdf', pdf, { ...DEFAULT_IMPORT_LIMITS, baseMs: 1, msPerMb: 0 });
    expectOneLine(r, /^long-400\.pdf took longer than \d+\.\d s to read and was stopped: it may be damaged, or made to stall the importer\.$/);
  });

  it('stops an import that needs more memory than its cap, and the host lives on', async () => {
    const text = new TextEncoder().encode(`1. ${longProse(24)}`);
    const r = await run('big.txt', text, { ...DEFAULT_IMPORT_LIMITS, memoryMb: 48 });
    expectOneLine(r, /^big\.txt needed more than 48 MB of memory to read and was stopped/);
    // The same host imports the next file as usual.
    const ok = await run('oewg-rev1.md', new Uint8Array(fs.readFileSync('shared/import/fixtures/oewg-rev1.md')));
    expect(ok.error).toBeNull();
    expect(ok.outcome!.content.blocks.length).toBeGreaterThan(5);
  }, 60_000);

  it('gives work that keeps progressing more time, and none to work that stalls', async () => {
    /** An isolate that starts, reports `steps` of progress `every` ms apart, then finishes. */
    const scripted = (steps: number, every: number): IsolateFactory => () => {
      let onMessage: ((m: FromIsolate) => void) | null = null;
      const timers: ReturnType<typeof setTimeout>[] = [];
      return {
        send: () => {
          onMessage?.({ type: 'started' });
          for (let i = 1; i <= steps; i++) timers.push(setTimeout(() => onMessage?.({ type: 'progress', fraction: i / (steps + 1) }), i * every));
          timers.push(setTimeout(() => onMessage?.({ type: 'done', outcome: { content: { blocks: [] }, draft: {} } as unknown as ImportOutcome }), (steps + 1) * every));
        },
        onMessage: (l) => (onMessage = l),
        onExit: () => {},
        kill: () => timers.forEach(clearTimeout),
      };
    };
    const limits = { ...DEFAULT_IMPORT_LIMITS, baseMs: 300, msPerMb: 0 };
    // Ten steps 100 ms apart: 1.1 s in all, far past 300 ms, but never 300 ms without progress.
    expect((await run('long.pdf', new Uint8Array(1), limits, scripted(10, 100))).error).toBeNull();
    // One step, then a step that takes a second: stopped 300 ms after the last progress.
    expectOneLine(await run('stuck.pdf', new Uint8Array(1), limits, scripted(1, 1000)), /^stuck\.pdf took longer than [\d.]+ s to read and was stopped/);
    // Progress cannot buy more than the overall cap.
    expectOneLine(await run('slow.pdf', new Uint8Array(1), { ...limits, maxMs: 500 }, scripted(10, 100)), /^slow\.pdf took longer than 0\.5 s/);
  });

  it('reports an isolate that dies, and one that never starts', async () => {
    const dying: IsolateFactory = () => {
      let onExit: ((why: 'memory' | 'crash', detail: string) => void) | null = null;
      return { send: () => setTimeout(() => onExit?.('crash', 'exit code 134'), 10), onMessage: () => {}, onExit: (l) => (onExit = l), kill: () => {} };
    };
    expectOneLine(await run('x.docx', new Uint8Array([1]), DEFAULT_IMPORT_LIMITS, dying), /^x\.docx could not be read: the importer stopped unexpectedly \(exit code 134\)\.$/);
    const silent: IsolateFactory = () => ({ send: () => {}, onMessage: () => {}, onExit: () => {}, kill: () => {} });
    expectOneLine(await run('y.pdf', new Uint8Array([1]), { ...DEFAULT_IMPORT_LIMITS, startupMs: 50 }, silent), /^y\.pdf was not imported: the importer did not start within 0 s\.$/);
  });

  it('gives a large file more time by its size and how much its format expands', () => {
    const l = DEFAULT_IMPORT_LIMITS;
    expect(timeLimitMs(l, 6 * 1024, 'nested.docx')).toBeLessThan(3100);
    expect(timeLimitMs(l, 3 * 1024 * 1024, 'long.docx')).toBe(33_000);
    expect(timeLimitMs(l, 20 * 1024 * 1024, 'long.txt')).toBe(23_000);
    expect(timeLimitMs(l, 100 * 1024 * 1024, 'huge.docx')).toBe(l.maxMs);
  });
});

describe('worker-thread isolates and the process that owns them', () => {
  it('a spare worker, started ahead for the next import, never keeps the process alive', async () => {
    const script = await bundleFromSources(fileURLToPath(new URL('../testing/import-and-exit.ts', import.meta.url)));
    const child = spawnProcess(process.execPath, [script, await defaultWorkerEntry(), 'shared/import/fixtures/oewg-crp.docx'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(Number(out.trim())).toBeGreaterThan(20);
  }, 120_000);
});

describe('isolates reused across the files of one command (the command line)', () => {
  /** A worker that answers each job with its thread id, fails a job named fail.txt and dies on crash.txt. */
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const scriptedWorker = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-isolate-'));
    dirs.push(dir);
    const file = path.join(dir, 'scripted-worker.mjs');
    fs.writeFileSync(
      file,
      `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ job }) => {
  parentPort.postMessage({ type: 'started' });
  if (job.name === 'crash.txt') process.exit(3);
  if (job.name === 'fail.txt') parentPort.postMessage({ type: 'failed', error: { name: 'ImportError', message: 'fail.txt is bad.' } });
  else parentPort.postMessage({ type: 'done', outcome: { content: { blocks: [] }, draft: { id: String(threadId) } } });
});`,
    );
    return file;
  };
  const job = (name: string) => ({ name, bytes: new Uint8Array([1]), trackedChanges: 'accept' as const });
  const thread = async (importer: ReturnType<typeof isolatedImporter>, name: string) => (await importer(job(name))).draft.id;

  it('imports the files one after the other in one isolate, and never reuses one that failed or died', async () => {
    const isolates = workerThreadIsolates(scriptedWorker(), 60_000, { reuse: true });
    isolates.warm();
    const importer = isolatedImporter(isolates, 1);
    const first = await thread(importer, 'a.txt');
    expect(await thread(importer, 'b.txt')).toBe(first);
    await expect(importer(job('fail.txt'))).rejects.toThrow(/^fail\.txt is bad\.$/);
    const afterFailure = await thread(importer, 'c.txt');
    expect(afterFailure).not.toBe(first);
    expect(await thread(importer, 'd.txt')).toBe(afterFailure);
    await expect(importer(job('crash.txt'))).rejects.toThrow(/^crash\.txt could not be read: the importer stopped unexpectedly \(exit code 3\)\.$/);
    const afterCrash = await thread(importer, 'e.txt');
    expect([first, afterFailure]).not.toContain(afterCrash);
  });

  it('without reuse, every file gets a fresh isolate', async () => {
    const importer = isolatedImporter(workerThreadIsolates(scriptedWorker(), 60_000), 1);
    const ids = [await thread(importer, 'a.txt'), await thread(importer, 'b.txt'), await thread(importer, 'c.txt')];
    expect(new Set(ids).size).toBe(3);
  });

  it('the real importer reads a Word file and then a Markdown file in one isolate, and the next file after a memory limit in a fresh one', async () => {
    const importer = isolatedImporter(workerThreadIsolates(defaultWorkerEntry(), 60_000, { reuse: true, preloadPdf: false }), 1, { ...DEFAULT_IMPORT_LIMITS, memoryMb: 64 });
    const read = (file: string) => importer({ name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)), trackedChanges: 'accept' });
    expect((await read('shared/import/fixtures/oewg-crp.docx')).content.blocks.length).toBeGreaterThan(20);
    expect((await read('shared/import/fixtures/oewg-rev1.md')).content.blocks.length).toBeGreaterThan(5);
    await expect(importer({ name: 'big.txt', bytes: new TextEncoder().encode(`1. ${longProse(32)}`), trackedChanges: 'accept' })).rejects.toThrow(/^big\.txt needed more than 64 MB of memory/);
    expect((await read('shared/import/fixtures/oewg-rev1.md')).content.blocks.length).toBeGreaterThan(5);
  }, 120_000);
});
