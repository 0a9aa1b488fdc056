import { describe, expect, it } from 'vitest';
import { createProject, validateProject } from '../../../shared/model/project';
import { importBytes } from '../../../shared/import';
import { reviewDrafts } from '../../../shared/draft/review';
import { workingChanges } from '../../../shared/draft/changes';
import { addDrafts } from './commands';
import { importFixture } from '../../../testing/import-fixtures';
import { addWorkingDraft, adoptReview, delegationUses, ensureDelegation, removeDelegation, renameDelegation, workingDraftsOf } from './working-commands';

async function loReview() {
  const bytes = importFixture('review-two-authors.docx');
  const content = await importBytes(bytes, 'review-two-authors.docx', { trackedChanges: 'proposals' });
  return reviewDrafts(content, { fileName: 'review-two-authors.docx', label: 'Amendments (review)', workingId: 'wd-x', baseId: 'drf-x' });
}

describe('working-draft project commands', () => {
  it('adopts a Word review: base added, authors become delegations, proposals name them', async () => {
    const review = await loReview();
    const { project, id } = adoptReview(createProject('T'), review);
    const valid = validateProject(JSON.parse(JSON.stringify(project)));
    expect(valid.delegations.map((d) => d.name)).toEqual(['Delegation of Utopia', 'Delegation of Arcadia']);
    const wd = valid.drafts.find((d) => d.id === id)!;
    const base = valid.drafts.find((d) => d.id === wd.working!.baseId)!;
    expect(base.working).toBeUndefined();
    const utopia = valid.delegations[0]!.id;
    expect(wd.working!.proposals.filter((p) => p.proposer === utopia)).toHaveLength(3);
    // Paragraphs that continue the base keep its ids: the redline holds the five revisions, not
    // every paragraph removed and added again, and each proposal names one of its changes.
    const changes = workingChanges(base, wd.blocks);
    expect(changes).toHaveLength(5);
    expect(new Set(wd.working!.proposals.map((p) => p.change))).toEqual(new Set(changes.map((c) => c.key)));
    expect(workingDraftsOf(valid, base.id).map((d) => d.id)).toEqual([id]);
  });

  it('reuses the received draft with the same text as base, renaming ids and change keys to it', async () => {
    const review = await loReview();
    const received = { ...review.base, id: 'rev7', label: 'CRP.7', blocks: review.base.blocks.map((b, i) => ({ ...b, id: `q${i}` })) };
    const start = addDrafts(ensureDelegation(createProject('T'), 'Delegation of Arcadia').project, [received]);
    const { project, id, reusedBase } = adoptReview(start, review);
    expect(reusedBase).toBe(true);
    expect(project.drafts).toHaveLength(2);
    expect(project.delegations.map((d) => d.name)).toEqual(['Delegation of Arcadia', 'Delegation of Utopia']);
    const wd = project.drafts.find((d) => d.id === id)!;
    expect(wd.working!.baseId).toBe('rev7');
    const keys = new Set(workingChanges(project.drafts[0]!, wd.blocks).map((c) => c.key));
    expect(wd.working!.proposals.length).toBeGreaterThan(0);
    for (const p of wd.working!.proposals) expect(keys.has(p.change)).toBe(true);
    validateProject(JSON.parse(JSON.stringify(project)));
  });

  it('keeps delegations that proposals name, and refuses duplicates by name', async () => {
    const review = await loReview();
    const { project } = adoptReview(createProject('T'), review);
    const utopia = project.delegations[0]!;
    expect(delegationUses(project, utopia.id)).toBe(3);
    expect(() => removeDelegation(project, utopia.id)).toThrow(/Delegation of Utopia is named 3 times/);
    expect(() => renameDelegation(project, utopia.id, 'delegation of arcadia')).toThrow(/already a delegation/);
    expect(ensureDelegation(project, '  delegation OF utopia ').id).toBe(utopia.id);
    const spare = ensureDelegation(project, 'Erewhon');
    expect(removeDelegation(spare.project, spare.id).delegations).toHaveLength(2);
  });

  it('makes a working draft only from a received draft', async () => {
    const review = await loReview();
    const { project, id } = adoptReview(createProject('T'), review);
    expect(() => addWorkingDraft(project, id)).toThrow(/is itself a working draft/);
    const base = project.drafts.find((d) => !d.working)!;
    const made = addWorkingDraft(project, base.id);
    expect(made.project.drafts.find((d) => d.id === made.id)!.label).toBe(`${base.label} (working)`);
    expect(addWorkingDraft(made.project, base.id).project.drafts.at(-1)!.label).toBe(`${base.label} (working 2)`);
  });
});

describe('draft order with working drafts', () => {
  it('moves received drafts among received drafts, working drafts among working drafts', async () => {
    const { moveDraft } = await import('./commands');
    const review = await loReview();
    const { project, id } = adoptReview(createProject('T'), review);
    const later = addDrafts(project, [{ ...review.base, id: 'r3', label: 'Rev.3', blocks: review.base.blocks }]);
    // [base, working, Rev.3]: moving Rev.3 earlier passes over the working draft.
    const moved = moveDraft(later, 'r3', -1);
    const baseId = later.drafts[0]!.id;
    expect(later.drafts.map((d) => d.id)).toEqual([baseId, id, 'r3']);
    expect(moved.drafts.map((d) => d.id)).toEqual(['r3', id, baseId]);
    expect(moveDraft(later, id, 1)).toBe(later);
  });
});
