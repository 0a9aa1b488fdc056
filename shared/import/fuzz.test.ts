/**
 * Mutated real fixtures: the importers either produce consistent content or throw ImportError,
 * never anything else.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBytes, ImportError, type ImportedContent } from './index';

const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);
type Mutation = { kind: 'flip' | 'cut' | 'insert'; at: number; value: number };

function mutate(bytes: Uint8Array, muts: readonly Mutation[]): Uint8Array {
  let out = bytes.slice();
  for (const m of muts) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] = m.value;
    else if (m.kind === 'cut') out = out.slice(0, at);
    else out = new Uint8Array([...out.subarray(0, at), m.value, ...out.subarray(at)]);
  }
  return out;
}

function checkContent(c: ImportedContent): void {
  for (const b of c.blocks) {
    if (b.runs) expect(b.runs.map((r) => r.text).join('')).toBe(b.text);
    expect(typeof b.text).toBe('string');
  }
  expect(new Set(c.blocks.map((b) => b.id)).size).toBe(c.blocks.length);
}

async function survives(bytes: Uint8Array, name: string): Promise<void> {
  try {
    checkContent(await importBytes(bytes, name));
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    expect(err.message).not.toContain('\n');
  }
}

describe('fuzz: mutated fixtures only ever fail with ImportError', () => {
  it.each(['oewg-crp.docx', 'oewg-crp.html', 'oewg-rev1.md'])('byte mutations of %s', async (name) => {
    const original = load(name);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (muts) => survives(mutate(original, muts), name)),
      { numRuns: 150 },
    );
  });

  it('the same bytes as plain text', async () => {
    const original = load('oewg-rev1.md');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (muts) => survives(mutate(original, muts), 'x.txt')),
      { numRuns: 150 },
    );
  });

  it('XML mutations inside a valid DOCX package', async () => {
    const files = unzipSync(load('oewg-crp.docx'));
    const parts = ['word/document.xml', 'word/numbering.xml', 'word/styles.xml', 'word/footnotes.xml'].filter((p) => files[p]);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...parts), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (part, muts) => {
        const xml = strFromU8(files[part]!);
        const chars = [...xml];
        let s = chars;
        for (const m of muts) {
          const at = m.at % Math.max(1, s.length);
          const ch = '<>/"=&;:wx 0123456789'[m.value % 21]!;
          s = m.kind === 'cut' ? [...s.slice(0, at), ...s.slice(at + 1 + (m.value % 40))] : [...s.slice(0, at), ch, ...s.slice(at + (m.kind === 'flip' ? 1 : 0))];
        }
        const zipped = zipSync({ ...files, [part]: strToU8(s.join('')) });
        await survives(zipped, 'mutated.docx');
      }),
      { numRuns: 150 },
    );
  });
});
