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

/** Blocks read for a "Rev.N" printed in the text (masthead, title, first paragraphs). */
const REVISION_LINES = 20;

/** A "Rev.N" ("Rev.2", "Rév. 2", "Revision 2") printed in the first lines of a draft's text, or null. */
export function revisionInText(draft: Pick<Draft, 'blocks'>): string | null {
  for (const b of draft.blocks.slice(0, REVISION_LINES)) {
    const m = /(?:^|[^\p{L}])r[eé]v(?:ision)?[\s.]*(\d{1,2})(?!\d)/iu.exec(b.text);
    if (m) return `Rev.${Number(m[1])}`;
  }
  return null;
}

/** What tells two drafts of one label apart, in order: symbol, date, a "Rev.N" in the text, file name. */
const TELLERS: ReadonlyArray<(d: Draft) => string | null> = [(d) => d.symbol, (d) => d.date, revisionInText, (d) => baseName(d.sourceName) || null];

/**
 * Labels that tell drafts apart: drafts whose labels are equal (the same title) each get, in
 * parentheses, the first of their symbol, date, a "Rev.N" printed in their text, or file name
 * that differs between all of them; a counter when none does. Other labels are kept.
 */
export function distinctLabels<D extends Draft>(drafts: readonly D[]): D[] {
  const byLabel = new Map<string, number[]>();
  drafts.forEach((d, i) => byLabel.set(d.label, [...(byLabel.get(d.label) ?? []), i]));
  const out = [...drafts];
  const taken = new Set(drafts.map((d) => d.label));
  for (const [label, members] of byLabel) {
    if (members.length < 2) continue;
    const group = members.map((i) => drafts[i]!);
    const teller = TELLERS.find((t) => {
      const values = group.map(t);
      return values.every((v) => v) && new Set(values).size === group.length && !values.some((v) => v === label);
    });
    members.forEach((i, k) => {
      let next = teller ? `${label} (${teller(drafts[i]!)})` : `${label} (${k + 1})`;
      for (let n = 2; taken.has(next); n++) next = `${label} (${k + 1}.${n})`;
      taken.add(next);
      out[i] = { ...drafts[i]!, label: next };
    });
  }
  return out;
}

/** A label for a draft joining others: its own when free, else told apart as `distinctLabels` does. */
export function distinctLabel(draft: Draft, others: readonly Draft[]): string {
  const clash = others.filter((d) => d.label === draft.label);
  if (clash.length === 0) return draft.label;
  const taken = new Set(others.map((d) => d.label));
  for (const t of TELLERS) {
    const v = t(draft);
    if (v && v !== draft.label && !clash.some((d) => t(d) === v) && !taken.has(`${draft.label} (${v})`)) return `${draft.label} (${v})`;
  }
  for (let n = 2; ; n++) if (!taken.has(`${draft.label} (${n})`)) return `${draft.label} (${n})`;
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
