/**
 * Decorations computed block by block, kept up to date by recomputing only the blocks a
 * transaction replaced. ProseMirror keeps every untouched node object across transactions, so
 * "touched" is "not the same object as before": typing in one paragraph of five hundred
 * recomputes that paragraph and maps the rest.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { type Decoration, DecorationSet } from 'prosemirror-view';

/** What a block's decorations carry in their spec, so they can be found and replaced. */
export interface BlockSpec {
  /** Marks a decoration as belonging to the block it lies in. */
  block: true;
}

/** Decorations per block, computed for the document of the state holding them. */
export interface BlockDecorations {
  decorations: DecorationSet;
}

/** Decorations for every block of `doc`. */
export function buildBlockDecorations(doc: Node, build: (node: Node, pos: number, index: number) => Decoration[], extra: Decoration[] = []): BlockDecorations {
  const all: Decoration[] = [...extra];
  doc.forEach((node, pos, index) => {
    for (const d of build(node, pos, index)) all.push(d);
  });
  return { decorations: DecorationSet.create(doc, all) };
}

/**
 * The decorations after `tr`: mapped where blocks are unchanged, recomputed for the blocks that
 * are new objects (and those `again` names). Decorations not marked as a block's own
 * (`spec.block`) are only mapped. Only the blocks touching what the transaction replaced are
 * looked at (all of them when `again` is given): typing in one paragraph of five hundred looks at
 * that one, with no pass over the others.
 */
export function updateBlockDecorations(prev: BlockDecorations, tr: Transaction, build: (node: Node, pos: number, index: number) => Decoration[], again?: (node: Node) => boolean): BlockDecorations {
  if (!tr.docChanged) return prev;
  const doc = tr.doc;
  // A node is untouched when the same object stood where the transaction maps it from, and was
  // not deleted on the way (a block moved elsewhere is the same object, but its decorations are gone).
  const back = tr.mapping.invert();
  const untouched = (node: Node, pos: number): boolean => {
    const at = back.map(pos, 1);
    if (tr.before.nodeAt(at) !== node) return false;
    const start = tr.mapping.mapResult(at, 1);
    const end = tr.mapping.mapResult(at + node.nodeSize, -1);
    return !start.deleted && !end.deleted && start.pos === pos && end.pos === pos + node.nodeSize;
  };
  // What the steps replaced (in the new document) and where it differs from the old one: a block
  // touching neither is the same object where the mapping put it, so only blocks touching a range
  // are looked at closely (steps that change marks or attributes map nothing: the difference
  // finds them).
  const ranges: [number, number][] = [];
  tr.mapping.maps.forEach((map, i) => {
    const rest = tr.mapping.slice(i + 1);
    map.forEach((_from, _to, from, to) => ranges.push([rest.map(from, -1), rest.map(to, 1)]));
  });
  const start = tr.before.content.findDiffStart(doc.content);
  if (start !== null) {
    const end = tr.before.content.findDiffEnd(doc.content)?.b ?? start;
    ranges.push([Math.min(start, end), Math.max(start, end)]);
  }
  const touches = (from: number, to: number): boolean => ranges.some(([a, b]) => a <= to && b >= from);
  let decorations = prev.decorations.map(tr.mapping, doc);
  const stale: Decoration[] = [];
  const fresh: Decoration[] = [];
  const visit = (node: Node, pos: number, index: number) => {
    if ((touches(pos, pos + node.nodeSize) && !untouched(node, pos)) || again?.(node)) {
      const end = pos + node.nodeSize;
      // Whatever of a block's own decorations lies in this node is stale, also what a split or
      // join left reaching across its edge; widgets exactly at the edges belong to the neighbours.
      for (const d of decorations.find(pos, end, (spec: Partial<BlockSpec>) => spec.block === true)) {
        if ((d.to > pos && d.from < end) || (d.from === d.to && d.from > pos && d.from < end)) stale.push(d);
      }
      for (const d of build(node, pos, index)) fresh.push(d);
    }
  };
  if (again) doc.forEach(visit);
  else if (ranges.length && doc.childCount) {
    const size = doc.content.size;
    const lo = Math.max(0, Math.min(size, Math.min(...ranges.map(([a]) => a))));
    const hi = Math.max(0, Math.min(size, Math.max(...ranges.map(([, b]) => b))));
    // From the block ending at `lo` (a range at a block's edge touches it) to the one holding `hi`.
    const $lo = doc.resolve(lo);
    const first = Math.max(0, $lo.index(0) - 1);
    const last = Math.min(doc.childCount - 1, doc.resolve(hi).index(0));
    let pos = $lo.posAtIndex(first, 0);
    for (let i = first; i <= last; i++) {
      const node = doc.child(i);
      visit(node, pos, i);
      pos += node.nodeSize;
    }
  }
  if (stale.length) decorations = decorations.remove(stale);
  if (fresh.length) decorations = decorations.add(doc, fresh);
  return { decorations };
}
