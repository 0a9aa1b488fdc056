/**
 * Working drafts: editable copies of a received draft. A working draft is a Draft (same blocks,
 * so the comparison engine, the tracker and the exporters take it unchanged) that also carries
 * `working`: its base, the paragraph statuses, the changes a person reviewed and the proposals
 * attributed to delegations. Everything else about it (its redline, numbers, brackets) is derived
 * from its text and its base, never stored.
 */
import { z } from 'zod';

const id = z.string().min(1).max(200);

/** Where a paragraph stands in the negotiation, shown in the margin. */
export const PARAGRAPH_STATUSES = ['agreed', 'agreed-ad-ref', 'pending'] as const;
export type ParagraphStatus = (typeof PARAGRAPH_STATUSES)[number];

/** A delegation (a State, a group of States, an observer) that proposes, supports or opposes text. */
export const delegationSchema = z.object({
  id,
  name: z.string().trim().min(1).max(200),
});
export type Delegation = z.infer<typeof delegationSchema>;

/** Kinds of change between a working draft and its base. */
export const CHANGE_KINDS = ['insert', 'delete', 'replace', 'format', 'new', 'removed', 'moved'] as const;
export type WorkingChangeKind = (typeof CHANGE_KINDS)[number];

/** What became of a proposal. */
export const PROPOSAL_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/**
 * A change attributed to delegations: "Proposed by X; supported by Y; opposed by Z". It names the
 * change by its key (see shared/draft/changes.ts) and keeps the change's words as proposed, so
 * it still reads right after the text has moved on or the change was rejected.
 */
export const proposalSchema = z.object({
  id,
  /** Key of the derived change this proposal is about. */
  change: z.string().min(1).max(600),
  kind: z.enum(CHANGE_KINDS),
  /** Block the change is in: the working draft's block, or the base block for a removed one. */
  paragraphId: id,
  /** Delegation ids. */
  proposer: id.nullable(),
  supporters: z.array(id).default([]),
  opponents: z.array(id).default([]),
  status: z.enum(PROPOSAL_STATUSES).default('pending'),
  /** When it was proposed (ISO), e.g. a Word revision's w:date. */
  date: z.string().max(40).nullable().default(null),
  /** The words taken out and put in, as proposed. */
  deleted: z.string().max(200_000),
  inserted: z.string().max(200_000),
  /** What the importer or a person wants known (e.g. "also holds a revision by Y"). */
  note: z.string().max(2000).optional(),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** The working-draft part of a Draft. */
export const workingDataSchema = z.object({
  /** The received draft this one was made from: its redline is always against that draft. */
  baseId: id,
  /** The delegation whose draft this is: author of its tracked changes in a Word export. */
  delegationId: id.nullable().default(null),
  /** Paragraph status by block id; paragraphs not listed have none. */
  statuses: z.record(z.string(), z.enum(PARAGRAPH_STATUSES)).default({}),
  /** Keys of the changes a person accepted: kept in the text and marked reviewed. */
  reviewed: z.array(z.string().min(1).max(600)).default([]),
  proposals: z.array(proposalSchema).default([]),
});
export type WorkingData = z.infer<typeof workingDataSchema>;
