/**
 * Where each annotation sits in every draft from the one it was made on to the last: derived,
 * never stored. The passage is carried one draft at a time along the paragraph's lineage (the
 * engine's alignment plus the person's manual links), so renumbered, moved, split and merged
 * paragraphs are followed, and a passage edited a little in each revision is still found. In
 * each draft the passage is re-found in the lineage paragraph(s) only: first where the word diff
 * of the old and new paragraph maps it, then by its quote (exact, then bounded fuzzy), scored on
 * quote, context and distance from the mapped place (see quote.ts). Where the text is gone the
 * annotation is an orphan that says why; nothing is dropped.
 */
import { diffWords } from '../compare/worddiff';
import { GROUP_JOINER } from '../compare/assemble';
import { nodeKey, type Lineage, type LineageLink } from '../compare/lineage';
import type { ChangeKind, DiffOp } from '../compare/types';
import { citedNumbers, isParagraph, type Draft, type ParagraphBlock } from '../model/draft';
import type { Annotation, TextQuote } from './schema';
import { chooseCandidate, exactOccurrences, findQuote, fuzzyOccurrences, quoteAt, scoreCandidates, similarity, type Candidate, type ScoredCandidate } from './quote';

export type AnchorStatus = 'exact' | 'fuzzy' | 'orphaned';

/** An annotation's place in one draft. */
export interface Anchor {
  annotationId: string;
  draftId: string;
  status: AnchorStatus;
  /** The paragraph it sits on, or null for an orphan. */
  paragraphId: string | null;
  /** Offsets within the paragraph's text (0, 0 for an orphan). */
  start: number;
  end: number;
  /** The text it now sits on, or null for an orphan. */
  quote: string | null;
  /** 0..1: 1 for the passage found unchanged where its paragraph's diff put it. */
  confidence: number;
  /** Another place in the paragraph matched nearly as well: a person should check. */
  ambiguous: boolean;
  /** Why it is an orphan ("paragraph 14 deleted in Rev.2"), or null: the English sentence of `why`. */
  reason: string | null;
  /** Why it is an orphan, as data, so an interface can say it in its own language; null when live. */
  why: OrphanWhy | null;
}

/** A paragraph named in a reason: its printed number, or its first words when it has none. */
export type ParagraphRef = { number: string } | { words: string };

/** Why an annotation could not be placed on a draft. */
export type OrphanWhy =
  | { kind: 'deleted'; paragraph: ParagraphRef; draft: string }
  | { kind: 'merged' | 'split'; paragraph: ParagraphRef; into: ParagraphRef[]; draft: string }
  | { kind: 'removed'; from: ParagraphRef[]; draft: string }
  | { kind: 'not-found'; draft: string | null }
  | { kind: 'no-draft' };

/** "¶14", or the paragraph's first words in quotes. */
const citeRef = (r: ParagraphRef): string => ('number' in r ? `¶${r.number}` : `the paragraph “${r.words}”`);
/** "paragraph 14", for sentences like "paragraph 14 deleted in Rev.2". */
const wordRef = (r: ParagraphRef): string => ('number' in r ? `paragraph ${r.number}` : citeRef(r));

/** The English sentence of a reason (the command line's and the exports' wording). */
export function describeOrphan(why: OrphanWhy): string {
  switch (why.kind) {
    case 'deleted':
      return `${wordRef(why.paragraph)} deleted in ${why.draft}`;
    case 'merged':
    case 'split':
      return `${wordRef(why.paragraph)} ${why.kind} into ${why.into.map(citeRef).join(', ')} in ${why.draft}, without the passage`;
    case 'removed':
      return `passage removed from ${why.from.map(citeRef).join(', ')} in ${why.draft}`;
    case 'not-found':
      return why.draft === null ? 'passage not found' : `passage not found in ${why.draft}`;
    case 'no-draft':
      return 'the draft it was made on is not in the project';
  }
}

/** Anchors of every annotation: by annotation id, then by draft id (its draft and later ones). */
export type AnchorMap = Map<string, Map<string, Anchor>>;

interface DraftInfo {
  draft: Draft;
  order: number;
  paragraphs: Map<string, { block: ParagraphBlock; index: number }>;
  cited: Map<number, string>;
}

