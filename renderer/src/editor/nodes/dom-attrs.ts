/**
 * Block attributes read back from HTML (a paste, a copy from another view). Every value is
 * checked: pasted HTML is hostile and may claim any id, level or status.
 */
import { PARAGRAPH_STATUSES } from '../../../../shared/model/working';

/** Ids a block may carry: short, plain. Anything else is dropped and a new id given. */
export const VALID_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Deepest subparagraph level the editor offers ("(i)" under "(a)"). */
export const MAX_PARAGRAPH_LEVEL = 2;
/** Deepest heading level. */
export const MAX_HEADING_LEVEL = 6;

function intAttr(value: string | null, min: number, max: number, fallback: number): number {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** The attributes of a paragraph or heading element, as far as they are valid. */
export function blockAttrsFromDom(dom: HTMLElement, kind: 'paragraph' | 'heading', headingLevel = 1): Record<string, unknown> {
  const id = dom.getAttribute('data-id');
  const numbered = dom.getAttribute('data-numbered') === 'true' || (dom.getAttribute('data-number') ?? '') !== '';
  if (kind === 'heading') {
    return { id: id && VALID_ID.test(id) ? id : '', level: intAttr(dom.getAttribute('data-level'), 1, MAX_HEADING_LEVEL, headingLevel), numbered };
  }
  const status = dom.getAttribute('data-status');
  return {
    id: id && VALID_ID.test(id) ? id : '',
    level: intAttr(dom.getAttribute('data-level'), 0, MAX_PARAGRAPH_LEVEL, 0),
    numbered,
    status: (PARAGRAPH_STATUSES as readonly (string | null)[]).includes(status) ? status : null,
  };
}
