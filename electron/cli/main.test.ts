import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main';
import { nodeIo, type CliIo } from './io';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    ...nodeIo,
    stdout: '',
    stderr: '',
    out(t: string) { io.stdout += t + '\n'; },
    err(t: string) { io.stderr += t + '\n'; },
  };
  return io;
}

describe('draftwatch command line', () => {
  it('import --json prints the structure with numbers as printed', async () => {
    const io = capture();
    const code = await main(['import', 'assets/demo/rev1.md', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout) as { title: string; blocks: { kind: string; number?: string | null; section?: string[] }[] };
    expect(json.title).toMatch(/Rev\.1/);
    const paras = json.blocks.filter((b) => b.kind === 'paragraph');
    expect(paras[0]).toMatchObject({ number: '1', section: ['I. Introduction'] });
    expect(paras.some((p) => p.number === '(a)')).toBe(true);
    expect(json.blocks.find((b) => b.kind === 'heading')).toMatchObject({ level: 1 });
  });

  it('fails with one human line and a non-zero exit on bad input', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-cli-'));
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '');
    for (const [args, code] of [[['import', empty], 1], [['import', path.join(dir, 'none.docx')], 1], [['import'], 2], [['import', empty, '--bogus'], 2], [['frobnicate'], 2]] as const) {
      const io = capture();
      expect(await main([...args], io)).toBe(code);
      expect(io.stderr.trim().split('\n')[0]).toMatch(/^draftwatch/);
      expect(io.stderr).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('prints help', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout).toContain('draftwatch import FILE');
  });
});