/** What carrying needs about a project, built once for many annotations. */
export interface AnchorContext {
  drafts: Draft[];
  lineage: Lineage;
  info: Map<string, DraftInfo>;
  /** Word diffs of paragraph pairs already computed. */
  diffs: Map<string, DiffOp[]>;
  /** Successor paragraphs joined into one text, by the key of their hop. */
  joins: Map<string, Joined>;
}

/** The context for anchoring on `drafts` (in project order) with their `lineage`. */
export function anchorContext(drafts: readonly Draft[], lineage: Lineage): AnchorContext {
  const info = new Map<string, DraftInfo>();
  drafts.forEach((draft, order) => {
    const paragraphs = new Map<string, { block: ParagraphBlock; index: number }>();
    draft.blocks.forEach((b, index) => {
      if (isParagraph(b)) paragraphs.set(b.id, { block: b, index });
    });
    info.set(draft.id, { draft, order, paragraphs, cited: citedNumbers(draft) });
  });
  return { drafts: [...drafts], lineage, info, diffs: new Map(), joins: new Map() };
}

/** A paragraph as reasons name it: its printed number, or its first words when it has none. */
function paragraphRef(ctx: AnchorContext, draftId: string, paragraphId: string): ParagraphRef {
  const d = ctx.info.get(draftId);
  const p = d?.paragraphs.get(paragraphId);
  if (!d || !p) return { words: '' };
  const n = d.cited.get(p.index);
  if (n) return { number: n };
  return { words: `${p.block.text.slice(0, 40)}${p.block.text.length > 40 ? '…' : ''}` };
}

/** "¶14", "¶8(a)", or the paragraph's first words when it has no number. */
export function paragraphCitation(ctx: AnchorContext, draftId: string, paragraphId: string): string {
  const d = ctx.info.get(draftId);
  if (!d?.paragraphs.get(paragraphId)) return 'a paragraph';
  return citeRef(paragraphRef(ctx, draftId, paragraphId));
}

const orphan = (a: Annotation, draftId: string, why: OrphanWhy): Anchor => ({
  annotationId: a.id, draftId, status: 'orphaned', paragraphId: null, start: 0, end: 0, quote: null, confidence: 0, ambiguous: false, reason: describeOrphan(why), why,
});

/** Text joined from several paragraphs, with where each starts. */
interface Joined {
  text: string;
  pieces: { id: string; from: number; to: number }[];
}


function join(blocks: readonly ParagraphBlock[]): Joined {
  const pieces: Joined['pieces'] = [];
  let at = 0;
  for (const b of blocks) {
    pieces.push({ id: b.id, from: at, to: at + b.text.length });
    at += b.text.length + GROUP_JOINER.length;
  }
  return { text: blocks.map((b) => b.text).join(GROUP_JOINER), pieces };
}

/** Where `[start, end)` of the old text went in the new text, and how much of it was kept. */
export interface MappedRange {
  start: number;
  end: number;
  /** Old characters of the range that the diff kept. */
  kept: number;
  /** Where the range's start went (defined even when nothing of it is left). */
  point: number;
}

interface Span {
  op: DiffOp[0];
  /** Where the span starts in the old text and in the new text. */
  o: number;
  n: number;
  len: number;
}

/** Spans of each diff, computed once however many annotations sit on its paragraph. */
const spanCache = new WeakMap<readonly DiffOp[], { spans: Span[]; n: number }>();
function spansOf(ops: readonly DiffOp[]): { spans: Span[]; n: number } {
  let hit = spanCache.get(ops);
  if (!hit) {
    const spans: Span[] = [];
    let o = 0;
    let n = 0;
    for (const [op, text] of ops) {
      const len = text.length;
      spans.push({ op, o, n, len });
      if (op !== '+') o += len;
      if (op !== '-') n += len;
    }
    hit = { spans, n };
    spanCache.set(ops, hit);
  }
  return hit;
}

