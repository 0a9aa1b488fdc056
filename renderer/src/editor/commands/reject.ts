/**
 * Rejecting changes: the text goes back to the base. A text change gets the base's words back
 * (with their emphasis), a new block goes, a removed block comes back where it stood, a moved
 * block returns to its base place, changed formatting (level, numbering, emphasis, footnotes)
 * is restored. Rejecting every change one by one gives the base draft exactly (a property test
 * checks it over random edits). Each rejection is one undoable step.
 */
import type { Node } from 'prosemirror-model';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Block, Run } from '../../../../shared/model/draft';
import type { Proposal } from '../../../../shared/model/working';
import { mapOffset, runsIn, textDiff } from '../../../../shared/draft/changes';
import { blockContent, blockNode } from '../convert/to-doc';
import { marks, nodes } from '../schema/schema';
import { changesOf, type PlacedChange } from '../queries/changes';
import { blockText, offsetToPos } from '../queries/offsets';
import { redlineKey } from '../plugins/redline';

const OWN_MARKS = [marks.bold, marks.italic, marks.underline, marks.link];

function textNodes(runs: readonly Run[]): Node[] {
  return blockContent({ kind: 'heading', id: 'x', level: 1, number: null, text: runs.map((r) => r.text).join(''), runs: [...runs] });
}

function baseBlockOf(state: EditorState, id: string): Block | null {
  return redlineKey.getState(state)?.base.byId.get(id)?.block ?? null;
}

