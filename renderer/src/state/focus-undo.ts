/**
 * Undo goes to whatever has the focus. In a working draft's editor it is the editor's own history
 * (typing, accept, reject, attribute); in a text field, the field's native undo; anywhere else,
 * the project's history (imports, renames, removals). The desktop menu's Undo and the browser's
 * Ctrl+Z both come through here, so neither takes every Ctrl+Z any more.
 */
import { redo, undo } from 'prosemirror-history';
import type { EditorSessions } from './sessions';
import { ownsUndo } from '../shortcuts';

/** Undoes (or redoes) in the focused editor or text field; false when neither has the focus. */
export function undoWhereFocused(kind: 'undo' | 'redo', sessions: EditorSessions): boolean {
  const session = sessions.focused();
  if (session?.view) {
    (kind === 'undo' ? undo : redo)(session.view.state, session.view.dispatch);
    return true;
  }
  const active = document.activeElement;
  if (active && ownsUndo(active)) {
    // The menu took the key before the field saw it: give the field its own undo.
    document.execCommand(kind);
    return true;
  }
  return false;
}
