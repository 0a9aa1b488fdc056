/**
 * The desktop app's import isolates, without Electron's binary: `utilityProcess.fork` is stood in
 * for by a Node child process that gets the same `process.parentPort` (electron/testing/
 * utility-process-shim.mjs), running the real worker bundle with the heap cap as execArgv.
 */
import { describe, expect, it, vi } from 'vitest';
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const shim = fileURLToPath(new URL('../testing/utility-process-shim.mjs', import.meta.url));
const forks: { execArgv: string[] }[] = [];

vi.mock('electron', () => ({
  utilityProcess: {
    fork(modulePath: string, args: string[], options: { execArgv?: string[] }) {
      forks.push({ execArgv: options.execArgv ?? [] });
      const child = fork(modulePath, args, { execArgv: ['--import', shim, ...(options.execArgv ?? [])], serialization: 'advanced', stdio: 'ignore' });
      const proc = new EventEmitter() as EventEmitter & { postMessage(m: unknown): void; kill(): boolean };
      child.on('spawn', () => proc.emit('spawn'));
      child.on('message', (m) => proc.emit('message', m));
      child.on('exit', (code) => proc.emit('exit', code ?? 1));
      proc.postMessage = (m) => void child.send(m as never);
      proc.kill = () => child.kill('SIGKILL');
      return proc;
    },
  },
}));

const { utilityProcessIsolates } = await import('./import-process');
const { defaultWorkerEntry, importInIsolate, DEFAULT_IMPORT_LIMITS } = await import('../host/import-isolate');
const { nestedDocx } = await import('../../shared/testing/hostile');

describe('utility-process isolates', () => {
  it('import a real file through the worker bundle, with the heap cap passed to the process', async () => {
    const spawn = utilityProcessIsolates(await defaultWorkerEntry());
    const bytes = new Uint8Array(fs.readFileSync('shared/import/fixtures/oewg-crp.docx'));
    const progress: number[] = [];
    const { content, draft } = await importInIsolate(spawn, { name: 'oewg-crp.docx', bytes, trackedChanges: 'accept' }, { onProgress: (f) => progress.push(f) });
    expect(content.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(20);
    expect(draft.sourceName).toBe('oewg-crp.docx');
    expect(progress.at(-1)).toBe(1);
    expect(forks.at(-1)!.execArgv).toEqual([`--max-old-space-size=${DEFAULT_IMPORT_LIMITS.memoryMb}`]);
  });

  it('a hostile file ends in one sentence, and a process that dies or outgrows its heap is reported', async () => {
    const spawn = utilityProcessIsolates(await defaultWorkerEntry());
    await expect(importInIsolate(spawn, { name: 'nested.docx', bytes: nestedDocx(), trackedChanges: 'accept' })).rejects.toThrow(/^nested\.docx \(word\/document\.xml\) nests its XML/);
    const text = new TextEncoder().encode(`1. ${'States agreed to continue. '.repeat(450_000)}`);
    await expect(importInIsolate(spawn, { name: 'big.txt', bytes: text, trackedChanges: 'accept' }, { limits: { ...DEFAULT_IMPORT_LIMITS, memoryMb: 16 } })).rejects.toThrow(
      /^big\.txt could not be read: the importer stopped unexpectedly \(exit code \d+; it may have needed more than 16 MB of memory\)\.$/,
    );
  }, 60_000);
});
