import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/project';
import type { Draft } from '../../../shared/model/draft';
import { emptyProjectState, isDirty, projectReducer } from './history';
import { addDrafts, moveDraft, removeDraft, renameDraft } from './commands';

const draft = (id: string, label: string): Draft => ({
  id, label, date: null, sourceName: `${id}.md`, hash: '0'.repeat(64), title: label, symbol: null, importedAt: '2026-01-01T00:00:00Z',
  blocks: [{ kind: 'paragraph', id: 'p1', number: '1', level: 0, section: [], text: `Text of ${label}` }],
});

describe('project history', () => {
  const base = createProject('Test', new Date('2026-01-01'));
  const opened = projectReducer(emptyProjectState, { type: 'open', project: base, path: '/tmp/t.draftwatch' });

  it('undoes and redoes edits in order, and tracks dirtiness against the saved value', () => {
    expect(isDirty(opened)).toBe(false);
    const p1 = addDrafts(base, [draft('a', 'Zero draft')]);
    const s1 = projectReducer(opened, { type: 'edit', project: p1, label: 'Import Zero draft' });
    const p2 = renameDraft(p1, 'a', 'Zero');
    const s2 = projectReducer(s1, { type: 'edit', project: p2, label: 'Rename' });
    expect(isDirty(s2)).toBe(true);
    const u1 = projectReducer(s2, { type: 'undo' });
    expect(u1.project).toBe(p1);
    const u2 = projectReducer(u1, { type: 'undo' });
    expect(u2.project).toBe(base);
    expect(isDirty(u2)).toBe(false);
    expect(projectReducer(u2, { type: 'undo' })).toBe(u2);
    const r1 = projectReducer(u2, { type: 'redo' });
    expect(r1.project).toBe(p1);
    const branched = projectReducer(r1, { type: 'edit', project: removeDraft(p1, 'a'), label: 'Remove' });
    expect(branched.future).toHaveLength(0);
  });

  it('keeps edits made during a save dirty', () => {
    const p1 = addDrafts(base, [draft('a', 'Zero draft')]);
    const s1 = projectReducer(opened, { type: 'edit', project: p1, label: 'Import' });
    const p2 = renameDraft(p1, 'a', 'Zero');
    const s2 = projectReducer(s1, { type: 'edit', project: p2, label: 'Rename' });
    const saved = projectReducer(s2, { type: 'saved', project: p1, path: '/tmp/t.draftwatch' });
    expect(isDirty(saved)).toBe(true);
  });

  it('gives imported drafts unique ids and labels, and reorders within bounds', () => {
    const p = addDrafts(addDrafts(base, [draft('a', 'Rev.1')]), [draft('a', 'Rev.1')]);
    expect(p.drafts.map((d) => [d.id, d.label])).toEqual([['a', 'Rev.1'], ['a-2', 'Rev.1 (2)']]);
    const moved = moveDraft(p, 'a-2', -1);
    expect(moved.drafts.map((d) => d.id)).toEqual(['a-2', 'a']);
    expect(moveDraft(moved, 'a-2', -1)).toBe(moved);
    expect(renameDraft(p, 'a', '   ')).toBe(p);
  });
});

describe('working-draft checkpoints', () => {
  const received = draft('r', 'Rev.2');
  const working: Draft = { ...draft('w', 'Rev.2 (working)'), working: { baseId: 'r', delegationId: null, statuses: {}, reviewed: [], proposals: [] } };
  const typed: Draft = { ...working, blocks: [{ kind: 'paragraph', id: 'p1', number: '1', level: 0, section: [], text: 'Typed text' }] };
  const start = projectReducer(emptyProjectState, { type: 'open', project: addDrafts(createProject('T', new Date('2026-01-01')), [received, working]), path: null });

  it('replaces the working draft in the project and in the history, so project undo keeps typed text', () => {
    const renamed = projectReducer(start, { type: 'edit', project: renameDraft(start.project!, 'r', 'Rev 2'), label: 'Rename' });
    const checked = projectReducer(renamed, { type: 'checkpoint', drafts: [typed], at: '2026-02-01T00:00:00Z' });
    expect(checked.project!.drafts[1]).toBe(typed);
    expect(checked.project!.modifiedAt).toBe('2026-02-01T00:00:00Z');
    expect(isDirty(checked)).toBe(true);
    const undone = projectReducer(checked, { type: 'undo' });
    expect(undone.project!.drafts[0]!.label).toBe('Rev.2');
    expect(undone.project!.drafts[1]).toBe(typed);
    expect(projectReducer(undone, { type: 'redo' }).project!.drafts[1]).toBe(typed);
  });

  it('never rewrites a received draft, and changes nothing when nothing changed', () => {
    const forged: Draft = { ...received, blocks: [] };
    expect(projectReducer(start, { type: 'checkpoint', drafts: [forged], at: 'x' })).toBe(start);
    expect(projectReducer(start, { type: 'checkpoint', drafts: [start.project!.drafts[1]!], at: 'x' })).toBe(start);
  });
});