/** Maps an old range through a word diff (old = '=' and '-', new = '=' and '+'). */
export function mapRange(ops: readonly DiffOp[], start: number, end: number): MappedRange {
  const { spans, n } = spansOf(ops);
  const overlaps = (s: Span): boolean => s.op !== '+' && s.o < end && s.o + s.len > start;
  let ns = Infinity;
  let ne = -Infinity;
  let kept = 0;
  let point = -1;
  spans.forEach((s, i) => {
    if (point < 0 && s.op !== '+' && s.o + s.len >= start) point = s.op === '=' ? s.n + Math.max(0, start - s.o) : s.n;
    if (s.op === '=' && overlaps(s)) {
      const a = Math.max(start, s.o);
      const b = Math.min(end, s.o + s.len);
      ns = Math.min(ns, s.n + (a - s.o));
      ne = Math.max(ne, s.n + (b - s.o));
      kept += b - a;
    } else if (s.op === '-' && overlaps(s)) {
      ns = Math.min(ns, s.n);
      ne = Math.max(ne, s.n);
    } else if (s.op === '+') {
      // An insertion inside the range, or replacing deleted text of the range, belongs to it.
      const inside = s.o > start && s.o < end;
      const before = spans[i - 1];
      const after = spans[i + 1];
      const replacing = (before !== undefined && before.op === '-' && overlaps(before)) || (after !== undefined && after.op === '-' && overlaps(after));
      if (inside || replacing) {
        ns = Math.min(ns, s.n);
        ne = Math.max(ne, s.n + s.len);
      }
    }
  });
  if (point < 0) point = n;
  if (ns === Infinity) return { start: point, end: point, kept: 0, point };
  return { start: ns, end: Math.max(ns, ne), kept, point };
}

/** The range without the spaces at its ends. */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

function diffOf(ctx: AnchorContext, key: string, a: string, b: string): DiffOp[] {
  let ops = ctx.diffs.get(key);
  if (!ops) {
    ops = diffWords(a, b);
    ctx.diffs.set(key, ops);
  }
  return ops;
}

/** A live place of the passage in one draft, as the next hop needs it. */
interface Place {
  draftId: string;
  paragraphId: string;
  start: number;
  end: number;
  confidence: number;
  ambiguous: boolean;
}

/**
 * The passage at `from` re-found in the paragraphs `to` of a later draft, or null. Fast path: the
 * diff keeps the passage whole and the text there is the quote. Otherwise candidates are the
 * mapped place, exact occurrences and (when there is none) bounded fuzzy ones.
 */
/** True when `ops` spells `a` on its old side and `b` on its new side. */
function spells(ops: readonly DiffOp[], a: string, b: string): boolean {
  let na = 0;
  let nb = 0;
  for (const [op, t] of ops) {
    if (op !== '+') na += t.length;
    if (op !== '-') nb += t.length;
  }
  return na === a.length && nb === b.length;
}

