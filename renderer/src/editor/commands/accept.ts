/**
 * Accepting changes: the text stays as it is and the change is marked reviewed (its key joins the
 * document's `reviewed` list), its proposal marked accepted. Undone like typing.
 */
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Proposal } from '../../../../shared/model/working';
import { changesOf } from '../queries/changes';

/** Marks the changes of `keys` reviewed in `tr` (keys of changes that no longer exist are dropped). */
export function markReviewed(state: EditorState, tr: Transaction, keys: readonly string[]): Transaction {
  const existing = new Set(changesOf(state).map((c) => c.key));
  const reviewed = [...new Set([...(state.doc.attrs.reviewed as string[]), ...keys])].filter((k) => existing.has(k));
  const accepted = new Set(keys);
  const proposals = (state.doc.attrs.proposals as Proposal[]).map((p) => (accepted.has(p.change) && p.status === 'pending' ? { ...p, status: 'accepted' as const } : p));
  return tr.setDocAttribute('reviewed', reviewed).setDocAttribute('proposals', proposals);
}

/** Accepts the changes named by `keys`. */
export function acceptChanges(keys: readonly string[]): Command {
  return (state, dispatch) => {
    const pending = new Set(changesOf(state).filter((c) => !c.reviewed).map((c) => c.key));
    const todo = keys.filter((k) => pending.has(k));
    if (todo.length === 0) return false;
    dispatch?.(markReviewed(state, state.tr, todo).scrollIntoView());
    return true;
  };
}

/** Accepts one change. */
export const acceptChange = (key: string): Command => acceptChanges([key]);

/** Accepts every pending change. */
export const acceptAll: Command = (state, dispatch) =>
  acceptChanges(changesOf(state).filter((c) => !c.reviewed).map((c) => c.key))(state, dispatch);
