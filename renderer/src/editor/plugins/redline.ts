/**
 * The live redline of a working draft against its base, as decorations over the text: inserted
 * words underlined, deleted words struck where they stood, new and moved paragraphs marked,
 * removed paragraphs shown struck between their neighbours, changed formatting flagged. It is
 * derived from the document and the base on every change (blocks paired by stable id, words by
 * the engine's own diff, see shared/draft/changes.ts), never stored, so undo, reopening a file or
 * a change made anywhere else can never leave it stale. Only the paragraphs a transaction
 * replaced are diffed again; the rest is mapped.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, type DecorationSet } from 'prosemirror-view';
import type { Block, Draft } from '../../../../shared/model/draft';
import { printedNumber } from '../../../../shared/model/draft';
import type { Proposal } from '../../../../shared/model/working';
import { baseIndex, blockChanges, blockOrder, type BaseIndex, type BlockOrder, type WorkingChange } from '../../../../shared/draft/changes';
import { nodeBlock } from '../convert/to-draft';
import { blockText, offsetToPos } from '../queries/offsets';
import { buildBlockDecorations, updateBlockDecorations, type BlockDecorations } from './block-decorations';
import { insertHighlighter, type InsertSpec } from './insert-highlights';
import { blockIdAt, holdMarks, settler, typedBlock } from './held-marks';

/** A block's own changes against its base block (text and format), cached per node. */
export interface BlockAnalysis {
  block: Block;
  /** The base block of the same id and kind, if any. */
  base: Block | null;
  changes: WorkingChange[];
}

export interface RedlineState {
  /** Markup shown (true) or the clean text (false). */
  show: boolean;
  base: BaseIndex;
  /** Id and kind of each top-level block when `order` was computed. */
  shape: Shape;
  order: BlockOrder;
  reviewed: readonly string[];
  proposals: readonly Proposal[];
  /** What the editor draws as decorations: new, moved and removed blocks, deleted words, badges. */
  layer: BlockDecorations;
  /** The inserted words (never drawn as decorations: painted as highlights, insert-highlights.ts). */
  inserts: BlockDecorations;
  /** What the editor draws: `layer`, but for the marks held in the paragraph being typed in (held-marks.ts). */
  shown: DecorationSet;
  /** The id of the paragraph whose marks are held, if any. */
  held: string | null;
}

export interface RedlineOptions {
  base: Draft;
  /** A delegation's name, for the "Proposed by" titles. */
  delegationName?: (id: string) => string;
}

export const redlineKey = new PluginKey<RedlineState>('redline');

/** Deleted-word elements kept for reuse (a bound: they are small, but a session can be long). */
const MAX_ELEMENTS = 2000;

const analyses = new WeakMap<BaseIndex, WeakMap<Node, BlockAnalysis>>();

/** A block's changes against the base block of the same id (cached per node). */
export function analyse(base: BaseIndex, node: Node): BlockAnalysis {
  let perBase = analyses.get(base);
  if (!perBase) analyses.set(base, (perBase = new WeakMap()));
  let hit = perBase.get(node);
  if (!hit) {
    const block = nodeBlock(node);
    const baseBlock = base.byId.get(block.id)?.block ?? null;
    const paired = baseBlock && baseBlock.kind === block.kind ? baseBlock : null;
    hit = { block, base: paired, changes: paired ? blockChanges(paired, block) : [] };
    perBase.set(node, hit);
  }
  return hit;
}

/** The blocks' ids and kinds, compared without building strings on every keystroke. */
interface Shape {
  ids: unknown[];
  types: unknown[];
}

const shapeOf = (doc: Node): Shape => {
  const ids: unknown[] = [];
  const types: unknown[] = [];
  doc.forEach((n) => {
    ids.push(n.attrs.id);
    types.push(n.type);
  });
  return { ids, types };
};

const sameShape = (a: Shape, b: Shape): boolean =>
  a.ids.length === b.ids.length && a.ids.every((x, i) => x === b.ids[i] && a.types[i] === b.types[i]);

/** Ids that are new or moved in one order and not in the other. */
function standingChanged(a: BlockOrder, b: BlockOrder): Set<string> {
  const out = new Set<string>();
  for (const [x, y] of [[a.added, b.added], [b.added, a.added], [a.moved, b.moved], [b.moved, a.moved]] as const) {
    for (const id of x) if (!y.has(id)) out.add(id);
  }
  return out;
}

