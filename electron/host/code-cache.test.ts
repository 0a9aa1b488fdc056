/**
 * The code cache the command line's import isolate starts with: written after the first run,
 * used by the next, and ignored (then written anew) when it is damaged, truncated or from
 * another build of the bundle; the bundle runs the same either way.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFile, codeCacheDir, runWithCodeCache } from './code-cache';

let dir: string;
let bundle: string;
let cacheDir: string;

/** A CommonJS bundle with enough code for V8 to cache, using require, module.exports and the import function it is given. */
function writeBundle(extra = ''): void {
  const functions = Array.from({ length: 200 }, (_, i) => `function f${i}(x) { return x.split(' ').map((w) => w + ${i}).join('-'); }`).join('\n');
  fs.writeFileSync(
    bundle,
    `"use strict";\nconst path = require('node:path');\n${functions}\n` +
      `module.exports = { base: path.basename(__filename), work: (s) => f0(f199(s)), later: () => __dwImport('node:os').then((m) => typeof m.cpus) };${extra}\n`,
  );
}

type Bundle = { base: string; work(s: string): string; later(): Promise<string> };

const cacheFiles = () => fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache'));

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-code-cache-'));
  bundle = path.join(dir, 'bundle.cjs');
  cacheDir = path.join(dir, 'cache');
  writeBundle();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('running a bundle with V8’s code cache', () => {
  it('writes the cache after the first run and uses it in the next; the bundle works the same', async () => {
    const first = runWithCodeCache(bundle, cacheDir, (s) => import(s));
    expect(first.status).toBe('missing');
    const exports = first.exports as Bundle;
    expect(exports.base).toBe('bundle.cjs');
    expect(exports.work('a b')).toBe('a199-b1990');
    expect(await exports.later()).toBe('function');
    first.save();
    expect(cacheFiles()).toHaveLength(1);
    const second = runWithCodeCache(bundle, cacheDir, (s) => import(s));
    expect(second.status).toBe('used');
    expect((second.exports as Bundle).work('a b')).toBe('a199-b1990');
    expect(await (second.exports as Bundle).later()).toBe('function');
    // Nothing to write when the cache served.
    const before = fs.statSync(path.join(cacheDir, cacheFiles()[0]!)).mtimeMs;
    second.save();
    expect(fs.statSync(path.join(cacheDir, cacheFiles()[0]!)).mtimeMs).toBe(before);
  });

  it('ignores a damaged or truncated cache, runs the bundle, and writes a good one', () => {
    runWithCodeCache(bundle, cacheDir).save();
    const file = path.join(cacheDir, cacheFiles()[0]!);
    const good = fs.readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 100]! ^= 0xff;
    for (const bad of [flipped, good.subarray(0, good.length - 1), good.subarray(0, 5), Buffer.alloc(0)]) {
      fs.writeFileSync(file, bad);
      const run = runWithCodeCache(bundle, cacheDir);
      expect(run.status).toBe('rejected');
      expect((run.exports as Bundle).work('x')).toBe('x1990');
      run.save();
      expect(runWithCodeCache(bundle, cacheDir).status).toBe('used');
    }
  });

  it('a new build of the bundle gets a cache of its own, and the stale one is removed', () => {
    runWithCodeCache(bundle, cacheDir).save();
    const old = cacheFiles();
    writeBundle('\nmodule.exports.more = 1;');
    const run = runWithCodeCache(bundle, cacheDir);
    expect(run.status).toBe('missing');
    expect((run.exports as { more: number }).more).toBe(1);
    run.save();
    expect(cacheFiles()).toHaveLength(1);
    expect(cacheFiles()).not.toEqual(old);
    expect(cacheFiles()[0]).toBe(path.basename(cacheFile(bundle, fs.readFileSync(bundle, 'utf8'), cacheDir)));
  });

  it('other code of the same size and time gets its own cache (V8 checks only the length)', () => {
    runWithCodeCache(bundle, cacheDir).save();
    const { mtime } = fs.statSync(bundle);
    // An npm package's files all carry the same time: only the content tells two builds apart.
    fs.writeFileSync(bundle, fs.readFileSync(bundle, 'utf8').replace('w + 199', 'w + 919'));
    fs.utimesSync(bundle, mtime, mtime);
    const run = runWithCodeCache(bundle, cacheDir);
    expect(run.status).toBe('missing');
    expect((run.exports as Bundle).work('a b')).toBe('a919-b9190');
  });

  it('runs without a cache when it is off or cannot be written', () => {
    const off = runWithCodeCache(bundle, null);
    expect(off.status).toBe('off');
    off.save();
    expect(fs.existsSync(cacheDir)).toBe(false);
    fs.writeFileSync(cacheDir, 'a file where the folder should be');
    const blocked = runWithCodeCache(bundle, cacheDir);
    expect(blocked.status).toBe('missing');
    expect(() => blocked.save()).not.toThrow();
  });

  it('lives in DRAFTWATCH_CACHE_DIR when set ("" turns it off), else in the user’s cache folder', () => {
    expect(codeCacheDir({ DRAFTWATCH_CACHE_DIR: '/x/y' })).toBe(path.resolve('/x/y'));
    expect(codeCacheDir({ DRAFTWATCH_CACHE_DIR: '' })).toBeNull();
    if (process.platform === 'linux') {
      expect(codeCacheDir({ XDG_CACHE_HOME: '/c' })).toBe('/c/draftwatch');
      expect(codeCacheDir({})).toBe(path.join(os.homedir(), '.cache', 'draftwatch'));
    }
  });
});
