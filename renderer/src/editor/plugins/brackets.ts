/**
 * Square brackets and alternatives highlighted as you type. They are the text's own characters,
 * found by the one bracket finder (shared/model/brackets.ts), so the highlight can never disagree
 * with the text, the tracker or an export. Recomputed only in the paragraphs an edit touched.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration } from 'prosemirror-view';
import { findBrackets } from '../../../../shared/model/brackets';
import { findAlternatives } from '../../../../shared/draft/alternatives';
import { blockText, offsetToPos } from '../queries/offsets';
import { buildBlockDecorations, updateBlockDecorations, type BlockDecorations } from './block-decorations';

export const bracketsKey = new PluginKey<BlockDecorations>('brackets');

function decorate(node: Node, pos: number): Decoration[] {
  if (!node.isTextblock) return [];
  const bt = blockText(node);
  if (!bt.text.includes('[') && !bt.text.includes(']')) return [];
  const out: Decoration[] = [];
  for (const b of findBrackets(bt.text)) {
    const cls = `dw-bracket${b.balanced ? '' : ' dw-bracket-open'}${b.depth > 0 ? ' dw-bracket-inner' : ''}`;
    const title = b.balanced ? 'Bracketed: not yet agreed' : 'Bracketed: the bracket is not closed in this paragraph';
    out.push(Decoration.inline(offsetToPos(pos, bt, b.start), offsetToPos(pos, bt, b.end), { class: cls, title }, { block: true }));
  }
  for (const group of findAlternatives(bt.text)) {
    for (const alt of group) {
      out.push(
        Decoration.inline(offsetToPos(pos, bt, alt.start), offsetToPos(pos, bt, alt.end), { class: 'dw-alt', 'data-alt': String(alt.n), title: `Alternative ${alt.n} of ${group.length}` }, { block: true }),
      );
    }
  }
  return out;
}

/** Highlights bracketed text and alternatives. */
export function bracketsPlugin(): Plugin<BlockDecorations> {
  return new Plugin<BlockDecorations>({
    key: bracketsKey,
    state: {
      init: (_, state) => buildBlockDecorations(state.doc, decorate),
      apply: (tr, prev) => updateBlockDecorations(prev, tr, decorate),
    },
    props: { decorations: (state) => bracketsKey.getState(state)?.decorations },
  });
}
