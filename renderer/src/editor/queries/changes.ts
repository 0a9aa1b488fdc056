/**
 * The working draft's changes as a list, in reading order, each with where it stands in the
 * document, whether it was accepted and the proposal attributed to it. Read from the redline
 * plugin's state and its per-paragraph caches, so asking is cheap after an edit.
 */
import type { EditorState } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { movedBlockChange, newBlockChange, removedBlockChange, type WorkingChange } from '../../../../shared/draft/changes';
import type { Proposal } from '../../../../shared/model/working';
import { nodeBlock } from '../convert/to-draft';
import { analyse, redlineKey } from '../plugins/redline';
import { blockNumbers } from '../plugins/numbering';
import { blockText, offsetToPos } from './offsets';

/** A change with its place in the document. */
export interface PlacedChange extends WorkingChange {
  /** Index of the block among the document's top-level blocks (for removed ones: of the block it follows, or -1). */
  index: number;
  /** Document range to select and scroll to (removed blocks: the gap where they stood). */
  from: number;
  to: number;
  /** Paragraph number as shown now (removed blocks: as in the base). */
  number: string | null;
  reviewed: boolean;
  /** The pending or accepted proposal about this change, if any. */
  proposal: Proposal | null;
}

/** Every change of the document against the base, in reading order. */
export function changesOf(state: EditorState): PlacedChange[] {
  const rl = redlineKey.getState(state);
  if (!rl) return [];
  const reviewed = new Set(state.doc.attrs.reviewed as string[]);
  const proposals = new Map((state.doc.attrs.proposals as Proposal[]).filter((p) => p.status !== 'rejected').map((p) => [p.change, p]));
  const numbers = blockNumbers(state);
  const out: PlacedChange[] = [];
  const place = (c: WorkingChange, index: number, from: number, to: number, number: string | null): void => {
    out.push({ ...c, index, from, to, number, reviewed: reviewed.has(c.key), proposal: proposals.get(c.key) ?? null });
  };
  const removedAfter = new Map<string | null, string[]>();
  for (const r of rl.order.removed) removedAfter.set(r.after, [...(removedAfter.get(r.after) ?? []), r.id]);
  const placeRemoved = (after: string | null, index: number, at: number): void => {
    for (const id of removedAfter.get(after) ?? []) {
      const block = rl.base.byId.get(id)!.block;
      place(removedBlockChange(block, after), index, at, at, block.number);
    }
  };
  placeRemoved(null, -1, 0);
  state.doc.forEach((node: Node, pos, index) => {
    const id = String(node.attrs.id);
    const end = pos + node.nodeSize;
    if (rl.order.added.has(id)) place(newBlockChange(nodeBlock(node)), index, pos, end, numbers[index] ?? null);
    else {
      if (rl.order.moved.has(id)) place(movedBlockChange(nodeBlock(node)), index, pos, end, numbers[index] ?? null);
      const bt = blockText(node);
      for (const c of analyse(rl.base, node).changes) {
        if (c.kind === 'format') place(c, index, pos, end, numbers[index] ?? null);
        else place(c, index, offsetToPos(pos, bt, c.start), offsetToPos(pos, bt, c.end), numbers[index] ?? null);
      }
    }
    placeRemoved(id, index, end);
  });
  return out;
}

/** Changes not yet accepted. */
export function pendingChanges(state: EditorState): PlacedChange[] {
  return changesOf(state).filter((c) => !c.reviewed);
}

/** The change at a document position (the innermost text change first), if any. */
export function changeAt(state: EditorState, pos: number): PlacedChange | null {
  return changeIn(changesOf(state), pos);
}

/** The change at a document position among `all` (a list `changesOf` gave for this document). */
export function changeIn(all: readonly PlacedChange[], pos: number): PlacedChange | null {
  const text = all.find((c) => c.kind !== 'format' && c.kind !== 'new' && c.kind !== 'moved' && c.kind !== 'removed' && pos >= c.from && pos <= c.to);
  return text ?? all.find((c) => (c.kind === 'new' || c.kind === 'moved' || c.kind === 'format') && pos > c.from && pos < c.to) ?? null;
}
