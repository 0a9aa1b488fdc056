/**
 * The changes of a working draft against its base, derived, never stored. Blocks are paired by
 * their stable ids (a working draft keeps its base's ids; new blocks get new ones), so each change
 * has a key that survives unrelated edits: the redline, accept/reject, proposals and the Word
 * export all name changes by these keys.
 *
 * Text changes are the engine's own word diff (`diffWords`, as in the Compare view and the
 * exporters): consecutive insertions and deletions form one change, whose deleted words spell the
 * base and whose inserted words spell the working text, so rejecting it restores the base exactly.
 */
import { diffWords } from '../compare/worddiff';
import { longestIncreasing } from '../compare/lis';
import type { DiffOp } from '../compare/types';
import type { Block, Draft, Footnote, Run } from '../model/draft';
import type { WorkingChangeKind } from '../model/working';

/** One change between a working draft and its base. */
export interface WorkingChange {
  /** Stable name of the change: accept/reject and proposals refer to it. */
  key: string;
  kind: WorkingChangeKind;
  /** The working draft's block; for a removed block, the base block's id. */
  blockId: string;
  /** Text changes: the inserted words at [start, end) of the working block's text… */
  start: number;
  end: number;
  /** …and the deleted words at [baseStart, baseEnd) of the base block's text. */
  baseStart: number;
  baseEnd: number;
  deleted: string;
  inserted: string;
  /** Removed blocks stand after this block of the working draft (null: before the first). */
  after?: string | null;
}

/** A short stable hash (FNV-1a, 32 bits, base 36) for keys. */
export function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The word diff the redline shows: the engine's, with the Compare view's default options. */
export function textDiff(base: string, text: string): DiffOp[] {
  return diffWords(base, text);
}

/** The text changes of a block: runs of insertions and deletions between kept words. */
export function textChanges(blockId: string, base: string, text: string, diff: readonly DiffOp[] = textDiff(base, text)): WorkingChange[] {
  const out: WorkingChange[] = [];
  let b = 0;
  let t = 0;
  let open: WorkingChange | null = null;
  const close = (): void => {
    if (!open) return;
    open.kind = open.deleted === '' ? 'insert' : open.inserted === '' ? 'delete' : 'replace';
    open.key = `t:${blockId}:${open.baseStart}:${fnv(open.deleted)}:${fnv(open.inserted)}`;
    out.push(open);
    open = null;
  };
  for (const [op, s] of diff) {
    if (op === '=') {
      close();
      b += s.length;
      t += s.length;
      continue;
    }
    open ??= { key: '', kind: 'replace', blockId, start: t, end: t, baseStart: b, baseEnd: b, deleted: '', inserted: '' };
    if (op === '-') {
      open.deleted += s;
      b += s.length;
      open.baseEnd = b;
    } else {
      open.inserted += s;
      t += s.length;
      open.end = t;
    }
  }
  close();
  return out;
}

/**
 * Where a base offset lands in the working text: [left, right], the same place unless words were
 * inserted right there (or replaced the character at the offset), which widen it.
 */
export function mapOffset(diff: readonly DiffOp[], offset: number): [number, number] {
  let b = 0;
  let t = 0;
  let left: number | null = null;
  for (let i = 0; i < diff.length; i++) {
    const [op, s] = diff[i]!;
    if (op === '+') {
      if (b === offset) left ??= t;
      t += s.length;
      continue;
    }
    if (offset >= b && offset < b + s.length) {
      if (op === '=') {
        const at = t + (offset - b);
        return [left ?? at, at];
      }
      let right = t;
      for (let j = i + 1; j < diff.length && diff[j]![0] !== '='; j++) if (diff[j]![0] === '+') right += diff[j]![1].length;
      return [left ?? t, right];
    }
    b += s.length;
    if (op === '=') t += s.length;
  }
  return [left ?? t, t];
}

type MarkSpan = [length: number, key: string];

const runKey = (r: Run): string => `${[...(r.marks ?? [])].sort().join('+')}${r.href ? `@${r.href}` : ''}`;

