/**
 * How the editor draws a paragraph: the text alone inside its box, no non-editable island in it.
 * The number (`data-label`, written by plugins/number-labels.ts) and the status are drawn by CSS from the
 * box's attributes. Browsers' native editing slows down sharply with a non-editable element in
 * every paragraph of a long document, so the read view's printed-number span stays out of the
 * editor.
 */
import type { Node } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import { statusLabel } from '../../../../shared/draft/compile';
import { exportStrings } from '../../../../shared/export/strings';
import { currentUiLanguage } from '../../i18n';
import { registeredBlockView } from '../plugins/number-labels';
import { statusOf } from './paragraph';

function attrs(dom: HTMLElement, node: Node): void {
  const level = Number(node.attrs.level);
  // Classes one by one: decorations add their own classes to the same element.
  for (const c of [...dom.classList]) if (c.startsWith('dw-level-') && c !== `dw-level-${level}`) dom.classList.remove(c);
  dom.classList.add('dw-para', `dw-level-${level}`);
  dom.setAttribute('data-id', String(node.attrs.id));
  dom.setAttribute('data-level', String(level));
  dom.toggleAttribute('data-numbered', Boolean(node.attrs.numbered));
  const status = statusOf(node.attrs.status);
  if (status) {
    dom.setAttribute('data-status', status);
    dom.setAttribute('data-status-label', statusLabel(status, exportStrings(currentUiLanguage())));
  } else {
    dom.removeAttribute('data-status');
    dom.removeAttribute('data-status-label');
  }
}

/** The editor's paragraph view. */
export function paragraphView(node: Node): NodeView {
  const dom = document.createElement('div');
  const contentDOM = document.createElement('p');
  contentDOM.className = 'dw-text';
  contentDOM.dir = 'auto';
  dom.append(contentDOM);
  // The number is written by the numbering plugin's view, not by ProseMirror.
  return registeredBlockView(node, dom, contentDOM, attrs, (current, next) => next.type === current.type);
}
