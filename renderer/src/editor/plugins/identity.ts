/**
 * Paragraph identity: every block keeps a unique id. Splitting a paragraph, pasting or copying one
 * gives the new block a new id, so the block that keeps the base's id is the base's paragraph and
 * the redline keys by it. When two blocks share an id (a split, a copy pasted), the one with more
 * of the text keeps it; an id the base gave a block of another kind, or a malformed one, is
 * replaced. New ids never reuse a base id, so a new paragraph is never taken for a removed one.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import type { Draft } from '../../../../shared/model/draft';
import { VALID_ID } from '../nodes/dom-attrs';

export const identityKey = new PluginKey('identity');

/** A fresh block id, unused in the document and the base. */
export function freshId(taken: (id: string) => boolean): string {
  for (;;) {
    const id = `w${Math.random().toString(36).slice(2, 10)}`;
    if (!taken(id)) return id;
  }
}

/** Block indices whose id must change, and the ids in use. */
function conflicts(doc: Node, baseKinds: ReadonlyMap<string, string>): { fix: number[]; used: Set<string> } {
  const owner = new Map<string, number>();
  const fix: number[] = [];
  const sizes: number[] = [];
  doc.forEach((n, _pos, i) => {
    sizes.push(n.content.size);
    const id = String(n.attrs.id ?? '');
    const baseKind = baseKinds.get(id);
    if (!VALID_ID.test(id) || (baseKind !== undefined && baseKind !== n.type.name)) {
      fix.push(i);
      return;
    }
    const first = owner.get(id);
    if (first === undefined) owner.set(id, i);
    // The block holding more of the text keeps the id (a split at the start leaves it with the text).
    else if (sizes[i]! > sizes[first]!) {
      fix.push(first);
      owner.set(id, i);
    } else fix.push(i);
  });
  return { fix, used: new Set(owner.keys()) };
}

/** True when both documents have the same blocks, by id and kind, in the same order (typing inside blocks). */
function sameBlocks(a: Node, b: Node): boolean {
  if (a.childCount !== b.childCount) return false;
  for (let i = 0; i < a.childCount; i++) {
    const x = a.child(i);
    const y = b.child(i);
    if (x !== y && (x.type !== y.type || x.attrs.id !== y.attrs.id)) return false;
  }
  return true;
}

/** Gives new ids to blocks that lack a valid, unique one. */
export function identityPlugin(base: Draft): Plugin {
  const baseKinds = new Map(base.blocks.map((b) => [b.id, b.kind]));
  return new Plugin({
    key: identityKey,
    appendTransaction(trs, old, state): Transaction | null {
      // Typing inside paragraphs keeps every block and its id: nothing to check.
      if (!trs.some((t) => t.docChanged) || sameBlocks(old.doc, state.doc)) return null;
      const { fix, used } = conflicts(state.doc, baseKinds);
      if (fix.length === 0) return null;
      const tr = state.tr;
      const positions: number[] = [];
      state.doc.forEach((_n, pos) => positions.push(pos));
      for (const i of fix) {
        const node = state.doc.child(i);
        const id = freshId((x) => used.has(x) || baseKinds.has(x));
        used.add(id);
        tr.setNodeMarkup(positions[i]!, undefined, { ...node.attrs, id, ...(node.type.name === 'paragraph' ? { status: null } : {}) });
      }
      return tr.setMeta(identityKey, true);
    },
  });
}
