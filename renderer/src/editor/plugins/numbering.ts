/**
 * Paragraph and heading numbers, computed from the document on every structural change (a block
 * added, removed, moved, split, merged, re-levelled, numbered or not) in the base draft's style.
 * Never stored, never text: they cannot go stale and are never copied.
 * Each numbered block carries one attribute, `data-label`, which CSS prints before it (generated
 * content, read by screen readers and printed). The attributes are written by the plugin's view
 * (number-labels.ts), not by decorations: a split or join renumbers every later block, and
 * rewriting ~250 attributes in the keystroke's task restyled and laid out every later paragraph
 * before the caret could be placed. The blocks near the screen and the edit get their number at
 * once; the others when the browser is idle (and all of them before printing).
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { printedNumber } from '../../../../shared/model/draft';
import { numberBlocks, type NumberingScheme } from '../../../../shared/draft/numbering';
import { NumberLabels } from './number-labels';

export interface NumberingState {
  /** The top-level blocks numbers were computed for (their kind, level, numbering and id count). */
  signature: Node[];
  /** Each block's number (null when unnumbered), by block index. */
  numbers: (string | null)[];
  /** Each block's number as printed (its `data-label`; null when unnumbered), by block index. */
  labels: (string | null)[];
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
  const labels = numbers.map((number, i) => (number ? printedNumber({ kind: shapes[i]!.kind, number }) : null));
  return { signature, numbers, labels };
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
        // Typing inside paragraphs keeps the structure, and the numbers (the same `labels`).
        if (sameSignature(tr.doc, prev.signature)) {
          const signature: Node[] = [];
          tr.doc.forEach((n) => signature.push(n));
          return { ...prev, signature };
        }
        return compute(tr.doc, scheme);
      },
    },
    view: (view) => new NumberLabels(view, (state) => numberingKey.getState(state)?.labels ?? []),
  });
}

/** Each top-level block's number (null when unnumbered). */
export function blockNumbers(state: EditorState): (string | null)[] {
  return numberingKey.getState(state)?.numbers ?? [];
}

/** Each top-level block's number as printed (null when unnumbered). */
export function blockLabels(state: EditorState): (string | null)[] {
  return numberingKey.getState(state)?.labels ?? [];
}
