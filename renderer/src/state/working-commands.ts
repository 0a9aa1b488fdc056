/**
 * Project edits about working drafts and delegations, each a pure function returning a new
 * project (undoable as project actions). Typing inside a working draft is not here: it lives in
 * the editor session and reaches the project as checkpoints.
 */
import type { Draft } from '../../../shared/model/draft';
import type { Delegation, Project } from '../../../shared/model/schema';
import { newId } from '../../../shared/model/project';
import { newWorkingDraft, workingLabel } from '../../../shared/draft/working';
import type { WordReview } from '../../../shared/draft/review';
import { addDrafts } from './commands';

const touch = (p: Project, patch: Partial<Project>): Project => ({ ...p, ...patch, modifiedAt: new Date().toISOString() });

/** A new working draft of `baseId`, added after the last draft; returns the project and its id. */
export function addWorkingDraft(project: Project, baseId: string, delegationId: string | null = null): { project: Project; id: string } {
  const base = project.drafts.find((d) => d.id === baseId);
  if (!base) throw new Error('That draft is no longer in the project.');
  if (base.working) throw new Error(`${base.label} is itself a working draft: make the new one from the draft it was made from.`);
  const taken = new Set(project.drafts.map((d) => d.id));
  let id = newId('wd');
  while (taken.has(id)) id = newId('wd');
  const draft = newWorkingDraft(base, { id, label: workingLabel(base, project.drafts.map((d) => d.label)), delegationId });
  return { project: touch(project, { drafts: [...project.drafts, draft] }), id };
}

/** Working drafts made from `draftId` (which therefore cannot be removed). */
export function workingDraftsOf(project: Project, draftId: string): Draft[] {
  return project.drafts.filter((d) => d.working?.baseId === draftId);
}

/** The delegation of this name (case and spacing aside), added when the project has none yet. */
export function ensureDelegation(project: Project, name: string): { project: Project; id: string } {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) throw new Error('A delegation needs a name.');
  const found = project.delegations.find((d) => d.name.toLocaleLowerCase() === clean.toLocaleLowerCase());
  if (found) return { project, id: found.id };
  const taken = new Set(project.delegations.map((d) => d.id));
  let id = newId('del');
  while (taken.has(id)) id = newId('del');
  return { project: touch(project, { delegations: [...project.delegations, { id, name: clean }] }), id };
}

export function renameDelegation(project: Project, id: string, name: string): Project {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (!clean) return project;
  if (project.delegations.some((d) => d.id !== id && d.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) {
    throw new Error(`There is already a delegation named ${clean}.`);
  }
  return touch(project, { delegations: project.delegations.map((d): Delegation => (d.id === id ? { ...d, name: clean } : d)) });
}

/** Where a delegation is named: working drafts' authors and proposals. */
export function delegationUses(project: Project, id: string): number {
  let n = 0;
  for (const d of project.drafts) {
    if (!d.working) continue;
    if (d.working.delegationId === id) n++;
    for (const p of d.working.proposals) if (p.proposer === id || p.supporters.includes(id) || p.opponents.includes(id)) n++;
  }
  return n;
}

/** Removes a delegation no proposal or working draft names (else throws, saying why). */
export function removeDelegation(project: Project, id: string): Project {
  const d = project.delegations.find((x) => x.id === id);
  if (!d) return project;
  const uses = delegationUses(project, id);
  if (uses > 0) throw new Error(`${d.name} is named ${uses === 1 ? 'once' : `${uses} times`} in working drafts and proposals; it stays in the list.`);
  return touch(project, { delegations: project.delegations.filter((x) => x.id !== id) });
}

/** Sets the delegation a working draft is drafted for (the author of its Word export). */
export function setWorkingDelegation(project: Project, draftId: string, delegationId: string | null): Project {
  return touch(project, {
    drafts: project.drafts.map((d) => (d.id === draftId && d.working ? { ...d, working: { ...d.working, delegationId } } : d)),
  });
}

/** The name a working draft's tracked changes carry in Word: its delegation, else its label. */
export function exportAuthor(project: Project, draft: Draft): string | undefined {
  const id = draft.working?.delegationId;
  return id ? project.delegations.find((d) => d.id === id)?.name : undefined;
}

/** Same printed text block for block: the same received draft, whatever its ids and label. */
function sameText(a: Draft, b: Draft): boolean {
  return a.blocks.length === b.blocks.length && a.blocks.every((x, i) => {
    const y = b.blocks[i]!;
    return x.kind === y.kind && x.number === y.number && x.text === y.text;
  });
}

/** A change key with its block id renamed (keys read "kind:blockId:…"). */
function rekey(key: string, ids: ReadonlyMap<string, string>): string {
  const parts = key.split(':');
  if (parts[1] !== undefined) parts[1] = ids.get(parts[1]) ?? parts[1];
  return parts.join(':');
}

/**
 * Adds a Word review to the project: its base (or the received draft already in the project with
 * the same text), the working draft, and each revision author as a delegation. Returns the
 * project and the working draft's id.
 */
export function adoptReview(project: Project, review: WordReview): { project: Project; id: string; baseLabel: string; reusedBase: boolean } {
  let next = project;
  const ids = new Map<string, string>();
  let base = project.drafts.find((d) => !d.working && sameText(d, review.base));
  const reusedBase = base !== undefined;
  if (base) {
    review.base.blocks.forEach((b, i) => ids.set(b.id, base!.blocks[i]!.id));
  } else {
    next = addDrafts(next, [review.base]);
    base = next.drafts[next.drafts.length - 1]!;
  }
  // Paragraphs that continue the base keep its ids (renamed above when it is reused); new
  // paragraphs keep theirs unless the base already uses them.
  const continued = new Set(review.base.blocks.map((b) => b.id));
  const used = new Set(base.blocks.map((b) => b.id));
  for (const b of review.working.blocks) {
    if (continued.has(b.id)) continue;
    let id = b.id;
    for (let n = 2; used.has(id); n++) id = `${b.id}-${n}`;
    used.add(id);
    if (id !== b.id) ids.set(b.id, id);
  }
  const delegation = new Map<string, string>();
  for (const author of review.authors) {
    const made = ensureDelegation(next, author);
    next = made.project;
    delegation.set(author, made.id);
  }
  const w = review.working.working!;
  const working: Draft = {
    ...review.working,
    blocks: review.working.blocks.map((b) => (ids.has(b.id) ? { ...b, id: ids.get(b.id)! } : b)),
    working: {
      ...w,
      baseId: base.id,
      proposals: w.proposals.map((p) => ({
        ...p,
        change: rekey(p.change, ids),
        paragraphId: ids.get(p.paragraphId) ?? p.paragraphId,
        proposer: p.proposer === null ? null : (delegation.get(p.proposer) ?? null),
      })),
    },
  };
  next = addDrafts(next, [working]);
  return { project: next, id: next.drafts[next.drafts.length - 1]!.id, baseLabel: base.label, reusedBase };
}
