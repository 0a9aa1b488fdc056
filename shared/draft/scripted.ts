/**
 * A working draft made from a script of edits ("in ¶24 replace 'could' with 'should', proposed by
 * X, supported by Y"): how the demo negotiation gets a working draft with real proposals, made by
 * the same model the editor uses (the changes and their keys are derived, never written by hand).
 */
import type { Block, Draft } from '../model/draft';
import type { Delegation, ParagraphStatus, Proposal } from '../model/working';
import { workingChanges } from './changes';
import { blocksHash, newWorkingDraft } from './working';

/** One scripted edit of a paragraph (named by its printed number, e.g. "24"). */
export interface ScriptedEdit {
  paragraph: string;
  find: string;
  replace: string;
  proposer?: string;
  supporters?: string[];
  opponents?: string[];
  date?: string;
}

export interface ScriptedWorkingDraft {
  label: string;
  /** Name of the delegation it is drafted for. */
  delegation?: string;
  edits: ScriptedEdit[];
  statuses?: { paragraph: string; status: ParagraphStatus }[];
}

function blockOf(blocks: readonly Block[], number: string): number {
  const i = blocks.findIndex((b) => b.kind === 'paragraph' && b.number === number);
  if (i < 0) throw new Error(`The script names ¶${number}, which the base draft does not have.`);
  return i;
}

/** Applies the script to a new working draft of `base`; delegations are named by `delegations`. */
export function scriptedWorkingDraft(base: Draft, script: ScriptedWorkingDraft, delegations: readonly Delegation[], id: string, now: Date): Draft {
  const idOf = (name: string): string => {
    const d = delegations.find((x) => x.name === name);
    if (!d) throw new Error(`The script names the delegation ${name}, which the project does not list.`);
    return d.id;
  };
  const draft = newWorkingDraft(base, { id, label: script.label, delegationId: script.delegation ? idOf(script.delegation) : null, now });
  const blocks = [...draft.blocks];
  for (const e of script.edits) {
    const i = blockOf(blocks, e.paragraph);
    const b = blocks[i]!;
    const at = b.text.indexOf(e.find);
    if (at < 0) throw new Error(`¶${e.paragraph} does not contain “${e.find}”.`);
    if (b.runs?.length) throw new Error(`¶${e.paragraph} has emphasis; scripted edits keep to plain paragraphs.`);
    blocks[i] = { ...b, text: b.text.slice(0, at) + e.replace + b.text.slice(at + e.find.length) };
  }
  const proposals: Proposal[] = [];
  const changes = workingChanges(base, blocks);
  script.edits.forEach((e) => {
    if (!e.proposer) return;
    const blockId = blocks[blockOf(blocks, e.paragraph)]!.id;
    for (const c of changes.filter((x) => x.blockId === blockId)) {
      if (proposals.some((p) => p.change === c.key)) continue;
      proposals.push({
        id: `${id}-prop-${proposals.length + 1}`,
        change: c.key,
        kind: c.kind,
        paragraphId: blockId,
        proposer: idOf(e.proposer),
        supporters: (e.supporters ?? []).map(idOf),
        opponents: (e.opponents ?? []).map(idOf),
        status: 'pending',
        date: e.date ?? null,
        deleted: c.deleted,
        inserted: c.inserted,
      });
    }
  });
  const statuses = Object.fromEntries((script.statuses ?? []).map((s) => [blocks[blockOf(blocks, s.paragraph)]!.id, s.status]));
  return { ...draft, blocks, hash: blocksHash(blocks), working: { ...draft.working!, statuses, proposals } };
}
