/**
 * What a key means in presenter mode: presentation clickers send Page Up/Down (some also arrows,
 * Space, F5, Esc and "." or "B" for a black screen), keyboards add Home/End, a typed paragraph
 * number and Enter, and +/− for zoom. Pure, so the map is tested without a browser.
 */

export type PresenterAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' }
  | { type: 'enter' }
  | { type: 'blank' }
  | { type: 'zoom'; delta: 1 | -1 }
  | { type: 'fullscreen' }
  | { type: 'exit' }
  /** A key that must do nothing while presenting (F5 would reload a browser tab). */
  | { type: 'ignore' };

type Key = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The action of a key press, or null for keys presenter mode leaves alone (shortcuts with Ctrl, Tab…). */
export function presenterAction(e: Key): PresenterAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight': case 'ArrowDown': case 'PageDown': case 'n': case 'N':
      return { type: 'next' };
    case 'ArrowLeft': case 'ArrowUp': case 'PageUp': case 'p': case 'P':
      return { type: 'previous' };
    case ' ':
      return { type: e.shiftKey ? 'previous' : 'next' };
    case 'Home': return { type: 'first' };
    case 'End': return { type: 'last' };
    case 'Backspace': return { type: 'backspace' };
    case 'Enter': return { type: 'enter' };
    case 'b': case 'B': case '.':
      return { type: 'blank' };
    case '+': case '=':
      return { type: 'zoom', delta: 1 };
    case '-': case '_':
      return { type: 'zoom', delta: -1 };
    case 'f': case 'F':
      return { type: 'fullscreen' };
    case 'Escape': return { type: 'exit' };
    case 'F5': return { type: 'ignore' };
  }
  if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: e.key };
  return null;
}
