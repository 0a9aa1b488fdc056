import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main';
import { capture } from './testing/capture';

describe('draftwatch command line', () => {
  it('import --json prints the structure with numbers as printed', async () => {
    const io = capture();
    const code = await main(['import', 'assets/demo/rev1.md', '--json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(io.stdout) as { title: string; blocks: { kind: string; number?: string | null; section?: string[] }[] };
    expect(json.title).toMatch(/Rev\.1/);
    const paras = json.blocks.filter((b) => b.kind === 'paragraph');
    // The masthead's title and symbol lines come first, unnumbered: they are compared too.
    expect(paras.slice(0, 2).map((p) => p.number)).toEqual([null, null]);
    expect(paras.find((p) => p.number !== null)).toMatchObject({ number: '1', section: ['I. Introduction'] });
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

describe('draftwatch compare and track', () => {
  it('compare --json lists every paragraph of both drafts exactly once', async () => {
    const io = capture();
    expect(await main(['compare', 'assets/demo/rev1.md', 'assets/demo/rev2.md', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as { changes: { kind: string; base: { index: number }[]; target: { index: number }[]; diff?: [string, string][] }[]; summary: unknown };
    const { importText } = await import('../../shared/import');
    const count = (f: string) => importText(fs.readFileSync(f, 'utf8'), 'markdown').blocks.filter((b) => b.kind === 'paragraph').length;
    const bases = json.changes.flatMap((c) => c.base.map((b) => b.index));
    const targets = json.changes.flatMap((c) => c.target.map((t) => t.index));
    expect(new Set(bases).size).toBe(bases.length);
    expect(bases.length).toBe(count('assets/demo/rev1.md'));
    expect(targets.length).toBe(count('assets/demo/rev2.md'));
    const moved = json.changes.find((c) => c.kind === 'moved' && c.diff?.some(([op, t]) => op === '+' && t.includes('discussed')));
    expect(moved, 'the technological-neutrality move, edited').toBeDefined();
    expect(json.summary).toBeTypeOf('object');
  });

  it('track --json follows a phrase through drafts in the order given', async () => {
    const io = capture();
    const files = ['zero-draft.md', 'rev1.md', 'rev2.md', 'final.md'].map((f) => `assets/demo/${f}`);
    expect(await main(['track', ...files, '--term', 'cyber mercenaries', '--term', 'technological neutrality', '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as { terms: { term: string; drafts: { file: string; count: number }[]; events: { from: string; to: string; kind: string; downgrade?: boolean }[] }[] };
    const merc = json.terms.find((t) => t.term === 'cyber mercenaries')!;
    expect(merc.drafts.map((d) => d.file)).toEqual(['zero-draft.md', 'rev1.md', 'rev2.md', 'final.md']);
    expect(merc.drafts.map((d) => d.count > 0)).toEqual([true, true, false, false]);
    expect(merc.events).toContainEqual(expect.objectContaining({ from: 'rev1.md', to: 'rev2.md', kind: 'removed' }));
    const neutral = json.terms.find((t) => t.term === 'technological neutrality')!;
    expect(neutral.events).toContainEqual(expect.objectContaining({ from: 'rev1.md', to: 'rev2.md', kind: 'moved', downgrade: true }));
  });

  it('track without terms is a usage error', async () => {
    const io = capture();
    expect(await main(['track', 'assets/demo/rev1.md'], io)).toBe(2);
    expect(io.stderr).toMatch(/--term/);
  });
});

describe('draftwatch exports', () => {
  it('compare -o writes a DOCX with tracked changes and a self-contained HTML redline', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-cli-out-'));
    for (const ext of ['docx', 'html']) {
      const io = capture();
      const out = path.join(dir, `redline.${ext}`);
      expect(await main(['compare', 'assets/demo/rev1.md', 'assets/demo/rev2.md', '-o', out], io)).toBe(0);
      expect(io.stderr).toContain(`Wrote ${out}`);
      const bytes = fs.readFileSync(out);
      if (ext === 'docx') {
        const { unzipSync, strFromU8 } = await import('fflate');
        const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
        expect(xml).toMatch(/<w:ins [^>]*w:author="Rev\.2"/);
        expect(xml).toMatch(/<w:del [^>]*w:author="Rev\.2"/);
      } else {
        const html = bytes.toString('utf8');
        expect(html).toContain('<del');
        expect(html).not.toMatch(/<script|src="http|href="http/);
      }
    }
  });

  it('table -o writes a side-by-side table; a wrong extension is a usage error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-cli-tab-'));
    const io = capture();
    const out = path.join(dir, 'table.html');
    expect(await main(['table', 'assets/demo/zero-draft.md', 'assets/demo/rev1.md', 'assets/demo/rev2.md', '-o', out], io)).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    for (const label of ['Zero draft', 'Rev.1', 'Rev.2']) expect(html).toContain(label);
    const bad = capture();
    expect(await main(['table', 'assets/demo/rev1.md', 'assets/demo/rev2.md', '-o', path.join(dir, 't.txt')], bad)).toBe(2);
    expect(bad.stderr).toMatch(/\.docx or \.html/);
  });
});