function orderOf(base: BaseIndex, doc: Node): BlockOrder {
  const blocks: { id: string; kind: Block['kind'] }[] = [];
  doc.forEach((n) => blocks.push({ id: String(n.attrs.id), kind: n.type.name === 'heading' ? 'heading' : 'paragraph' }));
  return blockOrder(base, blocks);
}

interface Context {
  show: boolean;
  base: BaseIndex;
  order: BlockOrder;
  reviewed: ReadonlySet<string>;
  proposals: ReadonlyMap<string, Proposal>;
  options: RedlineOptions;
  /** Deleted-word elements by what they show and where, reused when a block is decorated again. */
  elements: Map<string, HTMLElement>;
}

function proposalTitle(p: Proposal | undefined, ctx: Context): string {
  if (!p) return '';
  const name = (id: string) => ctx.options.delegationName?.(id) ?? id;
  const parts = [p.proposer ? `Proposed by ${name(p.proposer)}` : 'Proposal'];
  if (p.supporters.length) parts.push(`supported by ${p.supporters.map(name).join(', ')}`);
  if (p.opponents.length) parts.push(`opposed by ${p.opponents.map(name).join(', ')}`);
  return ` · ${parts.join('; ')}`;
}

function proposalBadge(pos: number, p: Proposal | undefined, ctx: Context, key: string): Decoration[] {
  if (!p?.proposer) return [];
  const label = ctx.options.delegationName?.(p.proposer) ?? p.proposer;
  return [
    Decoration.widget(
      pos,
      () => {
        const el = document.createElement('sup');
        el.className = 'dw-proposer';
        el.textContent = label;
        el.setAttribute('aria-label', `proposed by ${label}`);
        return el;
      },
      { side: 1, key: `prop:${label}`, change: key, block: true, ignoreSelection: true },
    ),
  ];
}

/** The redline decorations of one block at `pos`. */
function decorate(node: Node, pos: number, ctx: Context): Decoration[] {
  if (!ctx.show) return [];
  const id = String(node.attrs.id);
  const out: Decoration[] = [];
  const end = pos + node.nodeSize;
  if (ctx.order.added.has(id)) {
    const key = `n:${id}`;
    const reviewed = ctx.reviewed.has(key);
    out.push(Decoration.node(pos, end, { class: `dw-new${reviewed ? ' dw-reviewed' : ''}`, title: `New ${node.type.name}${reviewed ? ', accepted' : ''}${proposalTitle(ctx.proposals.get(key), ctx)}` }, { block: true, change: key }));
    out.push(...proposalBadge(end - 1, ctx.proposals.get(key), ctx, key));
    return out;
  }
  const a = analyse(ctx.base, node);
  if (ctx.order.moved.has(id)) {
    const key = `m:${id}`;
    const reviewed = ctx.reviewed.has(key);
    const was = a.base && printedNumber(a.base);
    out.push(
      Decoration.node(pos, end, { class: `dw-moved${reviewed ? ' dw-reviewed' : ''}`, title: `Moved${was ? ` (${was} in ${ctx.base.draft.label})` : ''}${reviewed ? ', accepted' : ''}${proposalTitle(ctx.proposals.get(key), ctx)}` }, { block: true, change: key }),
    );
  }
  const bt = blockText(node);
  for (const c of a.changes) {
    const reviewed = ctx.reviewed.has(c.key) ? ' dw-reviewed' : '';
    const proposal = ctx.proposals.get(c.key);
    if (c.kind === 'format') {
      out.push(Decoration.node(pos, end, { class: `dw-format${reviewed}`, title: `Formatting, level, numbering or footnotes changed${reviewed ? ', accepted' : ''}` }, { block: true, change: c.key }));
      continue;
    }
    const from = offsetToPos(pos, bt, c.start);
    const to = offsetToPos(pos, bt, c.end);
    const title = `${c.kind === 'insert' ? 'Inserted' : c.kind === 'delete' ? 'Deleted' : 'Replaced'}${reviewed ? ', accepted' : ''}${proposalTitle(proposal, ctx)}`;
    if (c.deleted) {
      const text = c.deleted;
      // Keyed by what it shows and where its words stood in the base, not by the change's key
      // (which hashes the inserted words, so it changes on every keystroke). ProseMirror redraws a
      // widget that touches the text typed into; handing it the same element makes that redraw
      // no change to the page, so the caret's text node and the layout stay as they are.
      const key = `del:${id}:${c.baseStart}:${reviewed}:${title}:${text}`;
      out.push(
        Decoration.widget(
          from,
          () => {
            let el = ctx.elements.get(key);
            if (!el) {
              el = document.createElement('del');
              el.className = `dw-del${reviewed}`;
              el.textContent = text;
              el.title = title;
              if (ctx.elements.size >= MAX_ELEMENTS) ctx.elements.clear();
              ctx.elements.set(key, el);
            }
            return el;
          },
          { side: -1, key, change: c.key, block: true, marks: [], ignoreSelection: true },
        ),
      );
    }
    out.push(...proposalBadge(to, proposal, ctx, c.key));
  }
  return out;
}

