/**
 * Footnote reference: an inline atom carrying its marker and its note. It moves with the words
 * around it, is deleted and undone as one character, and never counts as text (a draft's text and
 * its redline hold no footnote markers).
 */
import type { DOMOutputSpec, NodeSpec } from 'prosemirror-model';

/** Longest footnote kept from a paste. */
const MAX_NOTE = 20_000;

export const footnoteSpec: NodeSpec = {
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  attrs: { marker: { default: '*' }, text: { default: '' } },
  parseDOM: [
    {
      tag: 'sup.dw-fn',
      getAttrs: (dom) => ({
        marker: (dom.getAttribute('data-marker') ?? dom.textContent ?? '*').slice(0, 20) || '*',
        text: (dom.getAttribute('data-note') ?? '').slice(0, MAX_NOTE),
      }),
    },
  ],
  toDOM: (node): DOMOutputSpec => [
    'sup',
    { class: 'dw-fn', 'data-marker': node.attrs.marker, 'data-note': node.attrs.text, title: `Footnote ${node.attrs.marker}: ${node.attrs.text}` },
    String(node.attrs.marker),
  ],
};
