/** Paragraph status in the margin: agreed, agreed ad ref, pending (or none). */
import type { Command } from 'prosemirror-state';
import type { ParagraphStatus } from '../../../../shared/model/working';
import { nodes } from '../schema/schema';
import { selectedBlocks } from './blocks';

/** Sets the status of the selected paragraphs (null clears it). */
export function setStatus(status: ParagraphStatus | null): Command {
  return (state, dispatch) => {
    const targets = selectedBlocks(state).filter(([, , n]) => n.type === nodes.paragraph && n.attrs.status !== status);
    if (targets.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const [, pos, n] of targets) tr.setNodeMarkup(pos, undefined, { ...n.attrs, status });
      dispatch(tr);
    }
    return true;
  };
}
