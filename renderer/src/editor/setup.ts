/**
 * An editor state for a working draft: its document, and the plugins that make it a negotiation
 * editor (identity, numbering, live redline, brackets, find, safe paste, history, caret kept in
 * view, keys).
 */
import { EditorState, type Command, type Plugin } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import type { Draft } from '../../../shared/model/draft';
import { schemeOf, type NumberingScheme } from '../../../shared/draft/numbering';
import { editorDoc } from './convert/to-doc';
import { identityPlugin } from './plugins/identity';
import { numberingPlugin } from './plugins/numbering';
import { redlinePlugin } from './plugins/redline';
import { bracketsPlugin } from './plugins/brackets';
import { findPlugin } from './plugins/find';
import { pastePlugin } from './plugins/paste';
import { editorKeymaps } from './plugins/keymap';
import { caretScrollPlugin } from './plugins/caret-scroll';
import { caretBlockPlugin } from './plugins/caret-block';
import { selectionSyncPlugin } from './plugins/selection-sync';
import { draftSchema } from './schema/schema';

export interface EditorSetup {
  /** The working draft as last saved (its blocks, statuses, reviews, proposals). */
  draft: Draft;
  /** The received draft it was made from. */
  base: Draft;
  /** Markup shown at first. */
  showMarkup?: boolean;
  delegationName?(id: string): string;
  onPasteRefused?(message: string): void;
  /** Extra keys (find, …) bound before the editor's own. */
  keys?: Record<string, Command>;
}

/** The numbering scheme of a working draft: its base's. */
export const schemeFor = (base: Draft): NumberingScheme => schemeOf(base.blocks);

/** The plugins of a working-draft editor. */
export function editorPlugins(setup: EditorSetup): Plugin[] {
  return [
    identityPlugin(setup.base),
    numberingPlugin(schemeFor(setup.base)),
    redlinePlugin({ base: setup.base, ...(setup.delegationName ? { delegationName: setup.delegationName } : {}) }, setup.showMarkup ?? true),
    bracketsPlugin(),
    findPlugin(),
    pastePlugin({ base: setup.base, ...(setup.onPasteRefused ? { onRefused: setup.onPasteRefused } : {}) }),
    history(),
    caretScrollPlugin(),
    caretBlockPlugin(),
    selectionSyncPlugin(),
    ...editorKeymaps(setup.keys),
  ];
}

/** A fresh editor state for a working draft. */
export function createEditorState(setup: EditorSetup): EditorState {
  return EditorState.create({ schema: draftSchema, doc: editorDoc(setup.draft), plugins: editorPlugins(setup) });
}
