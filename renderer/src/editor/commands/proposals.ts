/**
 * Proposals: a change attributed to the delegation that proposed it, with those supporting and
 * opposing it. Kept on the document, so attributing is undone like typing.
 */
import type { Command } from 'prosemirror-state';
import type { Proposal } from '../../../../shared/model/working';
import { changesOf } from '../queries/changes';

export interface Attribution {
  proposer: string | null;
  supporters: string[];
  opponents: string[];
  note?: string;
}

const newProposalId = (): string => `prop-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** Attributes change `key` (creating or updating its proposal). */
export function attributeChange(key: string, who: Attribution, now: Date = new Date()): Command {
  return (state, dispatch) => {
    const change = changesOf(state).find((c) => c.key === key);
    if (!change) return false;
    const proposals = state.doc.attrs.proposals as Proposal[];
    const existing = proposals.find((p) => p.change === key && p.status !== 'rejected');
    const clean = {
      proposer: who.proposer,
      supporters: [...new Set(who.supporters)].filter((d) => d !== who.proposer),
      opponents: [...new Set(who.opponents)].filter((d) => d !== who.proposer && !who.supporters.includes(d)),
      ...(who.note?.trim() ? { note: who.note.trim() } : {}),
    };
    const next: Proposal[] = existing
      ? proposals.map((p) => (p === existing ? { ...p, ...clean, ...(who.note?.trim() ? {} : { note: undefined }) } : p))
      : [
          ...proposals,
          {
            id: newProposalId(),
            change: key,
            kind: change.kind,
            paragraphId: change.blockId,
            status: change.reviewed ? 'accepted' : 'pending',
            date: now.toISOString(),
            deleted: change.deleted,
            inserted: change.inserted,
            ...clean,
          },
        ];
    if (dispatch) dispatch(state.tr.setDocAttribute('proposals', next.map((p) => (p.note === undefined ? withoutNote(p) : p))));
    return true;
  };
}

function withoutNote(p: Proposal): Proposal {
  const { note: _note, ...rest } = p;
  return rest;
}

/** Removes a proposal (the change itself stays). */
export function removeProposal(id: string): Command {
  return (state, dispatch) => {
    const proposals = state.doc.attrs.proposals as Proposal[];
    if (!proposals.some((p) => p.id === id)) return false;
    if (dispatch) dispatch(state.tr.setDocAttribute('proposals', proposals.filter((p) => p.id !== id)));
    return true;
  };
}
