import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importText, recognizeStructure } from './index';
import { isParagraph } from '../model/draft';
import { subLabelKind } from './structure';

describe('recognizeStructure', () => {
  it('classifies subparagraph labels', () => {
    expect([subLabelKind('a'), subLabelKind('ii'), subLabelKind('i'), subLabelKind('v'), subLabelKind('h')]).toEqual([
      'letter', 'roman', 'ambiguous', 'ambiguous', 'letter',
    ]);
  });

  it('reads "(i)" as roman when no letter sequence leads to it', () => {
    const c = importText('T\n1. Chapeau:\n(i) first;\n(ii) second.\n', 'text');
    expect(c.blocks.map((b) => `${b.number}:${b.level}`)).toEqual(['null:0', '1:0', '(i):2', '(ii):2']);
  });

  it('reads "(v)" after "(u)" as a letter', () => {
    const letters = 'abcdefghijklmnopqrstuvw'.split('');
    const c = importText(`T\n1. List:\n${letters.map((l) => `(${l}) item;`).join('\n')}\n`, 'text');
    expect(c.blocks.filter(isParagraph).filter((p) => p.level !== 1).map((p) => p.number)).toEqual([null, '1']);
  });

  it('keeps runs consistent with text and ids unique, whatever the input lines', () => {
    const line = fc.oneof(
      fc.constantFrom('I. Introduction', 'A. Overview', 'Discussion', '12. Text [bracket].', '(a) sub;', '(i) roman;', ''),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ text: line, bold: fc.boolean() }), { maxLength: 25 }), (lines) => {
        const raws = lines.map((l) => ({ text: l.text, runs: [{ text: l.text, ...(l.bold ? { marks: ['bold' as const] } : {}) }] }));
        const s = recognizeStructure(raws);
        for (const b of s.blocks) if (b.runs) expect(b.runs.map((r) => r.text).join('')).toBe(b.text);
        expect(new Set(s.blocks.map((b) => b.id)).size).toBe(s.blocks.length);
        for (const b of s.blocks) if (isParagraph(b)) expect(b.level).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('the demo negotiation (assets/demo/zero-draft.md)', () => {
  const url = new URL('../../assets/demo/zero-draft.md', import.meta.url);
  it.runIf(existsSync(url))('imports with consecutive paragraph numbers, every paragraph in a section', () => {
    const c = importText(readFileSync(url, 'utf8'), 'markdown', 'zero-draft.md');
    expect(c.title).toMatch(/^Zero draft/);
    expect(c.symbol).toMatch(/^A\/AC\.\d+\//);
    // The title and symbol lines stay paragraphs of the draft, before the first heading.
    const firstHeading = c.blocks.findIndex((b) => b.kind === 'heading');
    expect(c.blocks.slice(0, firstHeading).map((b) => b.text)).toEqual([c.title, c.symbol]);
    const paras = c.blocks.slice(firstHeading).filter(isParagraph);
    const top = paras.filter((p) => p.level === 0);
    expect(top.map((p) => p.number)).toEqual(top.map((_, i) => String(i + 1)));
    for (const p of paras) {
      expect(p.section.length).toBeGreaterThan(0);
      expect(p.number).not.toBeNull();
      expect(p.text).not.toMatch(/^(\d+\.|\([a-z]+\))\s/);
    }
    for (const p of paras.filter((x) => x.level > 0)) expect(p.number).toMatch(/^\([a-z]+\)$/);
  });
});

describe('progress', () => {
  it('reports rising fractions ending at 1 for DOCX and PDF', async () => {
    for (const name of ['long-400.docx', 'long-400.pdf']) {
      const seen: number[] = [];
      const bytes = new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
      await importBytes(bytes, name, { onProgress: (f) => seen.push(f) });
      expect(seen.length).toBeGreaterThan(2);
      expect(seen.at(-1)).toBe(1);
      for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    }
  });
});
