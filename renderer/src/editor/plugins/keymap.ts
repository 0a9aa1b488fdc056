/**
 * The editor's keys. The usual word-processor keys (typing, Enter, Backspace, Delete, Ctrl+B/I/U,
 * Ctrl+Z/Y, Tab to indent) and the negotiation ones. `EDITOR_SHORTCUTS` lists them for the help
 * and the README; the menu's F8 / Shift+F8 step through changes from the window.
 */
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { marks } from '../schema/schema';
import { backspaceAtStart, insertParagraph, moveBlocks, setLevel, splitParagraph, toggleNumbered } from '../commands/blocks';
import { addAlternative, bracketSelection, removeBrackets } from '../commands/brackets';
import { setStatus } from '../commands/status';
import { acceptChange } from '../commands/accept';
import { rejectChange } from '../commands/reject';
import { changeAt } from '../queries/changes';
import { setMarkup } from './markup';

/** Keys a person can look up: [keys, what they do]. */
export const EDITOR_SHORTCUTS: readonly [string, string][] = [
  ['Ctrl+Z / Ctrl+Y', 'Undo / redo typing (outside the editor: project actions)'],
  ['Enter / Backspace', 'Split / join paragraphs'],
  ['Tab / Shift+Tab', 'Subparagraph level down / up'],
  ['Ctrl+Enter / Ctrl+Shift+Enter', 'New paragraph / subparagraph after this one'],
  ['Alt+Shift+↑ / ↓', 'Move the paragraph up / down'],
  ['Ctrl+Shift+7', 'Numbered on / off'],
  ['Ctrl+B / Ctrl+I / Ctrl+U', 'Bold / italic / underline'],
  ['Ctrl+Alt+B', 'Put the selection in [brackets]'],
  ['Ctrl+Alt+Shift+B', 'Remove the brackets around the cursor (inside an alternative: keep it)'],
  ['Ctrl+Alt+L', 'Offer alternatives: [Alt 1: …] [Alt 2: …]'],
  ['Ctrl+Alt+1 / 2 / 3 / 0', 'Status: agreed / agreed ad ref / pending / none'],
  ['Ctrl+Alt+Enter / Ctrl+Alt+Backspace', 'Accept / reject the change at the cursor'],
  ['Ctrl+Alt+R', 'Markup / clean text'],
  ['F8 / Shift+F8', 'Next / previous change'],
  ['Ctrl+F / Ctrl+H', 'Find / find and replace'],
];

const atCursor = (act: (key: string) => Command): Command => (state, dispatch, view) => {
  const c = changeAt(state, state.selection.from);
  return c ? act(c.key)(state, dispatch, view) : false;
};

/** The editor's keymaps (the app's own keys first, then ProseMirror's base keymap). */
export function editorKeymaps(extra: Record<string, Command> = {}): Plugin[] {
  return [
    keymap({
      ...extra,
      'Mod-z': undo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      Enter: splitParagraph,
      Backspace: backspaceAtStart,
      Tab: setLevel(1),
      'Shift-Tab': setLevel(-1),
      'Mod-Enter': insertParagraph(false),
      'Mod-Shift-Enter': insertParagraph(true),
      'Alt-Shift-ArrowUp': moveBlocks(-1),
      'Alt-Shift-ArrowDown': moveBlocks(1),
      'Mod-Shift-7': toggleNumbered,
      'Mod-b': toggleMark(marks.bold),
      'Mod-i': toggleMark(marks.italic),
      'Mod-u': toggleMark(marks.underline),
      'Mod-Alt-b': bracketSelection,
      'Mod-Alt-Shift-b': removeBrackets,
      'Mod-Alt-l': addAlternative,
      'Mod-Alt-1': setStatus('agreed'),
      'Mod-Alt-2': setStatus('agreed-ad-ref'),
      'Mod-Alt-3': setStatus('pending'),
      'Mod-Alt-0': setStatus(null),
      'Mod-Alt-Enter': atCursor(acceptChange),
      'Mod-Alt-Backspace': atCursor(rejectChange),
      'Mod-Alt-r': setMarkup(null),
    }),
    keymap(baseKeymap),
  ];
}
