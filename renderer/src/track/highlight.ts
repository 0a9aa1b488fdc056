/**
 * Pure helpers for showing tracked paragraphs: cutting a paragraph's text into plain and marked
 * pieces around the matched offsets, finding a literal wording in a text (hedging reports words,
 * not offsets), and citing paragraphs the way a reader does ("¶8(a)"). No DOM, so tested alone.
 */
import { citedNumbers } from '../compare/layout';
import type { Draft } from '../../../shared/model/draft';
import type { TrackedParagraph } from '../../../shared/track';
import { t } from '../i18n';

/** A stretch of text, marked when it is (part of) a match. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A half-open range of offsets into a text. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Cut `text` into segments so that every offset covered by a range is marked and every other one
 * is not. Ranges may overlap, touch, run past the text or come in any order: they are clamped and
 * merged, so the segments always join back into `text` exactly, alternating plain and marked.
 */
export function splitHighlights(text: string, ranges: readonly Range[]): Segment[] {
  const clamped = ranges
    .map((r) => ({ start: Math.max(0, Math.min(text.length, r.start)), end: Math.max(0, Math.min(text.length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of clamped) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, r.end) };
    else merged.push(r);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), mark: false });
  return out;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/**
 * Where a literal wording ("should", "as appropriate") occurs in a text as whole words, ignoring
 * case and runs of white space. Empty wording finds nothing.
 */
export function findWording(text: string, wording: string): Range[] {
  const words = wording.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const source = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const re = new RegExp(source, 'giu');
  const out: Range[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isWordChar(text[start - 1]) && !isWordChar(text[end])) out.push({ start, end });
  }
  return out;
}

/** A paragraph of a draft as the tracker's views show it. */
export interface ShownParagraph {
  id: string;
  text: string;
  /** "¶8(a)", or "" for an unnumbered paragraph. */
  cite: string;
  section: string[];
}

/** Every paragraph of a draft by id, with its citation (subparagraphs carry their parent's number). */
export function paragraphIndex(draft: Draft): Map<string, ShownParagraph> {
  const cited = citedNumbers(draft);
  const out = new Map<string, ShownParagraph>();
  draft.blocks.forEach((b, i) => {
    if (b.kind !== 'paragraph') return;
    const n = cited.get(i);
    out.set(b.id, { id: b.id, text: b.text, cite: n ? `¶${n}` : '', section: b.section });
  });
  return out;
}

/**
 * "¶11, ¶17" for paragraphs of one draft; unnumbered ones as "unnumbered"; "—" for none. Past
 * `max` paragraphs the list is cut: "¶36, ¶44, ¶45 and 6 more".
 */
export function citeList(paragraphs: readonly TrackedParagraph[], index: Map<string, ShownParagraph> | undefined, max = Infinity): string {
  if (paragraphs.length === 0) return '—';
  const cites = paragraphs.map((p) => index?.get(p.id)?.cite || (p.number ? `¶${p.number}` : t('track.unnumbered')));
  return cites.length > max ? `${cites.slice(0, max).join(', ')} and ${cites.length - max} more` : cites.join(', ');
}
