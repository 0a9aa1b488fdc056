/**
 * The compilation of proposals: each paragraph of a working draft that carries proposals, in the
 * form facilitators circulate ("Para 12 — Proposed by X; supported by Y; opposed by Z: replace
 * 'should' with 'could'"), with its status. Read from the project's working draft and base.
 */
import type { Block, Draft } from '../model/draft';
import { printedNumber } from '../model/draft';
import type { Delegation, ParagraphStatus, Proposal } from '../model/working';
import { exportStrings, fill, type ExportStrings } from '../export/strings';
import { workingChanges } from './changes';

/** One proposal as a facilitator lists it. */
export interface CompiledProposal {
  proposal: Proposal;
  proposer: string | null;
  supporters: string[];
  opponents: string[];
  /** What it proposes, in words ("replace “should” with “could”"). */
  summary: string;
  /** Whether the change is still in the working text (false after it was rejected or rewritten). */
  live: boolean;
}

/** One paragraph of the compilation. */
export interface CompiledParagraph {
  /** The block id (base id for a removed paragraph). */
  id: string;
  /** Printed number now ("12.", "(a)"), or the base's for a removed paragraph; '' when unnumbered. */
  number: string;
  /** Printed number in the base, when it differs. */
  baseNumber: string | null;
  status: ParagraphStatus | null;
  statusLabel: string | null;
  /** The base's text, and the working draft's (null when removed / new). */
  baseText: string | null;
  text: string | null;
  proposals: CompiledProposal[];
  /** Changes in this paragraph that no proposal is about. */
  unattributed: number;
}

const quote = (s: string): string => `“${s.trim().length > 160 ? `${s.trim().slice(0, 157)}…` : s.trim()}”`;

/** A proposal's change in words, in the language of `s` (English by default). */
export function proposalSummary(p: Pick<Proposal, 'kind' | 'deleted' | 'inserted'>, s: ExportStrings = exportStrings()): string {
  switch (p.kind) {
    case 'insert': return fill(s.propInsert, { text: quote(p.inserted) });
    case 'delete': return fill(s.propDelete, { text: quote(p.deleted) });
    case 'replace': return fill(s.propReplace, { old: quote(p.deleted), new: quote(p.inserted) });
    case 'new': return fill(s.propNew, { text: quote(p.inserted) });
    case 'removed': return s.propRemoved;
    case 'moved': return s.propMoved;
    case 'format': return s.propFormat;
  }
}

/** "Proposed by X; supported by Y, Z; opposed by W", in the language of `s`. */
export function attributionLine(c: Pick<CompiledProposal, 'proposer' | 'supporters' | 'opponents'>, s: ExportStrings = exportStrings()): string {
  const parts = [fill(s.proposedBy, { who: c.proposer ?? s.unnamedDelegation })];
  if (c.supporters.length) parts.push(fill(s.supportedBy, { who: c.supporters.join(', ') }));
  if (c.opponents.length) parts.push(fill(s.opposedBy, { who: c.opponents.join(', ') }));
  return parts.join('; ');
}

/** A paragraph's status as the margin and the compilation print it ("Agreed ad ref"). */
export function statusLabel(status: ParagraphStatus, s: ExportStrings = exportStrings()): string {
  return status === 'agreed' ? s.statusAgreed : status === 'agreed-ad-ref' ? s.statusAgreedAdRef : s.statusPending;
}

/** The compilation of a working draft's proposals, paragraph by paragraph, in reading order. */
export function compileProposals(base: Draft, working: Draft, delegations: readonly Delegation[], s: ExportStrings = exportStrings()): CompiledParagraph[] {
  const names = new Map(delegations.map((d) => [d.id, d.name]));
  const name = (id: string): string => names.get(id) ?? 'an unlisted delegation';
  const data = working.working;
  if (!data) return [];
  const changes = workingChanges(base, working.blocks);
  const live = new Set(changes.map((c) => c.key));
  const byBlock = new Map<string, Proposal[]>();
  for (const p of data.proposals) byBlock.set(p.paragraphId, [...(byBlock.get(p.paragraphId) ?? []), p]);
  const attributed = new Set(data.proposals.filter((p) => p.status !== 'rejected').map((p) => p.change));
  const unattributedIn = new Map<string, number>();
  for (const c of changes) if (!attributed.has(c.key)) unattributedIn.set(c.blockId, (unattributedIn.get(c.blockId) ?? 0) + 1);
  const baseBlocks = new Map(base.blocks.map((b) => [b.id, b]));
  const row = (id: string, block: Block | null): CompiledParagraph => {
    const was = baseBlocks.get(id) ?? null;
    const shown = block ?? was!;
    const status = data.statuses[id] ?? null;
    return {
      id,
      number: printedNumber(shown),
      baseNumber: was && block && was.number !== block.number ? printedNumber(was) || null : null,
      status,
      statusLabel: status ? statusLabel(status, s) : null,
      baseText: was?.text ?? null,
      text: block?.text ?? null,
      proposals: (byBlock.get(id) ?? []).map((p) => ({
        proposal: p,
        proposer: p.proposer ? name(p.proposer) : null,
        supporters: p.supporters.map(name),
        opponents: p.opponents.map(name),
        summary: proposalSummary(p, s),
        live: live.has(p.change),
      })),
      unattributed: unattributedIn.get(id) ?? 0,
    };
  };
  const out: CompiledParagraph[] = [];
  const present = new Set(working.blocks.map((b) => b.id));
  const removedAfter = new Map<string | null, string[]>();
  for (const c of changes) if (c.kind === 'removed') removedAfter.set(c.after ?? null, [...(removedAfter.get(c.after ?? null) ?? []), c.blockId]);
  // Proposals about paragraphs removed before anyone listed them as removed (rejected moves…) still count.
  for (const p of data.proposals) {
    if (!present.has(p.paragraphId) && ![...removedAfter.values()].some((ids) => ids.includes(p.paragraphId))) {
      removedAfter.set(null, [...(removedAfter.get(null) ?? []), p.paragraphId]);
    }
  }
  const pushRemoved = (after: string | null): void => {
    for (const id of removedAfter.get(after) ?? []) if (baseBlocks.has(id)) out.push(row(id, null));
  };
  pushRemoved(null);
  for (const b of working.blocks) {
    out.push(row(b.id, b));
    pushRemoved(b.id);
  }
  return out.filter((r) => r.proposals.length > 0 || r.status !== null || r.unattributed > 0);
}
