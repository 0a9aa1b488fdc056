import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes, importText } from '../import';
import type { Block } from '../model/draft';
import { generateDraft } from '../testing/generator';
import { defaultScheme, formatNumber, numberBlocks, renumber, schemeOf, valueOf } from './numbering';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url)));
const demo = (name: string): Block[] =>
  importText(readFileSync(new URL(`../../assets/demo/${name}`, import.meta.url), 'utf8'), 'markdown', name).blocks;

describe('numbering', () => {
  it('prints each style', () => {
    expect(formatNumber(12, { format: 'decimal', prefix: '', suffix: '' })).toBe('12');
    expect(formatNumber(4, { format: 'lower-roman', prefix: '(', suffix: ')' })).toBe('(iv)');
    expect(formatNumber(27, { format: 'lower-letter', prefix: '', suffix: ')' })).toBe('aa)');
    expect(formatNumber(3, { format: 'upper-roman', prefix: '', suffix: '' })).toBe('III');
    expect(valueOf('(iv)', { format: 'lower-roman', prefix: '(', suffix: ')' })).toBe(4);
    expect(valueOf('(iv)', { format: 'lower-letter', prefix: '(', suffix: ')' })).toBeNull();
  });

  for (const name of ['zero-draft.md', 'rev1.md', 'rev2.md', 'final.md']) {
    it(`recounts the demo's ${name} exactly as printed`, () => {
      const blocks = demo(name);
      expect(renumber(blocks, schemeOf(blocks))).toEqual(blocks);
    });
  }

  for (const name of ['oewg-crp.docx', 'long-400.docx']) {
    it(`recounts LibreOffice's ${name} exactly as Word numbering printed it (letters, romans, a letter (i) after (h))`, async () => {
      const { blocks } = await importBytes(fixture(name), name);
      expect(blocks.some((b) => b.number === '(ii)')).toBe(name === 'oewg-crp.docx');
      expect(renumber(blocks, schemeOf(blocks))).toEqual(blocks);
    });
  }

  it('recounts generated drafts, and a draft that starts at 7 keeps starting there', () => {
    for (const seed of [1, 2, 3]) {
      const { blocks } = generateDraft(seed, 120);
      expect(renumber(blocks, schemeOf(blocks))).toEqual(blocks);
    }
    const later = importText('7. Seventh.\n8. Eighth.\n(a) a point;\n(b) another.\n9. Ninth.', 'markdown').blocks;
    expect(schemeOf(later).start).toBe(7);
    expect(renumber(later, schemeOf(later)).map((b) => b.number)).toEqual(['7', '8', '(a)', '(b)', '9']);
  });

  it('follows insertions, removals and level changes', () => {
    const shapes = [
      { kind: 'heading' as const, level: 1, numbered: true },
      { kind: 'paragraph' as const, level: 0, numbered: true },
      { kind: 'paragraph' as const, level: 1, numbered: true },
      { kind: 'paragraph' as const, level: 2, numbered: true },
      { kind: 'paragraph' as const, level: 2, numbered: true },
      { kind: 'paragraph' as const, level: 1, numbered: true },
      { kind: 'paragraph' as const, level: 0, numbered: false },
      { kind: 'heading' as const, level: 2, numbered: true },
      { kind: 'paragraph' as const, level: 0, numbered: true },
      { kind: 'heading' as const, level: 1, numbered: true },
      { kind: 'heading' as const, level: 2, numbered: true },
      { kind: 'paragraph' as const, level: 1, numbered: true },
    ];
    expect(numberBlocks(shapes, defaultScheme)).toEqual(['I', '1', '(a)', '(i)', '(ii)', '(b)', null, 'A', '2', 'II', 'A', '(a)']);
  });
});
