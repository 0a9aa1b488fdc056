/**
 * Block commands: splitting and joining paragraphs as a word processor does, inserting a
 * paragraph or subparagraph, changing a paragraph's level, numbering it or not, moving it up or
 * down (moves keep the paragraph's id, so the redline shows a move, not a deletion and an insertion).
 */
import type { Node } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { joinBackward, splitBlockAs } from 'prosemirror-commands';
import { nodes } from '../schema/schema';
import { MAX_PARAGRAPH_LEVEL } from '../nodes/dom-attrs';

/** The top-level blocks the selection touches: [index, pos, node]. */
export function selectedBlocks(state: EditorState): [number, number, Node][] {
  const { from, to } = state.selection;
  const out: [number, number, Node][] = [];
  state.doc.forEach((node, pos, index) => {
    if (pos + node.nodeSize > from && pos <= to) out.push([index, pos, node]);
  });
  return out;
}

/** Attributes of a new block following `node`: same kind of paragraph, a new id to come. */
function followerAttrs(node: Node): Record<string, unknown> {
  if (node.type === nodes.heading) return { id: '', level: 0, numbered: true };
  return { id: '', level: node.attrs.level, numbered: node.attrs.numbered, status: null };
}

/**
 * Enter. At the start of a non-empty paragraph a new empty one goes before it (the paragraph and
 * its identity move down with the cursor); elsewhere the paragraph splits and the part after the
 * cursor becomes a new paragraph of the same level and numbering (after a heading: a paragraph).
 */
export const splitParagraph: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (empty && $from.depth === 1 && $from.parentOffset === 0 && $from.parent.content.size > 0) {
    if (dispatch) {
      const parent = $from.parent;
      const type = parent.type === nodes.heading ? nodes.heading : nodes.paragraph;
      dispatch(state.tr.insert($from.before(), type.create({ ...parent.attrs, id: '', ...(type === nodes.paragraph ? { status: null } : {}) })).scrollIntoView());
    }
    return true;
  }
  return splitBlockAs((node) => ({ type: nodes.paragraph, attrs: followerAttrs(node) }))(state, dispatch);
};

/** Backspace at the start of a subparagraph raises it a level first; then joins as usual. */
export const backspaceAtStart: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.depth !== 1 || $from.parentOffset !== 0) return false;
  if ($from.parent.type === nodes.paragraph && Number($from.parent.attrs.level) > 0) return setLevel(-1)(state, dispatch);
  return joinBackward(state, dispatch);
};

/** Changes the level of the selected paragraphs by `delta` (Tab / Shift+Tab). */
export function setLevel(delta: 1 | -1): Command {
  return (state, dispatch) => {
    const targets = selectedBlocks(state).filter(([, , n]) => n.type === nodes.paragraph);
    const changes = targets
      .map(([, pos, n]) => [pos, n, Math.min(MAX_PARAGRAPH_LEVEL, Math.max(0, Number(n.attrs.level) + delta))] as const)
      .filter(([, n, level]) => level !== Number(n.attrs.level));
    if (changes.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const [pos, n, level] of changes) tr.setNodeMarkup(pos, undefined, { ...n.attrs, level });
      dispatch(tr);
    }
    return true;
  };
}

/** Numbers the selected blocks, or stops numbering them when they all are numbered. */
export const toggleNumbered: Command = (state, dispatch) => {
  const targets = selectedBlocks(state);
  if (targets.length === 0) return false;
  const numbered = !targets.every(([, , n]) => n.attrs.numbered);
  if (dispatch) {
    const tr = state.tr;
    for (const [, pos, n] of targets) tr.setNodeMarkup(pos, undefined, { ...n.attrs, numbered });
    dispatch(tr);
  }
  return true;
};

/** Inserts an empty paragraph after the current block: at the same level, or one deeper (`sub`). */
export function insertParagraph(sub = false): Command {
  return (state, dispatch) => {
    const blocks = selectedBlocks(state);
    const last = blocks[blocks.length - 1];
    if (!last) return false;
    const [, pos, node] = last;
    const attrs = followerAttrs(node);
    if (sub && node.type === nodes.paragraph) attrs.level = Math.min(MAX_PARAGRAPH_LEVEL, Number(node.attrs.level) + 1);
    if (sub && node.type === nodes.heading) attrs.level = 1;
    if (dispatch) {
      const at = pos + node.nodeSize;
      const tr = state.tr.insert(at, nodes.paragraph.create(attrs));
      dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 1)).scrollIntoView());
    }
    return true;
  };
}

/** Moves the selected blocks one block up (-1) or down (+1), keeping their ids. */
export function moveBlocks(delta: -1 | 1): Command {
  return (state, dispatch) => {
    const blocks = selectedBlocks(state);
    if (blocks.length === 0) return false;
    const first = blocks[0]![0];
    const last = blocks[blocks.length - 1]![0];
    const neighbour = delta < 0 ? first - 1 : last + 1;
    if (neighbour < 0 || neighbour >= state.doc.childCount) return false;
    if (dispatch) {
      const from = blocks[0]![1];
      const to = blocks[blocks.length - 1]![1] + blocks[blocks.length - 1]![2].nodeSize;
      const other = state.doc.child(neighbour);
      const slice = state.doc.slice(from, to);
      const tr = state.tr.delete(from, to);
      const at = delta < 0 ? from - other.nodeSize : from + other.nodeSize;
      tr.insert(at, slice.content);
      const shift = at - from;
      const sel = state.selection;
      dispatch(tr.setSelection(TextSelection.create(tr.doc, sel.from + shift, sel.to + shift)).scrollIntoView());
    }
    return true;
  };
}