/** Emphasis and links over text[from, to) as [length, key] spans, neighbours of one key merged. */
function marksIn(runs: readonly Run[] | undefined, from: number, to: number): MarkSpan[] {
  const out: MarkSpan[] = [];
  const push = (len: number, key: string): void => {
    if (len <= 0) return;
    const last = out[out.length - 1];
    if (last && last[1] === key) last[0] += len;
    else out.push([len, key]);
  };
  if (!runs?.length) {
    push(to - from, '');
    return out;
  }
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    push(Math.min(end, to) - Math.max(pos, from), runKey(r));
    pos = end;
    if (pos >= to) break;
  }
  push(to - Math.max(pos, from), '');
  return out;
}

/** True when kept words carry other emphasis or links in the working text than in the base. */
function marksDiffer(base: Block, block: Block, diff: readonly DiffOp[]): boolean {
  if (!base.runs?.length && !block.runs?.length) return false;
  let b = 0;
  let t = 0;
  for (const [op, s] of diff) {
    if (op === '=') {
      if (JSON.stringify(marksIn(base.runs, b, b + s.length)) !== JSON.stringify(marksIn(block.runs, t, t + s.length))) return true;
    }
    if (op !== '+') b += s.length;
    if (op !== '-') t += s.length;
  }
  return false;
}

const footnotesOf = (b: Block): readonly Footnote[] => (b.kind === 'paragraph' ? (b.footnotes ?? []) : []);

/** True when footnotes were added, removed, rewritten or moved to other words. */
function footnotesDiffer(base: Block, block: Block, diff: readonly DiffOp[]): boolean {
  const a = footnotesOf(base);
  const c = footnotesOf(block);
  if (a.length !== c.length) return true;
  return a.some((f, i) => {
    const g = c[i]!;
    if (f.marker !== g.marker || f.text !== g.text) return true;
    const [left, right] = mapOffset(diff, f.at ?? base.text.length);
    const at = g.at ?? block.text.length;
    return at < left || at > right;
  });
}

/** Everything about a block but its words: level, numbering, emphasis, links, footnotes. */
export function formatSignature(block: Block): string {
  return fnv(JSON.stringify([block.kind, block.level, block.number !== null, block.runs?.map((r) => [r.text.length, runKey(r)]) ?? [], footnotesOf(block)]));
}

/**
 * The changes inside one block that exists in the base too: its text changes, then a format
 * change when its level, numbering, emphasis or footnotes differ.
 */
export function blockChanges(base: Block, block: Block): WorkingChange[] {
  const diff = base.text === block.text ? ([['=', base.text]] as DiffOp[]) : textDiff(base.text, block.text);
  const out = base.text === block.text ? [] : textChanges(block.id, base.text, block.text, diff);
  const formatChanged =
    base.level !== block.level || (base.number === null) !== (block.number === null) || marksDiffer(base, block, diff) || footnotesDiffer(base, block, diff);
  if (formatChanged) {
    out.push({ key: `f:${block.id}:${formatSignature(block)}`, kind: 'format', blockId: block.id, start: 0, end: 0, baseStart: 0, baseEnd: 0, deleted: '', inserted: '' });
  }
  return out;
}

/** Where each base block stands, by id. */
export interface BaseIndex {
  draft: Draft;
  byId: Map<string, { block: Block; index: number }>;
}

const indexes = new WeakMap<Draft, BaseIndex>();

/** The base's blocks by id (cached per draft object: received drafts never change). */
export function baseIndex(base: Draft): BaseIndex {
  let idx = indexes.get(base);
  if (!idx) {
    idx = { draft: base, byId: new Map(base.blocks.map((block, index) => [block.id, { block, index }])) };
    indexes.set(base, idx);
  }
  return idx;
}

