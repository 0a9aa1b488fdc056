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
