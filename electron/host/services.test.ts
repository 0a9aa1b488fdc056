import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHostServices } from './services';
import { findAppRoot } from './paths';

const services = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-svc-'));
  return createHostServices({ appRoot: findAppRoot(), userDataDir: path.join(dir, 'user'), documentsDir: dir, mode: 'browser', version: 'test' });
};

describe('host services: import', () => {
  it('reports the progress of a long PDF import while it runs, then forgets it', async () => {
    const host = services();
    const seen: number[] = [];
    const bytes = new Uint8Array(fs.readFileSync('shared/import/fixtures/long-400.pdf'));
    const running = host.importFile({ name: 'long-400.pdf', bytes }, { progressKey: 'k1' });
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      const f = await host.importProgress('k1');
      if (f !== null) seen.push(f);
      await new Promise((r) => setTimeout(r, 5));
    }
    const { draft } = await running;
    expect(draft.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(400);
    expect(seen.some((f) => f > 0 && f < 1)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen); // never goes backwards
    expect(await host.importProgress('k1')).toBeNull();
  });

  it('refuses a path that is not there with one sentence', async () => {
    await expect(services().importFile({ path: '/nonexistent/rev9.docx' })).rejects.toThrow(/rev9\.docx was not found/);
  });
});

describe('host services: size limit', () => {
  it('refuses a file over the importer’s limit before reading it, with the importer’s figure', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-big-'));
    const big = path.join(dir, 'huge.txt');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 101 * 1024 * 1024); // sparse: no memory or disk used
    await expect(services().importFile({ path: big })).rejects.toThrow('huge.txt is larger than 100 MB, too large to be a draft.');
  });
});
