/**
 * Text offsets and document positions inside a block. A block's text (what drafts, diffs and
 * brackets count in) leaves footnote atoms out, while each atom takes one document position.
 */
import type { Node } from 'prosemirror-model';

/** A block's text and the text offsets where its inline atoms (footnote references) stand. */
export interface BlockText {
  text: string;
  atoms: number[];
}

const cache = new WeakMap<Node, BlockText>();

/** The text of a block node and where its atoms stand (cached per node). */
export function blockText(node: Node): BlockText {
  let hit = cache.get(node);
  if (!hit) {
    let text = '';
    const atoms: number[] = [];
    node.forEach((child) => {
      if (child.isText) text += child.text!;
      else atoms.push(text.length);
    });
    hit = { text, atoms };
    cache.set(node, hit);
  }
  return hit;
}

/**
 * The document position of text offset `offset` in the block at `blockPos`. Atoms standing at the
 * offset itself are counted before it when `afterAtoms`, after it otherwise.
 */
export function offsetToPos(blockPos: number, bt: BlockText, offset: number, afterAtoms = false): number {
  let before = 0;
  for (const a of bt.atoms) if (a < offset || (afterAtoms && a === offset)) before++;
  return blockPos + 1 + offset + before;
}

/** The text offset of document position `pos` inside the block node at `blockPos`. */
export function posToOffset(node: Node, blockPos: number, pos: number): number {
  let offset = 0;
  let at = blockPos + 1;
  let result = 0;
  node.forEach((child) => {
    if (pos <= at) return;
    if (child.isText) {
      result = offset + Math.min(child.nodeSize, pos - at);
      offset += child.nodeSize;
    } else result = offset;
    at += child.nodeSize;
  });
  return pos <= blockPos + 1 ? 0 : result;
}