/** The inserted words of one block at `pos`, as (never drawn) inline decorations. */
function insertions(node: Node, pos: number, ctx: Context): Decoration[] {
  if (!ctx.show || ctx.order.added.has(String(node.attrs.id))) return [];
  const a = analyse(ctx.base, node);
  const bt = blockText(node);
  const out: Decoration[] = [];
  for (const c of a.changes) {
    if (c.kind === 'format' || c.end <= c.start) continue;
    const spec: InsertSpec = { block: true, insert: true, reviewed: ctx.reviewed.has(c.key) };
    out.push(Decoration.inline(offsetToPos(pos, bt, c.start), offsetToPos(pos, bt, c.end), {}, spec));
  }
  return out;
}

/** Removed base blocks, struck, where they stood (after the block they follow). */
function removedWidgets(doc: Node, ctx: Context): Decoration[] {
  if (!ctx.show || ctx.order.removed.length === 0) return [];
  const endOf = new Map<string, number>();
  doc.forEach((n, pos) => endOf.set(String(n.attrs.id), pos + n.nodeSize));
  const out: Decoration[] = [];
  ctx.order.removed.forEach((r, i) => {
    const block = ctx.base.byId.get(r.id)?.block;
    if (!block) return;
    const key = `d:${r.id}`;
    const reviewed = ctx.reviewed.has(key);
    const at = r.after === null ? 0 : (endOf.get(r.after) ?? 0);
    const title = `${block.kind === 'heading' ? 'Heading' : 'Paragraph'} removed${reviewed ? ', accepted' : ''}${proposalTitle(ctx.proposals.get(key), ctx)}`;
    out.push(
      Decoration.widget(
        at,
        () => {
          const el = document.createElement('div');
          el.className = `dw-removed${reviewed ? ' dw-reviewed' : ''}${block.kind === 'heading' ? ' dw-removed-heading' : ''}`;
          el.setAttribute('data-change', key);
          el.title = title;
          const label = document.createElement('span');
          label.className = 'dw-removed-label';
          label.textContent = `${printedNumber(block) || (block.kind === 'heading' ? 'Heading' : '¶')} removed`;
          const del = document.createElement('del');
          del.textContent = block.text;
          el.append(label, ' ', del);
          return el;
        },
        { side: i + 1, key: `${key}${reviewed ? ':r' : ''}`, removed: true, ignoreSelection: true, stopEvent: () => true },
      ),
    );
  });
  return out;
}

function contextOf(state: Pick<RedlineState, 'show' | 'base' | 'order' | 'reviewed' | 'proposals'>, options: RedlineOptions, elements: Map<string, HTMLElement>): Context {
  return {
    elements,
    show: state.show,
    base: state.base,
    order: state.order,
    reviewed: new Set(state.reviewed),
    proposals: new Map(state.proposals.filter((p) => p.status === 'pending' || p.status === 'accepted').map((p) => [p.change, p])),
    options,
  };
}

type Computed = Omit<RedlineState, 'shown' | 'held'>;

function rebuild(doc: Node, next: Omit<RedlineState, 'layer' | 'inserts' | 'shown' | 'held'>, options: RedlineOptions, elements: Map<string, HTMLElement>): Computed {
  const ctx = contextOf(next, options, elements);
  return {
    ...next,
    layer: buildBlockDecorations(doc, (n, pos) => decorate(n, pos, ctx), removedWidgets(doc, ctx)),
    inserts: buildBlockDecorations(doc, (n, pos) => insertions(n, pos, ctx)),
  };
}

/** Everything drawn as computed, nothing held. */
const unheld = (state: Computed): RedlineState => ({ ...state, shown: state.layer.decorations, held: null });

/** Meta a transaction carries to show or hide the markup. */
export interface RedlineMeta {
  show?: boolean;
  /** Draw the held marks as computed (typing paused). */
  settle?: boolean;
}

