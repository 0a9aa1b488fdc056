/**
 * Every bad input ends in one human ImportError: never a crash, a hang or a half-imported draft.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importBytes, importText, ImportError } from './index';
import { buildDocx, p } from './fixtures/docx-builder';

const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

async function failure(bytes: Uint8Array, name: string): Promise<string> {
  const err = await importBytes(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ImportError);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('bad input', () => {
  it('an empty file', async () => {
    expect(await failure(new Uint8Array(0), 'empty.docx')).toBe('empty.docx is empty.');
  });

  it('a binary file with a text extension', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(await failure(bytes, 'notes.txt')).toMatch(/does not contain readable text/);
  });

  it('a file called .docx that is not a ZIP', async () => {
    expect(await failure(strToU8('just some words'), 'fake.docx')).toMatch(/not a valid Word document/);
  });

  it('a ZIP that is not a Word document', async () => {
    expect(await failure(zipSync({ 'hello.txt': strToU8('hi') }), 'other.docx')).toMatch(/not a Word document/);
  });

  it('a corrupt ZIP entry (damage inside the compressed document)', async () => {
    const bytes = buildDocx({ body: p('Some paragraph text that will be damaged. '.repeat(40)) }).slice();
    const name = new TextEncoder().encode('word/document.xml');
    const view = new DataView(bytes.buffer);
    let header = -1;
    for (let i = 0; i < bytes.length - 30 && header < 0; i++) {
      if (view.getUint32(i, true) === 0x04034b50 && name.every((b, j) => bytes[i + 30 + j] === b)) header = i;
    }
    const data = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    bytes[data + 40] = bytes[data + 40]! ^ 0x10;
    expect(await failure(bytes, 'corrupt.docx')).toMatch(/damaged or incomplete/);
  });

  it('a zip bomb is refused from its directory, before inflating', async () => {
    const huge = new Uint8Array(8 * 1024 * 1024).fill(0x20); // compresses about 1000:1
    const bomb = zipSync({ 'word/document.xml': huge, '[Content_Types].xml': strToU8('<Types/>') }, { level: 9 });
    expect(await failure(bomb, 'bomb.docx')).toMatch(/zip bomb/);
  });

  it('a package whose directory lies about sizes is stopped while inflating', async () => {
    const bytes = buildDocx({ body: p('A paragraph of ordinary length for the test.'.repeat(50)) }).slice();
    const view = new DataView(bytes.buffer);
    // shrink the declared uncompressed size of every entry in the central directory
    for (let i = 0; i < bytes.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 10, true);
    }
    expect(await failure(bytes, 'liar.docx')).toMatch(/damaged or incomplete/);
  });

  it('too many entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5200; i++) files[`x/${i}`] = new Uint8Array(0);
    expect(await failure(zipSync(files, { level: 0 }), 'many.docx')).toMatch(/too many parts/);
  });

  it('an encrypted PDF (made by LibreOffice)', async () => {
    expect(await failure(load('encrypted.pdf'), 'encrypted.pdf')).toMatch(/password-protected/);
  });

  it('a scanned PDF with no text layer', async () => {
    expect(await failure(load('scanned.pdf'), 'scanned.pdf')).toMatch(/no text layer/);
  });

  it('a truncated PDF', async () => {
    const pdf = load('oewg-crp.pdf');
    expect(await failure(pdf.subarray(0, Math.floor(pdf.length * 0.6)), 'cut.pdf')).toMatch(/incomplete/);
  });

  it('a damaged PDF', async () => {
    const pdf = load('oewg-crp.pdf').slice();
    pdf.fill(0x41, 20, pdf.length - 100);
    expect(await failure(pdf, 'damaged.pdf')).toMatch(/not a readable PDF|damaged|no text layer/);
  });

  it('a legacy .doc file', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await failure(bytes, 'old.doc')).toMatch(/Word 97/);
  });

  it('a 20 MB single paragraph imports whole', () => {
    const sentence = 'States [could] consider further measures to strengthen cooperation, as appropriate. ';
    const text = `1. ${sentence.repeat(Math.ceil((20 * 1024 * 1024) / sentence.length))}`;
    const c = importText(text, 'text');
    expect(c.blocks).toHaveLength(1);
    expect(c.blocks[0]!.number).toBe('1');
    expect(c.blocks[0]!.text.length).toBe(text.trim().length - 3);
  });

  it('a 20 MB single Markdown paragraph imports whole', () => {
    const text = `# T\n\n1. ${'*a* b_c '.repeat(2_500_000)}`;
    const c = importText(text, 'markdown');
    expect(c.blocks.map((b) => b.number)).toEqual([null, '1']); // the title line, then the paragraph
  }, 300_000); // 2.5 million emphasis runs: about 20 s on an idle 2-core machine, far more when it is shared
});