/** How the blocks of a working draft stand against the base's order. */
export interface BlockOrder {
  /** Blocks that are not in the base (or changed kind). */
  added: Set<string>;
  /** Base blocks out of the longest chain that keeps the base order: moved. */
  moved: Set<string>;
  /** Base blocks the working draft no longer has, each after the working block it follows. */
  removed: { id: string; after: string | null }[];
}

/**
 * New, removed and moved blocks. Moves are the blocks outside the longest chain that keeps the
 * base order (the engine's rule too); a removed block stands after the nearest earlier base
 * block that kept its place.
 */
export function blockOrder(base: BaseIndex, blocks: readonly Pick<Block, 'id' | 'kind'>[]): BlockOrder {
  const added = new Set<string>();
  const paired: { id: string; index: number }[] = [];
  const present = new Set<string>();
  for (const b of blocks) {
    const at = base.byId.get(b.id);
    if (!at || at.block.kind !== b.kind || present.has(b.id)) added.add(b.id);
    else {
      paired.push({ id: b.id, index: at.index });
      present.add(b.id);
    }
  }
  const chain = new Set(longestIncreasing(paired.map((p) => p.index)).map((i) => paired[i]!.id));
  const moved = new Set(paired.filter((p) => !chain.has(p.id)).map((p) => p.id));
  const removed: BlockOrder['removed'] = [];
  let after: string | null = null;
  for (const b of base.draft.blocks) {
    if (chain.has(b.id)) after = b.id;
    else if (!present.has(b.id)) removed.push({ id: b.id, after });
  }
  return { added, moved, removed };
}

const blockChange = (kind: WorkingChangeKind, key: string, block: Block, after?: string | null): WorkingChange => ({
  key,
  kind,
  blockId: block.id,
  start: 0,
  end: kind === 'removed' ? 0 : block.text.length,
  baseStart: 0,
  baseEnd: kind === 'new' ? 0 : block.text.length,
  deleted: kind === 'removed' ? block.text : '',
  inserted: kind === 'new' ? block.text : '',
  ...(after !== undefined ? { after } : {}),
});

/** The change that a block is new. */
export const newBlockChange = (block: Block): WorkingChange => blockChange('new', `n:${block.id}`, block);
/** The change that a block moved away from its base place. */
export const movedBlockChange = (block: Block): WorkingChange => blockChange('moved', `m:${block.id}`, block);
/** The change that a base block was removed. */
export const removedBlockChange = (baseBlock: Block, after: string | null): WorkingChange => blockChange('removed', `d:${baseBlock.id}`, baseBlock, after);

/**
 * Every change of a working draft against its base, in reading order: each block's changes where
 * the block stands, removed base blocks after the block they follow.
 */
export function workingChanges(base: Draft, blocks: readonly Block[]): WorkingChange[] {
  const idx = baseIndex(base);
  const order = blockOrder(idx, blocks);
  const removedAfter = new Map<string | null, WorkingChange[]>();
  for (const r of order.removed) {
    const list = removedAfter.get(r.after) ?? [];
    list.push(removedBlockChange(idx.byId.get(r.id)!.block, r.after));
    removedAfter.set(r.after, list);
  }
  const out: WorkingChange[] = [...(removedAfter.get(null) ?? [])];
  for (const block of blocks) {
    if (order.added.has(block.id)) out.push(newBlockChange(block));
    else {
      if (order.moved.has(block.id)) out.push(movedBlockChange(block));
      out.push(...blockChanges(idx.byId.get(block.id)!.block, block));
    }
    out.push(...(removedAfter.get(block.id) ?? []));
  }
  return out;
}

/** The runs of a block over text[start, end), emphasis and links kept (one plain run when it has none). */
export function runsIn(block: Block, start: number, end: number): Run[] {
  if (end <= start) return [];
  const runs: readonly Run[] = block.runs?.length ? block.runs : [{ text: block.text }];
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const from = Math.max(start, pos);
    const to = Math.min(end, pos + r.text.length);
    if (to > from) out.push({ ...r, text: r.text.slice(from - pos, to - pos) });
    pos += r.text.length;
  }
  return out;
}
