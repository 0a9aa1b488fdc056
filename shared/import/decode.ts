/**
 * Bytes of a text file to a string. UTF-8 (with or without BOM) and UTF-16 with a BOM are read;
 * anything else is tried as Windows-1252, the usual legacy encoding of pasted drafts. A binary
 * file that merely has a text extension is refused instead of imported as garbage.
 */
import { ImportError } from './types';

/** Decoded text of `bytes`; ImportError when they are not text. */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  text = text.replace(/^\ufeff/, '');
  if (looksBinary(text)) {
    throw new ImportError(`${fileName} does not contain readable text (it looks like a binary file).`);
  }
  return text;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control > Math.max(8, sample.length * 0.02);
}
