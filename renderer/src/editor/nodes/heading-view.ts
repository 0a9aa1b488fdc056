/**
 * How the editor draws a heading: as the schema does (heading.ts, number null in the editor), as a
 * node view only so that the number the numbering plugin writes into `data-label`
 * (plugins/number-labels.ts) is not read back as an edit.
 */
import type { Node } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import { registeredBlockView } from '../plugins/number-labels';

const tagOf = (node: Node): string => `h${Math.min(6, Number(node.attrs.level) + 1)}`;

function attrs(dom: HTMLElement, node: Node): void {
  dom.setAttribute('data-id', String(node.attrs.id));
  dom.setAttribute('data-level', String(node.attrs.level));
  if (node.attrs.numbered) dom.setAttribute('data-numbered', 'true');
  else dom.removeAttribute('data-numbered');
}

/** The editor's heading view. */
export function headingView(node: Node): NodeView {
  const dom = document.createElement(tagOf(node));
  dom.classList.add('dw-heading');
  const contentDOM = document.createElement('span');
  contentDOM.className = 'dw-text';
  dom.append(contentDOM);
  return registeredBlockView(node, dom, contentDOM, attrs, (current, next) => next.type === current.type && tagOf(next) === tagOf(current));
}
