/**
 * Embedded documents (w:altChunk): a Word file can carry whole documents of other formats that
 * Word merges into the page where the chunk stands. Word, HTML (also as a web archive, MHT) and
 * plain-text chunks are read into raw blocks; RTF is not read here, and the caller says so
 * (the unreadable-embedded rule).
 */
import type { RelatedPart } from './docx-package';
import { decodeText } from './decode';
import { readHtml } from './html';
import { groupLines } from './lines';
import type { RawBlock } from './structure';

/** Reads a whole DOCX package (the importer itself, one level deeper). */
export type ReadDocx = (bytes: Uint8Array, name: string) => { raws: RawBlock[] };

/** The raw blocks of an embedded document, or null when its format cannot be read here. */
export function readEmbedded(part: RelatedPart, name: string, readDocx: ReadDocx): RawBlock[] | null {
  const type = part.contentType;
  const head = new TextDecoder('latin1').decode(part.bytes.subarray(0, 64)).trimStart();
  if (part.bytes[0] === 0x50 && part.bytes[1] === 0x4b) return readDocx(part.bytes, name).raws; // "PK": a package
  if (/rtf/.test(type) || head.startsWith('{\\rtf')) return null;
  if (type === 'message/rfc822' || /\.mht(ml)?$/i.test(part.path) || /^MIME-Version:/i.test(head)) {
    const html = htmlOfWebArchive(part.bytes);
    return html === null ? null : readHtml(html).raws;
  }
  let text: string;
  try {
    text = decodeText(part.bytes, name);
  } catch {
    return null; // binary in a format of its own
  }
  if (/html|xml/.test(type) || /^</.test(text.trimStart())) return readHtml(text).raws;
  return groupLines(text).map((group) => ({ text: group.map((l) => l.text.trim()).join(' ') }));
}

/** The HTML page of a web archive (MIME multipart, as Word saves .mht), decoded, or null. */
export function htmlOfWebArchive(bytes: Uint8Array): string | null {
  const source = new TextDecoder('latin1').decode(bytes);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(source)?.[1];
  const parts = boundary ? source.split(`--${boundary}`) : [source];
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    let body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset="?([\w-]+)"?/i.exec(headers)?.[1] ?? 'utf-8';
    let raw: Uint8Array;
    if (encoding === 'quoted-printable') {
      body = body.replace(/=\r?\n/g, '');
      raw = Uint8Array.from(body.replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), (c) => c.charCodeAt(0));
    } else if (encoding === 'base64') {
      raw = fromBase64(body);
    } else {
      raw = Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff);
    }
    try {
      return new TextDecoder(charset).decode(raw);
    } catch {
      return new TextDecoder('utf-8').decode(raw);
    }
  }
  return null;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes of base64 text (whitespace and padding ignored). */
function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[^A-Za-z0-9+/]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of clean) {
    value = ((value << 6) | BASE64.indexOf(ch)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
