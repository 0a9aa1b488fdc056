/**
 * Mutated real files: the importers either produce consistent content or throw ImportError, and
 * a project file either opens as a valid project or is refused with ProjectFileError; never
 * anything else, and never unbounded memory.
 *
 * Cases: DRAFTWATCH_FUZZ_RUNS in all (10000 for the full run locally), spread over the
 * properties below; a few hundred by default, to keep CI short. DRAFTWATCH_FUZZ_SEED replays a
 * run (fast-check prints the seed and path of any failure).
 */
import { readFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importBytes, ImportError, type ImportedContent } from './index';
import { parseProject, ProjectFileError } from '../model/project';
import { projectSchema } from '../model/schema';

const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const PROPERTIES = 7;
const TOTAL = Number(process.env.DRAFTWATCH_FUZZ_RUNS ?? 280);
const RUNS = Math.max(1, Math.round(TOTAL / PROPERTIES));
const SEED = process.env.DRAFTWATCH_FUZZ_SEED ? Number(process.env.DRAFTWATCH_FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
/** Time for one property: generous, since a PDF case can take a few hundred milliseconds. */
const TIMEOUT = 60_000 + RUNS * 500;

/** Heap used by this thread, watched after every case: it must stay bounded, not grow with the run. */
let peakHeap = 0;
const heapMb = () => getHeapStatistics().used_heap_size / 1024 / 1024;
const watchHeap = () => {
  peakHeap = Math.max(peakHeap, heapMb());
};
const HEAP_CAP_MB = 1536;

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  // A run of one byte repeated: long lines, long numbers, deep nesting of '[' or '<'.
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);
type Mutation = { kind: 'flip' | 'cut' | 'insert' | 'repeat'; at: number; value: number };

function mutate(bytes: Uint8Array, muts: readonly Mutation[]): Uint8Array {
  let out = bytes.slice();
  for (const m of muts) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    if (m.kind === 'flip') out[at] = m.value;
    else if (m.kind === 'cut') out = out.slice(0, at);
    else {
      const run = new Uint8Array(m.kind === 'repeat' ? 1 + (m.at % 4096) : 1).fill(m.value);
      const next = new Uint8Array(out.length + run.length);
      next.set(out.subarray(0, at), 0);
      next.set(run, at);
      next.set(out.subarray(at), at + run.length);
      out = next;
    }
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
  } finally {
    watchHeap();
  }
}

afterAll(() => {
  console.log(`fuzz: ${RUNS} cases per property, ${RUNS * PROPERTIES} in all; heap peaked at ${peakHeap.toFixed(0)} MB`);
});

describe('fuzz: mutated fixtures only ever fail with ImportError', () => {
  it.each(['oewg-crp.docx', 'oewg-crp.html', 'oewg-rev1.md', 'oewg-crp.pdf'])(
    'byte mutations of %s',
    async (name) => {
      const original = load(name);
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (muts) => survives(mutate(original, muts), name)),
        params,
      );
      expect(peakHeap).toBeLessThan(HEAP_CAP_MB);
    },
    TIMEOUT,
  );

  it('the same bytes as plain text', async () => {
    const original = load('oewg-rev1.md');
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (muts) => survives(mutate(original, muts), 'x.txt')),
      params,
    );
  }, TIMEOUT);

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
          s =
            m.kind === 'cut'
              ? [...s.slice(0, at), ...s.slice(at + 1 + (m.value % 40))]
              : m.kind === 'repeat'
                ? [...s.slice(0, at), ...Array.from({ length: 1 + (m.at % 2000) }, () => ch), ...s.slice(at)]
                : [...s.slice(0, at), ch, ...s.slice(at + (m.kind === 'flip' ? 1 : 0))];
        }
        const zipped = zipSync({ ...files, [part]: strToU8(s.join('')) });
        await survives(zipped, 'mutated.docx');
      }),
      params,
    );
  }, TIMEOUT);
});

describe('fuzz: a mutated project file opens as a valid project or is refused with ProjectFileError', () => {
  it('byte mutations of a stored project', () => {
    const original = new Uint8Array(readFileSync(new URL('../model/fixtures/project-v1.draftwatch', import.meta.url)));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (muts) => {
        const text = new TextDecoder().decode(mutate(original, muts));
        try {
          const project = parseProject(text);
          // What opens is a whole, valid project.
          expect(projectSchema.safeParse(project).success).toBe(true);
        } catch (err) {
          if (!(err instanceof ProjectFileError)) throw err;
          expect(err.message).not.toContain('\n');
        } finally {
          watchHeap();
        }
      }),
      params,
    );
    expect(peakHeap).toBeLessThan(HEAP_CAP_MB);
  }, TIMEOUT);
});
