/** Showing the markup (the redline) or the clean text, without touching the document. */
import type { Command } from 'prosemirror-state';
import { redlineKey, type RedlineMeta } from './redline';

/** Shows (true) or hides (false) the markup; null toggles it. */
export function setMarkup(show: boolean | null): Command {
  return (state, dispatch) => {
    const current = redlineKey.getState(state)?.show ?? true;
    const meta: RedlineMeta = { show: show ?? !current };
    dispatch?.(state.tr.setMeta(redlineKey, meta).setMeta('addToHistory', false));
    return true;
  };
}
