/**
 * The command line as it ships: built as the build script builds it, run as a process. Its import
 * isolate starts from V8's code cache after the first run; the output is the same with the cache,
 * without it, and from a damaged one, for Word files and PDFs (pdf.js is imported from the cached
 * bundle only for a PDF).
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { cliBuildOptions, cliWorkerBuildOptions } from '../../scripts/cli-build.mjs';

const root = path.resolve(import.meta.dirname, '../..');
let out: string;
let cache: string;

/** Runs the built command; its stdout. */
function draftwatch(args: string[], cacheDir: string): string {
  return execFileSync(process.execPath, [path.join(out, 'cli.mjs'), ...args], { env: { ...process.env, DRAFTWATCH_CACHE_DIR: cacheDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

const cacheFiles = () => (fs.existsSync(cache) ? fs.readdirSync(cache) : []);

describe('the built command line', () => {
  beforeAll(async () => {
    // Inside the repository, so pdf.js (left outside the bundles) resolves as in an install.
    fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
    out = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'dw-cli-built-'));
    cache = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-cli-cache-'));
    await Promise.all([
      build({ ...(cliBuildOptions(root, out, 'test') as object), sourcemap: false, logLevel: 'silent' }),
      ...(cliWorkerBuildOptions(root, out, 'test') as object[]).map((o) => build({ ...o, logLevel: 'silent' })),
    ]);
  }, 120_000);
  afterAll(() => {
    for (const d of [out, cache]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  it('compares the same with a code cache, without one and from a damaged one', () => {
    const args = ['compare', 'shared/import/fixtures/oewg-crp.docx', 'shared/import/fixtures/long-400.docx', '--json'];
    const first = draftwatch(args, cache);
    expect(JSON.parse(first)).toHaveProperty('changes');
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()[0]).toMatch(/^import-worker\.cjs-.+\.v8cache$/);
    const written = fs.readFileSync(path.join(cache, cacheFiles()[0]!));
    expect(draftwatch(args, cache)).toBe(first);
    expect(draftwatch(args, '')).toBe(first);
    // A damaged cache is ignored and written anew.
    fs.writeFileSync(path.join(cache, cacheFiles()[0]!), written.subarray(0, 1000));
    expect(draftwatch(args, cache)).toBe(first);
    expect(fs.readFileSync(path.join(cache, cacheFiles()[0]!)).length).toBeGreaterThan(1000);
  }, 120_000);

  it('reads a PDF and a Word file in one command through the cached isolate', () => {
    // import() would fail in a script started from the cache: the bundle has none left.
    expect(fs.readFileSync(path.join(out, 'import-worker.cjs'), 'utf8')).not.toMatch(/\bimport\(/);
    draftwatch(['import', 'shared/import/fixtures/oewg-crp.docx'], cache);
    // The same document as PDF and as DOCX: most paragraphs are found unchanged.
    const json = JSON.parse(draftwatch(['compare', 'shared/import/fixtures/oewg-crp.pdf', 'shared/import/fixtures/oewg-crp.docx', '--json'], cache)) as { changes: { kind: string }[] };
    expect(json.changes.filter((c) => c.kind === 'unchanged').length).toBeGreaterThan(json.changes.length / 2);
  }, 120_000);
});
