/**
 * Paragraph and heading numbers as decorations, computed from the document on every structural
 * change (a block added, removed, moved, split, merged, re-levelled, numbered or not) in the
 * base draft's style. Never stored, never text: they cannot go stale and are never copied.
 * Each numbered block carries one attribute, `data-label`, which CSS prints before it: a split or
 * join renumbers every later block, so that is one DOM write per block (an inline custom property
 * restyled each block's whole subtree, and an unused old-number attribute doubled the writes).
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { ReplaceAroundStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { printedNumber } from '../../../../shared/model/draft';
import { numberBlocks, type NumberingScheme } from '../../../../shared/draft/numbering';

export interface NumberingState {
  /** The top-level blocks numbers were computed for (their kind, level, numbering and id count). */
  signature: Node[];
  /** Each block's number (null when unnumbered), by block index. */
  numbers: (string | null)[];
  decorations: DecorationSet;
}

export const numberingKey = new PluginKey<NumberingState>('numbering');


function compute(doc: Node, scheme: NumberingScheme): NumberingState {
  const shapes: { kind: 'heading' | 'paragraph'; level: number; numbered: boolean }[] = [];
  const signature: Node[] = [];
  doc.forEach((n) => {
    shapes.push({ kind: n.type.name === 'heading' ? 'heading' : 'paragraph', level: Number(n.attrs.level), numbered: Boolean(n.attrs.numbered) });
    signature.push(n);
  });
  const numbers = numberBlocks(shapes, scheme);
  const decos: Decoration[] = [];
  doc.forEach((n, pos, i) => {
    const number = numbers[i];
    if (!number) return;
    const kind = shapes[i]!.kind;
    const printed = printedNumber({ kind, number });
    decos.push(Decoration.node(pos, pos + n.nodeSize, { 'data-label': printed }, { numbering: true }));
  });
  return { signature, numbers, decorations: DecorationSet.create(doc, decos) };
}

/** Same blocks as when numbered: same kinds, levels, numbering and ids, in the same order. */
function sameSignature(doc: Node, signature: readonly Node[]): boolean {
  if (doc.childCount !== signature.length) return false;
  for (let i = 0; i < signature.length; i++) {
    const a = doc.child(i);
    const b = signature[i]!;
    if (a === b) continue;
    if (a.type !== b.type || a.attrs.level !== b.attrs.level || a.attrs.numbered !== b.attrs.numbered || a.attrs.id !== b.attrs.id) return false;
  }
  return true;
}

/** The numbering plugin for a working draft, counted in its base's `scheme`. */
export function numberingPlugin(scheme: NumberingScheme): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => compute(state.doc, scheme),
      apply(tr, prev) {
        if (!tr.docChanged) return prev;
        // Typing inside paragraphs keeps the structure: map the numbers along. A step around a
        // block (a changed attribute) replaces its node, which would drop its decoration.
        if (sameSignature(tr.doc, prev.signature) && !tr.steps.some((s) => s instanceof ReplaceAroundStep)) {
          const decorations = prev.decorations.map(tr.mapping, tr.doc);
          const signature: Node[] = [];
          tr.doc.forEach((n) => signature.push(n));
          return { ...prev, signature, decorations };
        }
        return compute(tr.doc, scheme);
      },
    },
    props: { decorations: (state) => numberingKey.getState(state)?.decorations },
  });
}

/** Each top-level block's number (null when unnumbered). */
export function blockNumbers(state: EditorState): (string | null)[] {
  return numberingKey.getState(state)?.numbers ?? [];
}