function hop(ctx: AnchorContext, from: Place, selector: TextQuote, toDraft: string, to: readonly ParagraphBlock[], replacement: string | null = null, engineDiff?: DiffOp[]): Omit<Place, 'draftId'> | null {
  const old = ctx.info.get(from.draftId)!.paragraphs.get(from.paragraphId)!.block.text;
  // Most paragraphs come through a revision untouched: the passage stays where it was.
  if (to.length === 1 && to[0]!.text === old) return { paragraphId: to[0]!.id, start: from.start, end: from.end, confidence: from.confidence, ambiguous: from.ambiguous };
  const key = `${from.draftId}\u0000${from.paragraphId}\u0000${toDraft}\u0000${to.map((b) => b.id).join(',')}`;
  let joined = ctx.joins.get(key);
  if (!joined) {
    joined = join(to);
    ctx.joins.set(key, joined);
  }
  // The engine already diffed this paragraph against its successors: reuse that when it fits.
  const ops = engineDiff && spells(engineDiff, old, joined.text) ? engineDiff : diffOf(ctx, key, old, joined.text);
  const m = mapRange(ops, from.start, from.end);
  const length = from.end - from.start;
  const pieceAt = (a: number, b: number) => {
    let best = joined.pieces[0]!;
    let overlap = -1;
    for (const p of joined.pieces) {
      const o = Math.min(b, p.to) - Math.max(a, p.from);
      if (o > overlap || (o === overlap && a >= p.from && a <= p.to)) [best, overlap] = [p, o];
    }
    return best;
  };
  const place = (a: number, b: number, confidence: number, ambiguous: boolean) => {
    const p = pieceAt(a, b);
    return { paragraphId: p.id, start: Math.max(a, p.from) - p.from, end: Math.min(b, p.to) - p.from, confidence, ambiguous };
  };
  if (m.kept === length && m.end - m.start === length && joined.text.slice(m.start, m.end) === selector.exact) {
    return place(m.start, m.end, from.confidence, from.ambiguous);
  }
  // Kept whole but cut by a split: it stays on the piece holding most of it.
  if (m.kept === length && joined.pieces.some((p) => m.start < p.to && m.end > p.to)) {
    return place(m.start, m.end, Math.min(from.confidence, 0.8), from.ambiguous);
  }
  const scored: ScoredCandidate[] = [];
  const options = { hint: m.point, hintEnd: Math.max(m.end, m.point) };
  for (const p of joined.pieces) {
    const window = joined.text.slice(p.from, p.to);
    const candidates: Candidate[] = exactOccurrences(joined.text, selector.exact, p.from, p.to);
    if (!candidates.length) for (const c of fuzzyOccurrences(window, selector.exact)) candidates.push({ ...c, start: c.start + p.from, end: c.end + p.from });
    const [ms, me] = trim(joined.text, Math.max(m.start, p.from), Math.min(m.end, p.to));
    if (me > ms && m.kept > 0) {
      const mappedLength = me - ms;
      const kept = m.kept / length;
      // How much of the passage is there: letter by letter, or by what the diff kept of it
      // (a rewording around kept words), whichever says more; diluted when it grew a lot.
      const letters = Math.max(length, mappedLength) <= 400 ? similarity(selector.exact, joined.text.slice(ms, me)) : 0;
      candidates.push({ start: ms, end: me, quote: Math.max(letters, mappedLength > 2 * length ? (kept * 2 * length) / mappedLength : kept), mapped: true, kept });
    }
    // The delegation's proposed text adopted in the passage's place carries the annotation there.
    if (replacement && m.end >= m.start) {
      for (const c of exactOccurrences(joined.text, replacement, Math.max(p.from, m.start - replacement.length), Math.min(p.to, m.end + replacement.length))) {
        candidates.push({ ...c, quote: 0.9, mapped: true, kept: 1 });
      }
    }
    scored.push(...scoreCandidates(joined.text, selector, candidates, { ...options, from: p.from, to: p.to }));
  }
  const best = chooseCandidate(joined.text, selector, scored, options);
  if (!best) return null;
  return place(best.start, best.end, Math.min(from.confidence, best.exact && !best.ambiguous ? Math.max(best.score, 0.9) : best.score), from.ambiguous || best.ambiguous);
}

/** Where the annotation is in the draft it was made on: its stored place, else its quote. */
function locate(ctx: AnchorContext, a: Annotation): Place | OrphanWhy {
  const d = ctx.info.get(a.target.source);
  if (!d) return { kind: 'no-draft' };
  const { quote, position, paragraph } = a.target;
  const p = paragraph ? d.paragraphs.get(paragraph) : undefined;
  if (p && position && p.block.text.slice(position.start, position.end) === quote.exact) {
    return { draftId: d.draft.id, paragraphId: p.block.id, start: position.start, end: position.end, confidence: 1, ambiguous: false };
  }
  if (p) {
    const m = findQuote(p.block.text, quote, { hint: position?.start ?? null });
    if (m) return { draftId: d.draft.id, paragraphId: p.block.id, start: m.start, end: m.end, confidence: m.exact ? 1 : m.score, ambiguous: m.ambiguous };
  }
  // Only a quote (a set made by another tool): search the whole draft, context across paragraphs.
  const joined = join([...d.paragraphs.values()].map((x) => x.block));
  const m = findQuote(joined.text, quote, { hint: null });
  if (!m) return { kind: 'not-found', draft: d.draft.label };
  const piece = joined.pieces.find((x) => m.start >= x.from && m.start <= x.to)!;
  return {
    draftId: d.draft.id,
    paragraphId: piece.id,
    start: m.start - piece.from,
    end: Math.min(m.end, piece.to) - piece.from,
    confidence: m.exact ? (m.ambiguous ? 0.5 : 1) : m.score,
    ambiguous: m.ambiguous,
  };
}

