/**
 * Keyboard shortcuts. In Electron the native menu owns the accelerators and sends MenuCommands;
 * in a browser tab there is no menu, so the same commands are bound to the same keys here.
 */
import type { MenuCommand } from '../../shared/host/api';

/** The menu command a key press stands for, or null. */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): MenuCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.toLowerCase();
  if (e.key === 'F8') return e.shiftKey ? 'previous-change' : 'next-change';
  if (e.key === 'F5' && !(e.ctrlKey || e.metaKey || e.altKey)) return 'present'; // Ctrl+F5 stays the browser's reload
  if (!mod || e.altKey) return null;
  if (key === 's') return e.shiftKey ? 'save-as' : 'save';
  if (key === 'o') return 'open';
  if (key === 'i') return 'import';
  if (key === 'e') return 'export';
  if (key === 'n' && e.shiftKey) return 'new'; // plain Ctrl+N belongs to the browser
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y') return 'redo';
  if (key === 'f') return 'find';
  return null;
}

/** Hint text shown in tooltips: the key for a command in this mode. */
export function shortcutLabel(command: MenuCommand, browser: boolean): string {
  const table: Partial<Record<MenuCommand, string>> = {
    new: browser ? 'Ctrl+Shift+N' : 'Ctrl+N', open: 'Ctrl+O', save: 'Ctrl+S', 'save-as': 'Ctrl+Shift+S', import: 'Ctrl+I',
    export: 'Ctrl+E', undo: 'Ctrl+Z', redo: 'Ctrl+Y', find: 'Ctrl+F', 'next-change': 'F8', 'previous-change': 'Shift+F8', present: 'F5',
  };
  return table[command] ?? '';
}

/**
 * True when a key press goes to something with its own undo: a text field, or an editor
 * (contenteditable, such as a working draft). Ctrl+Z there undoes typing, not project actions.
 */
export function ownsUndo(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { type?: string }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes(el.type ?? 'text');
  return el.isContentEditable === true;
}
