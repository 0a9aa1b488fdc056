/**
 * The command line as it ships: built as the build script builds it, run as a process. Its import
 * isolate runs the CommonJS worker bundle with the packages inside; pdf.js, left outside, is
 * imported from it only for a PDF.
 */
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { cliBuildOptions, cliWorkerBuildOptions } from '../../scripts/cli-build.mjs';
import { parseTimings } from '../host/timings';

const root = path.resolve(import.meta.dirname, '../..');
let out: string;

/** Runs the built command; its stdout. */
function draftwatch(args: string[]): string {
  return execFileSync(process.execPath, [path.join(out, 'cli.mjs'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('the built command line', () => {
  beforeAll(async () => {
    // Inside the repository, so pdf.js (left outside the bundles) resolves as in an install.
    fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
    out = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'dw-cli-built-'));
    await Promise.all([
      build({ ...(cliBuildOptions(root, out, 'test') as object), sourcemap: false, logLevel: 'silent' }),
      ...(cliWorkerBuildOptions(root, out, 'test') as object[]).map((o) => build({ ...o, logLevel: 'silent' })),
    ]);
  }, 120_000);
  afterAll(() => {
    if (out) fs.rmSync(out, { recursive: true, force: true });
  });

  it('the worker bundle requires nothing but Node’s own modules: its packages are inside', () => {
    const code = fs.readFileSync(path.join(out, 'import-worker.cjs'), 'utf8');
    const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);
    expect(required.length).toBeGreaterThan(0);
    expect(required.filter((r) => !isBuiltin(r))).toEqual([]);
  });

  it('compares two Word files, and a PDF with a Word file, in one command', () => {
    const docx = JSON.parse(draftwatch(['compare', 'shared/import/fixtures/oewg-crp.docx', 'shared/import/fixtures/long-400.docx', '--json'])) as { changes: { kind: string }[] };
    expect(docx.changes.length).toBeGreaterThan(20);
    // The same document as PDF and as DOCX: most paragraphs are found unchanged.
    const json = JSON.parse(draftwatch(['compare', 'shared/import/fixtures/oewg-crp.pdf', 'shared/import/fixtures/oewg-crp.docx', '--json'])) as { changes: { kind: string }[] };
    expect(json.changes.filter((c) => c.kind === 'unchanged').length).toBeGreaterThan(json.changes.length / 2);
  }, 120_000);

  it('DRAFTWATCH_TIMINGS=1 prints every phase on stderr, on one clock, and changes nothing on stdout', () => {
    const args = [path.join(out, 'cli.mjs'), 'compare', 'shared/import/fixtures/oewg-crp.docx', 'shared/import/fixtures/long-400.docx', '--json'];
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
    const quiet = run({ DRAFTWATCH_TIMINGS: '' });
    const timed = run({ DRAFTWATCH_TIMINGS: '1' });
    expect(quiet.status).toBe(0);
    expect(timed.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(timed.stdout).toBe(quiet.stdout);
    const lines = parseTimings(timed.stderr);
    expect(lines.length).toBe(timed.stderr.trim().split('\n').length);
    const phases = lines.map((l) => `${l.thread} ${l.what}`);
    for (const phase of [
      'main Node bootstrap complete (our first module starts loading)',
      'main command line loaded (bin/draftwatch.mjs, out/node/cli.mjs)',
      'main import worker created',
      'main compare command loaded',
      'worker worker program loaded',
      'worker parsed oewg-crp.docx',
      'worker parsed long-400.docx',
      'main draft of long-400.docx received',
      'main compared',
      'main printed',
      'main exit',
    ]) {
      expect(phases).toContain(phase);
    }
    // Each thread's phases end in order, and its CPU time only grows.
    for (const thread of ['main', 'worker']) {
      const ours = lines.filter((l) => l.thread === thread && l.cpuMs !== undefined);
      expect(ours.map((l) => l.atMs)).toEqual([...ours.map((l) => l.atMs)].sort((a, b) => a - b));
      expect(ours.map((l) => l.cpuMs)).toEqual([...ours.map((l) => l.cpuMs)].sort((a, b) => a! - b!));
    }
    const at = (phase: string) => lines[phases.indexOf(phase)]!.atMs;
    expect(at('worker parsed long-400.docx')).toBeLessThan(at('main draft of long-400.docx received'));
    expect(at('main draft of long-400.docx received')).toBeLessThan(at('main compared'));
    expect(lines.at(-1)!.processCpuMs).toBeGreaterThan(0);
  }, 120_000);

  it('--version loads neither the worker machinery nor perf_hooks: only a command that reads files starts its isolate', () => {
    const probe = `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(out, 'cli.mjs')).href)}); await main(['--version']); process.stderr.write(JSON.stringify(process.moduleLoadList));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(r.stdout).toBe('test\n');
    const loaded = JSON.parse(r.stderr) as string[];
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((m) => /\b(worker_threads|internal\/worker|perf_hooks|internal\/perf\/performance|zlib)$/.test(m))).toEqual([]);
  }, 60_000);
});
