/**
 * Paragraph node: a numbered paragraph, subparagraph or unnumbered body paragraph. Its number sits
 * outside the editable text: the read view stores it in `number` (as printed in the draft); the
 * editor leaves `number` empty and shows the number the numbering plugin computes. `id` is the
 * paragraph's stable identity (the base draft's id, or a new one); `status` its negotiation status.
 */
import type { DOMOutputSpec, NodeSpec } from 'prosemirror-model';
import type { Footnote } from '../../../../shared/model/draft';
import { printedNumber } from '../../../../shared/model/draft';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '../../../../shared/model/working';
import { statusLabel } from '../../../../shared/draft/compile';
import { exportStrings } from '../../../../shared/export/strings';
import { currentUiLanguage } from '../../i18n';
import { blockAttrsFromDom } from './dom-attrs';

/** The paragraph's footnotes, printed under it as in the original's page foot (read view). */
function footnoteList(footnotes: Footnote[] | null): DOMOutputSpec[] {
  if (!footnotes?.length) return [];
  return [
    ['ol', { class: 'dw-footnotes', contenteditable: 'false', 'aria-label': 'Footnotes' },
      ...footnotes.map((f): DOMOutputSpec => ['li', { 'data-marker': f.marker }, ['sup', f.marker], ' ', f.text])],
  ];
}

/** A paragraph status is one of the known ones, or none. */
export const statusOf = (value: unknown): ParagraphStatus | null =>
  (PARAGRAPH_STATUSES as readonly unknown[]).includes(value) ? (value as ParagraphStatus) : null;

export const paragraphSpec: NodeSpec = {
  group: 'block',
  content: 'inline*',
  attrs: {
    id: { default: '' },
    level: { default: 0 },
    /** Editor: whether the paragraph carries a number. */
    numbered: { default: false },
    /** Editor: agreed, agreed ad ref, pending, or null. */
    status: { default: null },
    /** Read view: the number as printed, a note, a change kind, the footnotes listed below. */
    number: { default: null },
    numberSuffix: { default: null },
    note: { default: null },
    kind: { default: null },
    footnotes: { default: null },
  },
  parseDOM: [
    // Copies of a redline never bring deleted words or printed numbers along as text.
    { tag: 'del', ignore: true },
    { tag: '.dw-del', ignore: true },
    { tag: '.dw-removed', ignore: true },
    { tag: '.dw-num', ignore: true },
    { tag: '.dw-status', ignore: true },
    { tag: 'ol.dw-footnotes', ignore: true },
    { tag: 'div.dw-para', contentElement: '.dw-text', getAttrs: (dom) => blockAttrsFromDom(dom, 'paragraph') },
    { tag: 'p', getAttrs: (dom) => blockAttrsFromDom(dom, 'paragraph') },
  ],
  toDOM: (node): DOMOutputSpec => {
    const level = Number(node.attrs.level);
    const cls = `dw-para dw-level-${level}${node.attrs.kind ? ` dw-change-${node.attrs.kind}` : ''}`;
    const status = statusOf(node.attrs.status);
    const children: DOMOutputSpec[] = [];
    if (node.attrs.note) children.push(['div', { class: 'dw-note', contenteditable: 'false' }, String(node.attrs.note)]);
    if (status) children.push(['span', { class: `dw-status dw-status-${status}`, contenteditable: 'false' }, statusLabel(status, exportStrings(currentUiLanguage()))]);
    const number = node.attrs.number ? printedNumber({ kind: 'paragraph', number: String(node.attrs.number), numberSuffix: (node.attrs.numberSuffix as string | null) ?? undefined }) : '';
    return [
      'div',
      {
        class: cls,
        'data-id': node.attrs.id,
        'data-number': node.attrs.number ?? '',
        'data-level': String(level),
        ...(node.attrs.numbered ? { 'data-numbered': 'true' } : {}),
        ...(status ? { 'data-status': status } : {}),
      },
      ...children,
      ['span', { class: 'dw-num', contenteditable: 'false', 'aria-hidden': node.attrs.number ? 'false' : 'true' }, number],
      // dir=auto: Arabic paragraphs read right to left, whatever the interface language.
      ['p', { class: 'dw-text', dir: 'auto' }, 0],
      ...footnoteList(node.attrs.footnotes as Footnote[] | null),
    ];
  },
};
