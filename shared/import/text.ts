/**
 * Plain-text importer: pasted drafts and .txt files. Everything but the line grouping is the
 * shared structure recognition.
 */
import type { ImportedContent } from './types';
import { groupLines } from './lines';
import { recognizeStructure, type RawBlock } from './structure';

/** Imports plain text into structured content. */
export function importPlainText(text: string, language?: string): ImportedContent {
  const raws: RawBlock[] = groupLines(text).map((group) => ({
    text: group.map((l) => l.text.trim()).join(' '),
  }));
  return { format: 'text', notes: [], ...recognizeStructure(raws, { language }) };
}