/** What is drawn after `tr`: the computed marks, or those of the paragraph being typed in held. */
function draw(tr: Transaction, prev: RedlineState, next: Computed | RedlineState): RedlineState {
  const meta = tr.getMeta(redlineKey) as RedlineMeta | undefined;
  if (next === prev) {
    // No new marks; a held paragraph is let go when typing pauses or the caret leaves it.
    if (prev.held !== null && (meta?.settle || (tr.selectionSet && blockIdAt(tr.doc, tr.selection.head) !== prev.held))) return unheld(prev);
    return prev;
  }
  const rebuilt = next.show !== prev.show || next.reviewed !== prev.reviewed || next.proposals !== prev.proposals;
  const block = meta?.settle || rebuilt ? null : typedBlock(tr);
  if (!block) return unheld(next);
  const { shown, held } = holdMarks(tr, block, prev.shown, next.layer.decorations);
  return { ...next, shown, held: held ? block.id : null };
}

function apply(tr: Transaction, prev: RedlineState, options: RedlineOptions, elements: Map<string, HTMLElement>): Computed | RedlineState {
  const meta = tr.getMeta(redlineKey) as RedlineMeta | undefined;
  const show = meta?.show ?? prev.show;
  if (!tr.docChanged && show === prev.show) return prev;
  const doc = tr.doc;
  const reviewed = doc.attrs.reviewed as string[];
  const proposals = doc.attrs.proposals as Proposal[];
  const shape = shapeOf(doc);
  const structural = !sameShape(shape, prev.shape);
  const order = structural ? orderOf(prev.base, doc) : prev.order;
  const next = { show, base: prev.base, shape, order, reviewed, proposals };
  if (show !== prev.show || reviewed !== prev.reviewed || proposals !== prev.proposals) return rebuild(doc, next, options, elements);
  const ctx = contextOf(next, options, elements);
  // A split, join or move: besides the blocks the transaction replaced, only those that became or
  // ceased to be new or moved are decorated again (a split in a long draft used to redo them all).
  const restanding = structural ? standingChanged(prev.order, order) : null;
  const again = restanding?.size ? (n: Node) => restanding.has(String(n.attrs.id)) : undefined;
  const layer = updateBlockDecorations(prev.layer, tr, (n, pos) => decorate(n, pos, ctx), again);
  const inserts = updateBlockDecorations(prev.inserts, tr, (n, pos) => insertions(n, pos, ctx), again);
  if (!ctx.show || (!ctx.order.removed.length && !prev.order.removed.length)) return { ...next, layer, inserts };
  // Removed blocks stand at the edge of their neighbour, where mapping alone can drop them (an
  // edit replacing the neighbour's boundary deletes a widget there): place them afresh each time.
  // There are few, and finding their places is one pass over the top-level blocks.
  const stale = layer.decorations.find(undefined, undefined, (spec: { removed?: boolean }) => spec.removed === true);
  const decorations = layer.decorations.remove(stale).add(doc, removedWidgets(doc, ctx));
  return { ...next, layer: { ...layer, decorations }, inserts };
}

/** The live redline plugin for a working draft of `options.base`. */
export function redlinePlugin(options: RedlineOptions, show = true): Plugin<RedlineState> {
  const base = baseIndex(options.base);
  const elements = new Map<string, HTMLElement>();
  return new Plugin<RedlineState>({
    key: redlineKey,
    state: {
      init: (_, state) =>
        unheld(rebuild(state.doc, { show, base, shape: shapeOf(state.doc), order: orderOf(base, state.doc), reviewed: state.doc.attrs.reviewed as string[], proposals: state.doc.attrs.proposals as Proposal[] }, options, elements)),
      apply: (tr, prev) => draw(tr, prev, apply(tr, prev, options, elements)),
    },
    props: { decorations: (state): DecorationSet | undefined => redlineKey.getState(state)?.shown },
    view: (view) => {
      const highlights = insertHighlighter(view, (state) => redlineKey.getState(state)?.inserts.decorations);
      const settle = settler(view, (v) => (redlineKey.getState(v.state)?.held ?? null) !== null, (tr) => tr.setMeta(redlineKey, { settle: true } satisfies RedlineMeta));
      return {
        update(v, prev) {
          highlights.update?.(v, prev);
          settle.update(prev.doc);
        },
        destroy() {
          highlights.destroy?.();
          settle.destroy();
        },
      };
    },
  });
}

/** Whether the markup is shown. */
export function markupShown(state: EditorState): boolean {
  return redlineKey.getState(state)?.show ?? false;
}
