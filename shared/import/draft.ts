/**
 * From imported content to a Draft record: ids, hash, label. Kept apart from the importers so
 * pasting text and importing a file end in the same kind of record.
 */
import type { Block, Draft } from '../model/draft';
import { sha256Hex } from '../util/sha256';
import type { ImportedContent } from './types';

/** Where the content came from, and what the caller already knows about the draft. */
export interface DraftSource {
  fileName: string | null;
  /** Source bytes, hashed so a file imported twice is recognised; the text is hashed otherwise. */
  bytes?: Uint8Array;
  label?: string;
  id?: string;
  now?: Date;
  /** The language the person chose for the draft; the importer's (detected) language otherwise. */
  language?: string;
}

/** A Draft built from imported content, with ids p1,p2…/h1,h2… in block order. */
export function toDraft(content: ImportedContent, source: DraftSource): Draft {
  const hash = sha256Hex(source.bytes ?? contentText(content));
  const now = source.now ?? new Date();
  const title = content.title || baseName(source.fileName) || 'Untitled draft';
  const draft: Draft = {
    id: source.id ?? `d-${hash.slice(0, 12)}-${now.getTime().toString(36)}`,
    label: source.label ?? defaultLabel(content.title, content.symbol, source.fileName),
    date: content.date,
    sourceName: source.fileName,
    hash,
    title,
    symbol: content.symbol,
    blocks: renumberIds(content.blocks),
    importedAt: now.toISOString(),
  };
  const language = source.language ?? content.language;
  if (language) draft.language = language;
  return content.notes.length > 0 ? { ...draft, notes: [...content.notes] } : draft;
}

/**
 * The label a draft gets unless the user gives one: a revision marker ("Rev.2", "Zero draft",
 * "Final") found in the symbol, title or file name, else the title, else the file name.
 */
export function defaultLabel(title: string, symbol: string | null, fileName: string | null): string {
  for (const candidate of [symbol, title, fileName]) {
    const marker = candidate ? revisionMarker(candidate) : null;
    if (marker) return marker;
  }
  return title || baseName(fileName) || 'Draft';
}

/** "Rev.2" / "Zero draft" / "Final" named in a symbol, title or file name, or null. */
export function revisionMarker(text: string): string | null {
  const rev = /(?:^|[^a-z])rev(?:ision)?[\s._-]*(\d{1,2})(?!\d)/i.exec(text);
  if (rev) return `Rev.${Number(rev[1])}`;
  if (/(?:^|[^a-z])(zero|0)[\s._-]*draft/i.test(text)) return 'Zero draft';
  if (/(?:^|[^a-z])final(?:[^a-z]|$)/i.test(text)) return 'Final';
  return null;
}

function renumberIds(blocks: readonly Block[]): Block[] {
  let p = 0;
  let h = 0;
  return blocks.map((b) => (b.kind === 'heading' ? { ...b, id: `h${++h}` } : { ...b, id: `p${++p}` }));
}

function contentText(content: ImportedContent): string {
  const lines = [content.title, content.symbol ?? ''];
  for (const b of content.blocks) lines.push(`${b.number ?? ''}\t${b.text}`);
  return lines.join('\n');
}

function baseName(fileName: string | null): string {
  if (!fileName) return '';
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.[A-Za-z0-9]{1,8}$/, '');
}