function blockPos(doc: Node, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

function rejectText(state: EditorState, tr: Transaction, c: PlacedChange): boolean {
  const node = state.doc.child(c.index);
  const base = baseBlockOf(state, c.blockId);
  if (!base) return false;
  const pos = blockPos(state.doc, c.index);
  const bt = blockText(node);
  const from = offsetToPos(pos, bt, c.start);
  const to = offsetToPos(pos, bt, c.end);
  // Footnote references inside the rejected words are kept: a format change restores their place.
  const atoms: Node[] = [];
  state.doc.nodesBetween(from, to, (n) => {
    if (n.isInline && !n.isText) atoms.push(n);
    return true;
  });
  const content = [...textNodes(runsIn(base, c.baseStart, c.baseEnd)), ...atoms];
  if (content.length) tr.replaceWith(from, to, content);
  else tr.delete(from, to);
  return true;
}

function rejectFormat(state: EditorState, tr: Transaction, c: PlacedChange): boolean {
  const base = baseBlockOf(state, c.blockId);
  if (!base) return false;
  const pos = blockPos(state.doc, c.index);
  const node = state.doc.child(c.index);
  tr.setNodeMarkup(pos, undefined, { ...node.attrs, level: base.level, numbered: base.number !== null });
  // Footnote references out; the text alone remains.
  const atoms: number[] = [];
  node.forEach((child, offset) => {
    if (!child.isText) atoms.push(pos + 1 + offset);
  });
  for (const at of atoms.reverse()) tr.delete(at, at + 1);
  const text = blockText(node).text;
  const start = pos + 1;
  // Emphasis and links of the kept words as in the base.
  const diff = textDiff(base.text, text);
  let b = 0;
  let t = 0;
  for (const [op, s] of diff) {
    if (op === '=') {
      for (const m of OWN_MARKS) tr.removeMark(start + t, start + t + s.length, m);
      let at = start + t;
      for (const run of runsIn(base, b, b + s.length)) {
        for (const m of run.marks ?? []) tr.addMark(at, at + run.text.length, marks[m].create());
        if (run.href) tr.addMark(at, at + run.text.length, marks.link.create({ href: run.href }));
        at += run.text.length;
      }
    }
    if (op !== '+') b += s.length;
    if (op !== '-') t += s.length;
  }
  // The base's footnotes, where their words are now.
  const notes = base.kind === 'paragraph' ? (base.footnotes ?? []) : [];
  const placed = notes.map((f) => ({ f, at: mapOffset(diff, f.at ?? base.text.length)[0] }));
  for (let i = placed.length - 1; i >= 0; i--) {
    const { f, at } = placed[i]!;
    tr.insert(start + at, nodes.footnote.create({ marker: f.marker, text: f.text }));
  }
  return true;
}

function rejectNew(state: EditorState, tr: Transaction, c: PlacedChange): boolean {
  if (state.doc.childCount <= 1) return false;
  const pos = blockPos(state.doc, c.index);
  tr.delete(pos, pos + state.doc.child(c.index).nodeSize);
  return true;
}

function rejectRemoved(state: EditorState, tr: Transaction, c: PlacedChange): boolean {
  const base = baseBlockOf(state, c.blockId);
  if (!base) return false;
  tr.insert(c.from, blockNode(base));
  return true;
}

function rejectMoved(state: EditorState, tr: Transaction, c: PlacedChange): boolean {
  const rl = redlineKey.getState(state);
  const here = rl?.base.byId.get(c.blockId);
  if (!rl || !here) return false;
  // Back after the nearest earlier base block that kept its place (or first of all).
  let target = 0;
  let best = -1;
  state.doc.forEach((n, p) => {
    const id = String(n.attrs.id);
    if (rl.order.added.has(id) || rl.order.moved.has(id)) return;
    const at = rl.base.byId.get(id)?.index ?? -1;
    if (at < here.index && at > best) {
      best = at;
      target = p + n.nodeSize;
    }
  });
  const pos = blockPos(state.doc, c.index);
  const node = state.doc.child(c.index);
  tr.delete(pos, pos + node.nodeSize);
  tr.insert(tr.mapping.map(target), node);
  return true;
}

/** Adds the steps rejecting change `c` of `state` to `tr` (whose document must be `state.doc`). */
export function rejectInto(state: EditorState, tr: Transaction, c: PlacedChange): boolean {
  switch (c.kind) {
    case 'insert':
    case 'delete':
    case 'replace':
      return rejectText(state, tr, c);
    case 'format':
      return rejectFormat(state, tr, c);
    case 'new':
      return rejectNew(state, tr, c);
    case 'removed':
      return rejectRemoved(state, tr, c);
    case 'moved':
      return rejectMoved(state, tr, c);
  }
}

/** Proposals about the rejected changes are marked rejected. */
function markRejected(tr: Transaction, proposals: readonly Proposal[], keys: ReadonlySet<string>): void {
  if (!proposals.some((p) => keys.has(p.change) && p.status !== 'rejected')) return;
  tr.setDocAttribute('proposals', proposals.map((p) => (keys.has(p.change) && p.status !== 'rejected' ? { ...p, status: 'rejected' as const } : p)));
}

/** Rejects the change named by `key`. */
export function rejectChange(key: string): Command {
  return (state, dispatch) => {
    const c = changesOf(state).find((x) => x.key === key);
    if (!c) return false;
    const tr = state.tr;
    if (!rejectInto(state, tr, c)) return false;
    markRejected(tr, state.doc.attrs.proposals as Proposal[], new Set([key]));
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** The order in which "reject all" takes changes: restore blocks first, then words, then formatting. */
const PRIORITY: Record<PlacedChange['kind'], number> = { removed: 0, new: 1, moved: 2, insert: 3, delete: 3, replace: 3, format: 4 };

/**
 * Rejects every change, as a person would one by one (each taken from the document the previous
 * one left), as one undoable step. Accepted changes are rejected too: the result is the base.
 */
export const rejectAll: Command = (state, dispatch) => {
  const first = changesOf(state);
  if (first.length === 0) return false;
  const tr = state.tr;
  const keys = new Set<string>();
  let current = state;
  let changes = first;
  for (let round = 0; changes.length > 0 && round < first.length * 4 + 50; round++) {
    const next = [...changes].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])[0]!;
    const step = current.tr;
    if (!rejectInto(current, step, next)) break;
    keys.add(next.key);
    // The step and whatever plugins appended to it (new ids), in order.
    const applied = current.applyTransaction(step);
    for (const t of applied.transactions) for (const s of t.steps) tr.step(s);
    current = applied.state;
    changes = changesOf(current);
  }
  markRejected(tr, state.doc.attrs.proposals as Proposal[], keys);
  tr.setDocAttribute('reviewed', []);
  dispatch?.(tr.scrollIntoView());
  return true;
};

