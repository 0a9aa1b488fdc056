/**
 * Hostile documents made by code, for the hardening tests: each is small on disk and built to
 * hurt a naive importer. Generated rather than committed, so the repository holds no bombs and
 * every test states exactly what it feeds the importer.
 */
import { strToU8, zipSync, zlibSync } from 'fflate';
import { buildDocx, r } from '../import/fixtures/docx-builder';
import { prng } from './generator';

/** A DOCX of a few KB whose one paragraph nests `depth` tracked insertions inside each other. */
export function nestedDocx(depth = 50_000): Uint8Array {
  return buildDocx({ body: `<w:p>${'<w:ins>'.repeat(depth)}${r('States agreed.')}${'</w:ins>'.repeat(depth)}</w:p>` });
}

/** A DOCX whose document part inflates to `megabytes` MB of blanks, refused from its directory. */
export function zipBombDocx(megabytes = 64): Uint8Array {
  const huge = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': huge }, { level: 9 });
}

/**
 * A zip bomb whose central directory lies: it declares a few KB for a part that inflates to
 * `megabytes` MB, so only bounded inflation stops it.
 */
export function lyingZipBombDocx(megabytes = 64): Uint8Array {
  const bytes = zipBombDocx(megabytes).slice();
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 46 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 4096, true);
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 4096, true);
  }
  return bytes;
}

const WORDS = [
  'States', 'recognized', 'the', 'importance', 'of', 'capacity-building', 'confidence-building', 'measures', 'could',
  'should', 'consider', 'further', 'strengthen', 'cooperation', 'critical', 'infrastructure', 'as', 'appropriate',
  'international', 'law', 'applies', 'to', 'information', 'and', 'communications', 'technologies', 'in', 'a', 'manner',
];

/**
 * About `megabytes` MB of prose: 48 KB of varied words, repeated. The block is longer than
 * deflate's 32 KB window, so it compresses like real text (about 3:1), not like a bomb.
 */
export function longProse(megabytes: number, seed = 7): string {
  const rand = prng(seed);
  const parts: string[] = [];
  let size = 0;
  const target = Math.min(megabytes * 1024 * 1024, 48 * 1024);
  while (size < target) {
    const w = WORDS[Math.floor(rand() * WORDS.length)]! + (rand() < 0.08 ? ` ${Math.floor(rand() * 1000)}` : '');
    parts.push(w);
    size += w.length + 1;
  }
  const block = parts.join(' ');
  const total = Math.ceil(megabytes * 1024 * 1024);
  return total <= block.length ? block.slice(0, total) : (block + ' ').repeat(Math.ceil(total / (block.length + 1))).slice(0, total);
}

/** A DOCX holding one paragraph of `megabytes` MB: merely large, it imports. */
export function hugeParagraphDocx(megabytes = 20): Uint8Array {
  return buildDocx({ body: `<w:p>${r(`1. ${longProse(megabytes)}.`)}</w:p>` });
}

/** Builds a PDF from object bodies (1-based numbering), with a correct cross-reference table. */
export function buildPdf(objects: (string | Uint8Array)[]): Uint8Array {
  const chunks: Uint8Array[] = [strToU8('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const parts = [strToU8(`${i + 1} 0 obj\n`), typeof body === 'string' ? strToU8(body) : body, strToU8('\nendobj\n')];
    for (const p of parts) {
      chunks.push(p);
      offset += p.length;
    }
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  chunks.push(strToU8(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A compressed PDF stream object holding `content`. */
function flateStream(content: Uint8Array, extra = ''): Uint8Array {
  const packed = zlibSync(content, { level: 9 });
  const head = strToU8(`<< /Length ${packed.length} /Filter /FlateDecode ${extra}>>\nstream\n`);
  const tail = strToU8('\nendstream');
  const out = new Uint8Array(head.length + packed.length + tail.length);
  out.set(head, 0);
  out.set(packed, head.length);
  out.set(tail, head.length + packed.length);
  return out;
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A one-page PDF whose page draws `content` (operators), compressed. */
function onePagePdf(content: string): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    flateStream(strToU8(content)),
  ]);
}

/**
 * A PDF of a few KB whose page content inflates to `megabytes` MB of text-drawing operators:
 * millions of tiny strings for the text extractor to place.
 */
export function textOperatorBombPdf(megabytes = 48): Uint8Array {
  const op = 'BT /F1 9 Tf 72 700 Td (States agreed) Tj ET\n';
  return onePagePdf(op.repeat(Math.ceil((megabytes * 1024 * 1024) / op.length)));
}

/** A PDF whose page content nests `depth` arrays inside each other. */
export function nestedArrayPdf(depth = 200_000): Uint8Array {
  return onePagePdf(`BT /F1 9 Tf 72 700 Td ${'['.repeat(depth)}(x)${']'.repeat(depth)} TJ ET\n`);
}

/** A PDF whose page tree lists one page `pages` times, each page drawing a short line. */
export function manyPagesPdf(pages = 200_000): Uint8Array {
  const kids = strToU8(`<< /Type /Pages /Kids [${'3 0 R '.repeat(pages)}] /Count ${pages} >>`);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    kids,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    FONT,
    flateStream(strToU8('BT /F1 9 Tf 72 700 Td (1. States agreed.) Tj ET\n')),
  ]);
}

/** A PDF whose page tree refers to itself. */
export function cyclicPagesPdf(): Uint8Array {
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
    '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>',
  ]);
}