function live(ctx: AnchorContext, a: Annotation, p: Place, exact: string): Anchor {
  const text = ctx.info.get(p.draftId)!.paragraphs.get(p.paragraphId)!.block.text.slice(p.start, p.end);
  return {
    annotationId: a.id,
    draftId: p.draftId,
    status: text === exact ? 'exact' : 'fuzzy',
    paragraphId: p.paragraphId,
    start: p.start,
    end: p.end,
    quote: text,
    confidence: Math.round(p.confidence * 1000) / 1000,
    ambiguous: p.ambiguous,
    reason: null,
    why: null,
  };
}

/** Why a hop found nothing: the paragraph's fate in the later draft. */
function lostReason(ctx: AnchorContext, from: Place, links: readonly LineageLink[], toLabel: string): OrphanWhy {
  const targets = links.map((l) => paragraphRef(ctx, l.to.draftId, l.to.id));
  const kind: ChangeKind | 'linked' = links[0]!.kind;
  if (kind === 'merged' || kind === 'split') return { kind, paragraph: paragraphRef(ctx, from.draftId, from.paragraphId), into: targets, draft: toLabel };
  return { kind: 'removed', from: targets, draft: toLabel };
}

/**
 * The annotation's anchor in its own draft and each later draft of the context. Each draft is
 * reached from the nearest earlier draft where the passage was still found and whose paragraph
 * links into it (a manual link can skip drafts: text dropped in Rev.1 and restored in Rev.2).
 */
export function anchorAnnotation(ctx: AnchorContext, a: Annotation): Map<string, Anchor> {
  const out = new Map<string, Anchor>();
  const source = ctx.info.get(a.target.source);
  const located = locate(ctx, a);
  if ('kind' in located) {
    const first = source ? source.order : 0;
    for (const d of ctx.drafts.slice(first)) out.set(d.id, orphan(a, d.id, located));
    return out;
  }
  const places: (Place | null)[] = [located];
  const selectors: TextQuote[] = [];
  const quoteOf = (p: Place): TextQuote => quoteAt(ctx.info.get(p.draftId)!.paragraphs.get(p.paragraphId)!.block.text, p.start, p.end);
  selectors.push(quoteOf(located));
  out.set(source!.draft.id, live(ctx, a, located, a.target.quote.exact));
  let reason: OrphanWhy | null = null;
  for (const d of ctx.drafts.slice(source!.order + 1)) {
    let found: Place | null = null;
    let failure: OrphanWhy | null = null;
    for (let k = places.length - 1; k >= 0 && !found; k--) {
      const from = places[k];
      if (!from) continue;
      const links = (ctx.lineage.next.get(nodeKey(from.draftId, from.paragraphId)) ?? []).filter((l) => l.to.draftId === d.id);
      if (!links.length) {
        if (k === places.length - 1) failure ??= { kind: 'deleted', paragraph: paragraphRef(ctx, from.draftId, from.paragraphId), draft: d.label };
        continue;
      }
      const info = ctx.info.get(d.id)!;
      const to = links.map((l) => info.paragraphs.get(l.to.id)!).sort((x, y) => x.index - y.index).map((x) => x.block);
      const h = hop(ctx, from, selectors[k]!, d.id, to, a.body.replacement?.trim() || null, links.length === to.length ? links[0]!.diff : undefined);
      if (h) found = { ...h, draftId: d.id };
      else failure ??= lostReason(ctx, from, links, d.label);
    }
    // A later draft where it was found again (through a person's link) clears the earlier loss.
    if (found) {
      places.push(found);
      selectors.push(quoteOf(found));
      out.set(d.id, live(ctx, a, found, a.target.quote.exact));
      reason = null;
    } else {
      reason = reason ?? failure ?? { kind: 'not-found', draft: null };
      places.push(null);
      selectors.push(selectors[selectors.length - 1]!);
      out.set(d.id, orphan(a, d.id, reason));
    }
  }
  return out;
}

/** Anchors of many annotations over one context. */
export function anchorAnnotations(ctx: AnchorContext, annotations: readonly Annotation[]): AnchorMap {
  const out: AnchorMap = new Map();
  for (const a of annotations) out.set(a.id, anchorAnnotation(ctx, a));
  return out;
}
