/**
 * A guarded ZIP reader for DOCX packages. Sizes and counts are checked in the central directory
 * before anything is inflated, and inflation itself is bounded, so a zip bomb or a truncated
 * download fails fast with a clear message instead of exhausting memory.
 */
import { Inflate } from 'fflate';
import { ImportError } from './types';

/** Limits applied while reading a package. */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of the uncompressed sizes of the entries read. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio accepted for an entry above 1 MB. */
  maxRatio: number;
}

/**
 * DEFLATE and CRC-32 as a host may supply them natively (Node's zlib in an import isolate: ten
 * times faster than the portable code on a first run, when nothing is compiled yet).
 */
export interface ZipCodec {
  /** `data` inflated (raw DEFLATE); null as soon as the output would pass `maxBytes`; throws on damaged data. */
  inflateRaw(data: Uint8Array, maxBytes: number): Uint8Array | null;
  crc32(data: Uint8Array): number;
}

let native: ZipCodec | null = null;

/** Archives opened from now on in this isolate use `codec` (null: the portable code, fflate). */
export function useZipCodec(codec: ZipCodec | null): void {
  native = codec;
}

/** Defaults: a real DOCX has dozens of entries, a few MB of XML, ratios well under 100. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 200 * 1024 * 1024, maxRatio: 500 };

interface Entry {
  name: string;
  crc: number;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** A ZIP whose central directory has been read and checked; entries inflate on demand. */
export interface ZipArchive {
  names: string[];
  /** The entry's bytes, or null when there is no such entry. */
  read(name: string): Uint8Array | null;
}

const CORRUPT = 'is damaged or incomplete (its ZIP structure cannot be read)';
const TOO_BIG = 'would expand to more than 200 MB; it is not a normal Word document';

/** Opens a ZIP archive, checking its directory against `limits`. */
export function openZip(bytes: Uint8Array, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const fail = (why: string): never => {
    throw new ImportError(`${fileName} ${why}.`);
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes);
  if (eocd < 0) fail(CORRUPT);
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) fail('uses the ZIP64 format, which is not supported for Word documents');
  if (count > limits.maxEntries) fail(`has too many parts (${count}) to be a Word document`);
  if (dirOffset + dirSize > bytes.length) fail(CORRUPT);

  const entries = new Map<string, Entry>();
  let pos = dirOffset;
  let declaredTotal = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.length || view.getUint32(pos, true) !== 0x02014b50) fail(CORRUPT);
    const flags = view.getUint16(pos + 8, true);
    const method = view.getUint16(pos + 10, true);
    const crc = view.getUint32(pos + 16, true);
    const compressedSize = view.getUint32(pos + 20, true);
    const size = view.getUint32(pos + 24, true);
    const nameLen = view.getUint16(pos + 28, true);
    const extraLen = view.getUint16(pos + 30, true);
    const commentLen = view.getUint16(pos + 32, true);
    const localOffset = view.getUint32(pos + 42, true);
    if (pos + 46 + nameLen > bytes.length) fail(CORRUPT);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(pos + 46, pos + 46 + nameLen));
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) fail(TOO_BIG);
    if (size > 1024 * 1024 && size > compressedSize * limits.maxRatio) fail('is compressed suspiciously well (a possible zip bomb)');
    if (localOffset + 30 > bytes.length) fail(CORRUPT);
    entries.set(name, { name, crc, method, flags, compressedSize, size, localOffset });
    pos += 46 + nameLen + extraLen + commentLen;
  }

  let inflatedTotal = 0;
  return {
    names: [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      if (entry.flags & 1) fail('is encrypted (password-protected); remove the password in Word and import it again');
      const lp = entry.localOffset;
      if (view.getUint32(lp, true) !== 0x04034b50) fail(CORRUPT);
      const start = lp + 30 + view.getUint16(lp + 26, true) + view.getUint16(lp + 28, true);
      const end = start + entry.compressedSize;
      if (end > bytes.length) fail(CORRUPT);
      const data = bytes.subarray(start, end);
      if (entry.method === 0) {
        if (entry.compressedSize !== entry.size) fail(CORRUPT);
        inflatedTotal += data.length;
        if ((native ? native.crc32(data) : crc32(data)) !== entry.crc) fail(CORRUPT);
        return data;
      }
      if (entry.method !== 8) fail(`uses an unsupported compression method (${entry.method})`);
      const budget = limits.maxTotalBytes - inflatedTotal;
      const out = native ? inflateNative(native, data, entry.size, budget, fail) : inflateBounded(data, entry.size, budget, fail);
      inflatedTotal += out.length;
      if ((native ? native.crc32(out) : crc32(out)) !== entry.crc) fail(CORRUPT);
      return out;
    },
  };
}

/** The same bounds as inflateBounded, with the host's codec: it stops once the output passes the limit. */
function inflateNative(codec: ZipCodec, data: Uint8Array, declared: number, budget: number, fail: (why: string) => never): Uint8Array {
  const limit = Math.min(declared, budget);
  let out: Uint8Array | null;
  try {
    out = codec.inflateRaw(data, limit);
  } catch {
    return fail(CORRUPT);
  }
  if (out === null) return fail(budget <= declared ? TOO_BIG : CORRUPT);
  if (out.length !== declared) fail(CORRUPT);
  return out;
}

/**
 * Inflates in small slices so that output beyond the declared size (a lying directory) or the
 * remaining budget stops the work after at most one slice.
 */
function inflateBounded(data: Uint8Array, declared: number, budget: number, fail: (why: string) => never): Uint8Array {
  const limit = Math.min(declared, budget);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) fail(total > budget ? TOO_BIG : CORRUPT);
    chunks.push(chunk);
    if (final) finished = true;
  });
  const SLICE = 16 * 1024;
  try {
    for (let off = 0; off < data.length; off += SLICE) {
      const end = Math.min(off + SLICE, data.length);
      inflater.push(data.subarray(off, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    fail(CORRUPT);
  }
  if (!finished || total !== declared) fail(CORRUPT);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function findEocd(bytes: Uint8Array): number {
  const min = Math.max(0, bytes.length - 65557);
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

let crcTable: Uint32Array | null = null;

/** CRC-32 of the inflated bytes: damage inside compressed data must not pass as text. */
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
