/**
 * The ProseMirror schema of a draft as shown on screen: headings and numbered paragraphs whose
 * printed number sits outside the editable text (numbers are labels, not content), inline
 * emphasis, and the redline marks used by the compare view. Redline marks carry a line style as
 * well as a colour (underline for insertions, strike for deletions) so they read without colour.
 */
import { Schema, type DOMOutputSpec } from 'prosemirror-model';
import { printedNumber, type Footnote } from '../../../shared/model/draft';

/** The paragraph's footnotes, printed under it as in the original's page foot. */
function footnoteList(footnotes: Footnote[] | null): DOMOutputSpec[] {
  if (!footnotes?.length) return [];
  return [
    ['ol', { class: 'dw-footnotes', contenteditable: 'false', 'aria-label': 'Footnotes' },
      ...footnotes.map((f): DOMOutputSpec => ['li', { 'data-marker': f.marker }, ['sup', f.marker], ' ', f.text])],
  ];
}

export const draftSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 1 }, number: { default: null }, numberSuffix: { default: null }, id: { default: '' } },
      defining: true,
      toDOM: (node): DOMOutputSpec => {
        const level = Math.min(6, Number(node.attrs.level) + 1);
        return node.attrs.number
          ? [`h${level}`, { 'data-id': node.attrs.id, class: 'dw-heading' }, ['span', { class: 'dw-num', contenteditable: 'false' }, printedNumber({ kind: 'heading', number: node.attrs.number as string, numberSuffix: (node.attrs.numberSuffix as string | null) ?? undefined })], ['span', { class: 'dw-text' }, 0]]
          : [`h${level}`, { 'data-id': node.attrs.id, class: 'dw-heading' }, ['span', { class: 'dw-text' }, 0]];
      },
    },
    paragraph: {
      group: 'block',
      content: 'inline*',
      attrs: { number: { default: null }, numberSuffix: { default: null }, level: { default: 0 }, id: { default: '' }, note: { default: null }, kind: { default: null }, footnotes: { default: null } },
      toDOM: (node): DOMOutputSpec => {
        const cls = `dw-para dw-level-${node.attrs.level}${node.attrs.kind ? ` dw-change-${node.attrs.kind}` : ''}`;
        const children: DOMOutputSpec[] = [];
        if (node.attrs.note) children.push(['div', { class: 'dw-note', contenteditable: 'false' }, String(node.attrs.note)]);
        return [
          'div',
          { class: cls, 'data-id': node.attrs.id, 'data-number': node.attrs.number ?? '' },
          ...children,
          ['span', { class: 'dw-num', contenteditable: 'false', 'aria-hidden': node.attrs.number ? 'false' : 'true' }, printedNumber({ kind: 'paragraph', number: node.attrs.number as string | null, numberSuffix: (node.attrs.numberSuffix as string | null) ?? undefined })],
          // dir=auto: Arabic paragraphs read right to left, whatever the interface language.
          ['p', { class: 'dw-text', dir: 'auto' }, 0],
          ...footnoteList(node.attrs.footnotes as Footnote[] | null),
        ];
      },
    },
    text: { group: 'inline' },
  },
  marks: {
    bold: { toDOM: () => ['strong', 0] },
    italic: { toDOM: () => ['em', 0] },
    underline: { toDOM: () => ['u', 0] },
    bracket: { toDOM: () => ['span', { class: 'dw-bracket', title: 'Bracketed: not yet agreed' }, 0] },
    inserted: { excludes: 'deleted', toDOM: () => ['ins', { class: 'dw-ins' }, 0] },
    deleted: { excludes: 'inserted', toDOM: () => ['del', { class: 'dw-del' }, 0] },
  },
});
