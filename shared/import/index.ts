/**
 * Importers: bytes in, structured draft content out. Pure, so the host, a worker and the command
 * line share them. Heavy format readers load on demand.
 */
import { decodeText } from './decode';
import { detectFormat } from './detect';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importMarkdown } from './markdown';
import { importPlainText } from './text';
import { ImportError, type ImportedContent, type ImportOptions } from './types';
import { isLanguageCode } from '../lang/registry';

export { ImportError } from './types';
export type { ImportedContent, ImportFormat, ImportOptions } from './types';
export { toDraft, defaultLabel, revisionMarker, type DraftSource } from './draft';
export { findBrackets, type BracketSpan } from '../model/brackets';
export { importToCliJson, type CliBlock } from './cli';
export { detectFormat } from './detect';
export { recognizeStructure, type RawBlock } from './structure';

/** Largest file accepted; a negotiation text is a few hundred kilobytes, a big PDF a few MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Imports a file's bytes. The format is detected from the bytes first, the extension second.
 * Every failure is an ImportError with one human sentence.
 */
export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): Promise<ImportedContent> {
  if (bytes.length === 0) throw new ImportError(`${fileName} is empty.`);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`${fileName} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, too large to be a draft.`);
  }
  const format = detectFormat(bytes, fileName);
  let content: ImportedContent;
  try {
    content = await importFormat(format, bytes, fileName, { ...options, language: chosenLanguage(options) });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(`${fileName} could not be read: ${describe(err)}.`);
  }
  options.onProgress?.(1);
  if (content.blocks.length === 0) {
    throw new ImportError(`${fileName} contains no text to import.`);
  }
  return content;
}

/**
 * The language a draft is read in when the person chose one: for the draft, else for the project
 * (as `languageFor` decides); undefined leaves it to detection. Unknown codes are passed over.
 */
export function chosenLanguage(options: Pick<ImportOptions, 'language' | 'projectLanguage'>): string | undefined {
  return [options.language, options.projectLanguage].find((c): c is string => typeof c === 'string' && isLanguageCode(c));
}

/** Imports pasted or loaded text (synchronous: also used for "paste into a new draft"). */
export function importText(text: string, format: 'text' | 'markdown', fileName?: string, language?: string): ImportedContent {
  if (text.trim() === '') throw new ImportError(`${fileName ?? 'The text'} contains no text to import.`);
  return format === 'markdown' ? importMarkdown(text, language) : importPlainText(text, language);
}

async function importFormat(format: string, bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportedContent> {
  switch (format) {
    case 'markdown':
    case 'text':
      return importText(decodeText(bytes, fileName), format, fileName, options.language);
    case 'docx':
      return importDocx(bytes, fileName, options);
    case 'html':
      return importHtml(decodeText(bytes, fileName), options.language);
    case 'pdf': {
      const { importPdf } = await import('./pdf');
      return importPdf(bytes, fileName, options);
    }
    default:
      throw new ImportError(`Importing ${format.toUpperCase()} files is not available yet.`);
  }
}

function describe(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? 'unknown error').replace(/[.\s]+$/, '').slice(0, 160) || 'unknown error';
}
