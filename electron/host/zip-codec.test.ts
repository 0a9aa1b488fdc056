/**
 * The import isolate reads Word packages with Node's zlib instead of fflate: the same drafts from
 * real documents, and the same refusals, in the same words, for damaged and hostile packages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importBytes } from '../../shared/import';
import { buildDocx, p } from '../../shared/import/fixtures/docx-builder';
import { openZip, useZipCodec } from '../../shared/import/zip';
import { lyingZipBombDocx, zipBombDocx } from '../../shared/testing/hostile';
import { nodeZipCodec } from './zip-codec';

const fixtures = new URL('../../shared/import/fixtures/', import.meta.url);
const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, fixtures)));
const codec = nodeZipCodec();

/** What importing gives with each codec: the content, or the error's message. */
async function both(bytes: Uint8Array, name: string): Promise<{ portable: unknown; native: unknown }> {
  const run = () =>
    importBytes(bytes, name, { trackedChanges: 'accept' }).then(
      (content) => ({ content }),
      (e: Error) => ({ error: `${e.name}: ${e.message}` }),
    );
  useZipCodec(null);
  const portable = await run();
  useZipCodec(codec);
  const native = await run();
  return { portable, native };
}

/** The Word package's entry `name` with one byte of its compressed data flipped. */
function damaged(bytes: Uint8Array, name: string): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const wanted = new TextEncoder().encode(name);
  for (let i = 0; i + 30 < out.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50 && wanted.every((b, j) => out[i + 30 + j] === b)) {
      const data = i + 30 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true);
      out[data + 40] = out[data + 40]! ^ 0x10;
      return out;
    }
  }
  throw new Error(`no entry ${name}`);
}

afterEach(() => useZipCodec(null));

describe('Node zlib as the DOCX codec', () => {
  it('is available on this Node', () => {
    expect(codec).not.toBeNull();
  });

  it('reads real Word documents (LibreOffice, Word, six languages) exactly as fflate does', async () => {
    const names = ['oewg-crp.docx', 'long-400.docx', 'ar-zh.docx', 'fr-oewg.docx', 'review-two-authors.docx', ...readdirSync(new URL('corpus/', fixtures)).filter((f) => f.endsWith('.docx')).map((f) => `corpus/${f}`)];
    for (const name of names) {
      const { portable, native } = await both(load(name), name);
      expect(native, name).toEqual(portable);
      expect(native, name).toHaveProperty('content');
    }
  });

  it('refuses damaged and hostile packages in the same words', async () => {
    const doc = buildDocx({ body: p('A paragraph of ordinary length for the test. '.repeat(50)) });
    const liar = doc.slice();
    const view = new DataView(liar.buffer);
    for (let i = 0; i + 4 < liar.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['corrupt.docx', damaged(doc, 'word/document.xml'), /damaged or incomplete/],
      ['liar.docx', liar, /damaged or incomplete/],
      ['truncated.docx', doc.subarray(0, doc.length - 200), /damaged|not a valid Word document/],
      ['bomb.docx', zipBombDocx(16), /zip bomb/],
      ['lying-bomb.docx', lyingZipBombDocx(16), /damaged or incomplete/],
      ['other.docx', zipSync({ 'hello.txt': strToU8('hi') }), /not a Word document/],
    ];
    for (const [name, bytes, expected] of cases) {
      const { portable, native } = await both(bytes, name);
      expect(native, name).toEqual(portable);
      expect((native as { error?: string }).error, name).toMatch(expected);
    }
  });

  it('stops inflating at the size the directory declared, and at the budget', () => {
    const archive = zipSync({ 'a.xml': new Uint8Array(300_000).fill(0x41), 'b.xml': new Uint8Array(300_000).fill(0x42) }, { level: 9 });
    const limits = { maxEntries: 10, maxTotalBytes: 500_000, maxRatio: 1e6 };
    for (const c of [null, codec]) {
      useZipCodec(c);
      // the directory's sizes add up to more than the budget: refused before inflating
      expect(() => openZip(archive, 'two.docx', limits)).toThrow(/more than 200 MB/);
      // one entry read twice passes the budget the second time
      const zip = openZip(archive, 'two.docx', { ...limits, maxTotalBytes: 600_000 });
      expect(zip.read('a.xml')!.length).toBe(300_000);
      expect(zip.read('b.xml')!.length).toBe(300_000);
      expect(() => zip.read('a.xml')).toThrow(/more than 200 MB/);
    }
    // the codec itself: null once the output would pass the limit, the bytes otherwise; a throw on damage
    const deflated = new Uint8Array(deflateRawSync(new Uint8Array(1000).fill(7)));
    expect(codec!.inflateRaw(deflated, 999)).toBeNull();
    expect(codec!.inflateRaw(deflated, 1000)).toEqual(new Uint8Array(1000).fill(7));
    expect(() => codec!.inflateRaw(deflated.subarray(0, 3), 1000)).toThrow();
  });
});
