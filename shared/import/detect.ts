/**
 * Which importer a file needs: magic bytes first (a renamed file is still what it is), the file
 * extension second. Formats we cannot read get a clear error here rather than garbage later.
 */
import { ImportError, type ImportFormat } from './types';

/** Format of `bytes`, from their signature and then from `fileName`'s extension. */
export function detectFormat(bytes: Uint8Array, fileName: string): ImportFormat {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (ext === 'odt' || ext === 'pages') throw new ImportError(`${fileName} is not a Word document: save it as .docx and import that.`);
    return 'docx';
  }
  if (findAscii(bytes, '%PDF-', 1024)) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new ImportError(`${fileName} is an old Word 97–2003 (.doc) file or is encrypted: save it as .docx and import that.`);
  }
  if (findAscii(bytes, '{\\rtf', 8)) {
    throw new ImportError(`${fileName} is a Rich Text (RTF) file: save it as .docx and import that.`);
  }
  if (ext === 'docx' || ext === 'docm' || ext === 'dotx') {
    throw new ImportError(`${fileName} is not a valid Word document (it is not a DOCX package).`);
  }
  if (ext === 'pdf') throw new ImportError(`${fileName} is not a valid PDF file.`);
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (looksLikeHtml(bytes)) return 'html';
  return 'text';
}

/** Lower-case extension of a file name without the dot ('' when none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function findAscii(bytes: Uint8Array, needle: string, within: number): boolean {
  const limit = Math.min(bytes.length - needle.length, within);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase().replace(/^\ufeff/, '');
  return /^(<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/.test(head);
}
