/**
 * Node's zlib as the DOCX reader's codec (shared/import/zip.ts): native inflate and CRC-32, with
 * the same bound on the output, so a zip bomb stops at the size its directory declared. Installed
 * by the import isolate; shared/ itself stays free of Node.
 */
import zlib from 'node:zlib';
import type { ZipCodec } from '../../shared/import/zip';

/** The codec, or null on a Node without zlib.crc32 (before 20.15): the portable code is used then. */
export function nodeZipCodec(): ZipCodec | null {
  const { crc32, inflateRawSync } = zlib;
  if (typeof crc32 !== 'function') return null;
  return {
    inflateRaw(data, maxBytes) {
      try {
        // One byte over the limit is enough to know the output passes it; zlib stops there.
        const out = inflateRawSync(data, { maxOutputLength: maxBytes + 1 });
        return out.length > maxBytes ? null : new Uint8Array(out.buffer, out.byteOffset, out.length);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return null;
        throw e;
      }
    },
    crc32: (data) => crc32(data),
  };
}
