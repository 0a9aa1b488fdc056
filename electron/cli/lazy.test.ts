/**
 * Each command loads only what it needs: the command line is built as the build script builds
 * it, and the static imports reachable from a command's chunk are searched for the modules it
 * must not load at start (pdf.js, the `docx` writer, zod, the browser driver).
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { cliBuildOptions } from '../../scripts/cli-build.mjs';

const root = path.resolve(import.meta.dirname, '../..');
let out: string;

/** Every file a module loads before it runs: its static imports, transitively (dynamic ones are left out). */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']([^"']+)["'];?$/gms)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) staticClosure(path.resolve(path.dirname(file), spec), seen);
    else seen.add(`package:${spec}`);
  }
  return seen;
}

const chunk = (name: string): string => {
  const found = fs.readdirSync(path.join(out, 'cli-chunks')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.mjs'));
  if (!found) throw new Error(`no chunk for ${name}`);
  return path.join(out, 'cli-chunks', found);
};

/** What a set of loaded files holds: bundled packages by the path comments esbuild leaves, external packages by name. */
function contents(files: Set<string>): string {
  return [...files].map((f) => (f.startsWith('package:') ? f : fs.readFileSync(f, 'utf8'))).join('\n');
}

describe('lazy loading of the command line', () => {
  beforeAll(async () => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-cli-build-'));
    await build({ ...(cliBuildOptions(root, out, 'test') as object), sourcemap: false, logLevel: 'silent' });
  }, 60_000);

  it('starts without loading any command', () => {
    const start = contents(staticClosure(path.join(out, 'cli.mjs')));
    expect(start).not.toMatch(/electron\/cli\/commands\//);
    expect(start).not.toMatch(/node_modules\/(docx|zod|saxes|diff-match-patch)\//);
  });

  it('compare loads the engine and the import isolate, not the parsers (they run in a worker), pdf.js, the DOCX writer or zod', () => {
    const loaded = contents(staticClosure(chunk('compare')));
    expect(loaded).toMatch(/shared\/compare\/align\.ts/);
    expect(loaded).toMatch(/electron\/host\/import-isolate\.ts/);
    expect(loaded).not.toMatch(/shared\/import\/docx\.ts/);
    expect(loaded).not.toMatch(/package:pdfjs-dist|node_modules\/docx\/|node_modules\/zod\/|shared\/export\/docx-redline|package:playwright-core/);
    // Nor Node's crypto or fs/promises (which loads readline): only a command that writes needs them.
    expect(loaded).not.toMatch(/package:node:(crypto|fs\/promises)/);
  });

  it('track and report leave the DOCX writer and pdf.js out too', () => {
    for (const name of ['track', 'report', 'import']) {
      expect(contents(staticClosure(chunk(name))), name).not.toMatch(/package:pdfjs-dist|node_modules\/docx\/|package:playwright-core/);
    }
    expect(contents(staticClosure(chunk('import')))).not.toMatch(/node_modules\/zod\//);
  });
});
