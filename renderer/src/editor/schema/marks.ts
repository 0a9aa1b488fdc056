/**
 * Marks of the drafts' schema: emphasis kept from the source, links (http, https and mailto only),
 * and the read and compare views' own marks (bracketed text, inserted and deleted words). In the
 * editor, brackets and the redline are decorations derived from the text instead, never marks.
 */
import type { DOMOutputSpec, MarkSpec } from 'prosemirror-model';
import { safeHref } from '../../../../shared/model/links';

const styleIs = (pattern: RegExp) => (value: string) => (pattern.test(value) ? null : false);

export const markSpecs: Record<string, MarkSpec> = {
  bold: {
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps whole pastes in <b style="font-weight:normal">.
      { tag: 'b', getAttrs: (dom) => (/^(normal|[1-4]00)$/.test((dom as HTMLElement).style.fontWeight) ? false : null) },
      { style: 'font-weight', getAttrs: styleIs(/^(bold(er)?|[5-9]00)$/) },
    ],
    toDOM: () => ['strong', 0],
  },
  italic: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style', getAttrs: styleIs(/^italic$/) }],
    toDOM: () => ['em', 0],
  },
  underline: {
    parseDOM: [{ tag: 'u' }, { style: 'text-decoration', getAttrs: styleIs(/underline/) }, { style: 'text-decoration-line', getAttrs: styleIs(/underline/) }],
    toDOM: () => ['u', 0],
  },
  link: {
    attrs: { href: {} },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref((dom as HTMLElement).getAttribute('href'));
          return href ? { href } : false;
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => ['a', { href: safeHref(mark.attrs.href as string) ?? '', rel: 'noopener noreferrer nofollow', title: String(mark.attrs.href) }, 0],
  },
  bracket: { toDOM: () => ['span', { class: 'dw-bracket', title: 'Bracketed: not yet agreed' }, 0] },
  inserted: { excludes: 'deleted', toDOM: () => ['ins', { class: 'dw-ins' }, 0] },
  deleted: { excludes: 'inserted', toDOM: () => ['del', { class: 'dw-del' }, 0] },
};
