/**
 * Heading node: a chapter ("I."), section ("A.") or part ("Discussion"). As for paragraphs, the
 * read view stores the printed number in `number`; the editor computes it from `numbered`.
 */
import type { DOMOutputSpec, NodeSpec } from 'prosemirror-model';
import { printedNumber } from '../../../../shared/model/draft';
import { blockAttrsFromDom } from './dom-attrs';

const levelFromTag = (tag: string): number => Math.max(1, Number(tag.slice(1)) - 1);

export const headingSpec: NodeSpec = {
  group: 'block',
  content: 'text*',
  attrs: { level: { default: 1 }, number: { default: null }, numberSuffix: { default: null }, id: { default: '' }, numbered: { default: false } },
  defining: true,
  parseDOM: [
    { tag: '.dw-heading', contentElement: '.dw-text', getAttrs: (dom) => blockAttrsFromDom(dom, 'heading', levelFromTag(dom.tagName.toLowerCase())) },
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => ({ tag, getAttrs: (dom: HTMLElement) => blockAttrsFromDom(dom, 'heading', levelFromTag(tag)) })),
  ],
  toDOM: (node): DOMOutputSpec => {
    const level = Math.min(6, Number(node.attrs.level) + 1);
    const attrs = {
      'data-id': node.attrs.id,
      class: 'dw-heading',
      'data-level': String(node.attrs.level),
      ...(node.attrs.numbered ? { 'data-numbered': 'true' } : {}),
    };
    return node.attrs.number
      ? [`h${level}`, attrs, ['span', { class: 'dw-num', contenteditable: 'false' }, printedNumber({ kind: 'heading', number: String(node.attrs.number), numberSuffix: (node.attrs.numberSuffix as string | null) ?? undefined })], ['span', { class: 'dw-text' }, 0]]
      : [`h${level}`, attrs, ['span', { class: 'dw-text' }, 0]];
  },
};
