/**
 * Paragraph and heading numbers as decorations, computed from the document on every structural
 * change (a block added, removed, moved, split, merged, re-levelled, numbered or not) in the
 * base draft's style. Never stored, never text: they cannot go stale and are never copied.
 * Where a block's number differs from its base number, the old one is kept for the markup view.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { ReplaceAroundStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Draft } from '../../../../shared/model/draft';
import { printedNumber } from '../../../../shared/model/draft';
import { numberBlocks, type NumberingScheme } from '../../../../shared/draft/numbering';
import { baseIndex } from '../../../../shared/draft/changes';

export interface NumberingState {
  /** The top-level blocks numbers were computed for (their kind, level, numbering and id count). */
  signature: Node[];
  /** Each block's number (null when unnumbered), by block index. */
  numbers: (string | null)[];
  decorations: DecorationSet;
}

export const numberingKey = new PluginKey<NumberingState>('numbering');


function compute(doc: Node, scheme: NumberingScheme, base: Draft): NumberingState {
  const shapes: { kind: 'heading' | 'paragraph'; level: number; numbered: boolean }[] = [];
  const signature: Node[] = [];
  doc.forEach((n) => {
    shapes.push({ kind: n.type.name === 'heading' ? 'heading' : 'paragraph', level: Number(n.attrs.level), numbered: Boolean(n.attrs.numbered) });
    signature.push(n);
  });
  const numbers = numberBlocks(shapes, scheme);
  const byId = baseIndex(base).byId;
  const decos: Decoration[] = [];
  doc.forEach((n, pos, i) => {
    const number = numbers[i];
    if (!number) return;
    const kind = shapes[i]!.kind;
    const printed = printedNumber({ kind, number });
    const was = byId.get(String(n.attrs.id))?.block;
    const attrs: Record<string, string> = { style: `--dw-num: ${JSON.stringify(printed)}`, 'data-label': printed };
    if (was && was.kind === kind && was.number && was.number !== number) attrs['data-was'] = printedNumber(was);
    decos.push(Decoration.node(pos, pos + n.nodeSize, attrs, { numbering: true }));
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

/** The numbering plugin for a working draft of `base`, counted in `scheme`. */
export function numberingPlugin(base: Draft, scheme: NumberingScheme): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => compute(state.doc, scheme, base),
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
        return compute(tr.doc, scheme, base);
      },
    },
    props: { decorations: (state) => numberingKey.getState(state)?.decorations },
  });
}

/** Each top-level block's number (null when unnumbered). */
export function blockNumbers(state: EditorState): (string | null)[] {
  return numberingKey.getState(state)?.numbers ?? [];
}
