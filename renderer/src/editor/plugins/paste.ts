/**
 * Safe paste. Pasted HTML (from Word, a browser, another view of Draftwatch) keeps only what the
 * drafts' schema knows: paragraphs, headings, emphasis, footnote references and http/https/mailto
 * links; scripts, frames, styles, images, other links and deleted words of a redline are dropped
 * by the parser (ProseMirror parses into a detached document: nothing runs, nothing loads).
 * A paste too large to parse without freezing the window is refused with a message instead.
 * Pasted blocks never take over the identity of a paragraph still in the draft.
 */
import { Fragment, Slice, type Node } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Draft } from '../../../../shared/model/draft';
import { nodes } from '../schema/schema';

/** Largest HTML paste parsed (characters): beyond it, parsing and layout would block the window. */
export const MAX_PASTE_HTML = 1_500_000;
/** Largest plain-text paste (characters). */
export const MAX_PASTE_TEXT = 600_000;

export const pasteKey = new PluginKey('paste');

const megabytes = (chars: number): string => `${(chars / 1_000_000).toFixed(1)} MB`;

/** Why a paste of this size is refused, or null when it is accepted. */
export function pasteRefusal(htmlLength: number, textLength: number): string | null {
  if (htmlLength > MAX_PASTE_HTML || (htmlLength === 0 && textLength > MAX_PASTE_TEXT)) {
    const size = Math.max(htmlLength, textLength);
    return `Nothing was pasted: the clipboard holds ${megabytes(size)} of text, more than a working draft takes in one paste (${megabytes(htmlLength ? MAX_PASTE_HTML : MAX_PASTE_TEXT)}). Import the document as a draft instead (Import…), or paste it in parts.`;
  }
  return null;
}

/** Pasted blocks as the editor wants them: no read-view attributes, no id already in use. */
export function cleanPasted(slice: Slice, doc: Node, base: Draft): Slice {
  const inUse = new Set<string>();
  doc.forEach((n) => inUse.add(String(n.attrs.id)));
  const baseKinds = new Map(base.blocks.map((b) => [b.id, b.kind]));
  const seen = new Set<string>();
  const blocks: Node[] = [];
  slice.content.forEach((n) => {
    if (n.type !== nodes.paragraph && n.type !== nodes.heading) {
      blocks.push(n);
      return;
    }
    const id = String(n.attrs.id ?? '');
    // A block cut from this draft and pasted elsewhere keeps its id (a move); a copy does not.
    const keep = id !== '' && !inUse.has(id) && !seen.has(id) && baseKinds.get(id) === n.type.name;
    seen.add(id);
    const attrs = { ...n.attrs, id: keep ? id : '', number: null, ...(n.type === nodes.paragraph ? { note: null, kind: null, footnotes: null } : {}) };
    blocks.push(n.type.create(attrs, n.content, n.marks));
  });
  return new Slice(Fragment.from(blocks), slice.openStart, slice.openEnd);
}

export interface PasteOptions {
  base: Draft;
  /** Tell the person why nothing was pasted. */
  onRefused?(message: string): void;
}

/** The safe-paste plugin. */
export function pastePlugin(options: PasteOptions): Plugin {
  return new Plugin({
    key: pasteKey,
    props: {
      handleDOMEvents: {
        paste(view: EditorView, event: ClipboardEvent) {
          const data = event.clipboardData;
          if (!data) return false;
          const refusal = pasteRefusal(data.getData('text/html').length, data.getData('text/plain').length);
          if (!refusal) return false;
          event.preventDefault();
          options.onRefused?.(refusal);
          return true;
        },
      },
      transformPasted: (slice, view) => cleanPasted(slice, view.state.doc, options.base),
    },
  });
}
