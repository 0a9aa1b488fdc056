/**
 * The demo's annotations on realistic drafts (the four demo drafts, imported from Markdown): two
 * delegations annotate the Zero draft and their work is carried through Rev.1, Rev.2 and Final,
 * following the edits recorded in assets/demo/changes.json.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadDemoProject } from './demo';
import { buildLineage } from '../../shared/compare/lineage';
import { anchorAnnotations, anchorContext } from '../../shared/annotate/anchor';
import { annotationsAcross } from '../../shared/annotate/compare';
import { compareDrafts } from '../../shared/compare';

const root = path.resolve(__dirname, '../..');

describe('demo annotations', async () => {
  const project = await loadDemoProject(root, new Date('2026-04-01T00:00:00Z'));
  const [zero, rev1, rev2, final] = project.drafts;
  const ctx = anchorContext(project.drafts, buildLineage(project.drafts, project.lineageOverrides));
  const anchors = anchorAnnotations(ctx, project.annotations);
  const on = (quoteStart: string, draft: typeof zero) => anchors.get(project.annotations.find((a) => a.target.quote.exact.startsWith(quoteStart))!.id)!.get(draft!.id)!;

  it('come from two delegations, all on the Zero draft', () => {
    expect(project.annotations.length).toBeGreaterThanOrEqual(5);
    expect(new Set(project.annotations.map((a) => a.delegation))).toEqual(new Set(['Utopia', 'Freedonia']));
    expect(project.annotations.every((a) => a.target.source === zero!.id && anchors.get(a.id)!.get(zero!.id)!.status === 'exact')).toBe(true);
  });

  it('follow weakened, moved, split and merged paragraphs through every later draft', () => {
    // ¶17 weakened in Rev.1 ("should take measures" → "could consider, as appropriate, measures").
    expect(on('States should take measures', rev1)).toMatchObject({ status: 'fuzzy', quote: expect.stringMatching(/^States could consider, as appropriate, measures/) });
    // Technological neutrality moved to the discussion in Rev.2 and reworded.
    expect(on('affirm the technological neutrality', rev2)).toMatchObject({ status: 'fuzzy', quote: expect.stringContaining('technological neutrality of the framework') });
    // The amendment Freedonia proposed was adopted in Rev.1: the annotation sits on the new words.
    expect(on('are encouraged to consider developing', rev1)).toMatchObject({ status: 'fuzzy', quote: 'are called upon to develop' });
    // ¶53 split in Rev.1; ¶51 merged into ¶50 in Rev.1, then weakened in Rev.2.
    expect(on('Many States supported a structure', rev1).status).not.toBe('orphaned');
    expect(on('States will convene a second Global Roundtable', rev1)).toMatchObject({ status: 'exact' });
    expect(on('States will convene a second Global Roundtable', final)).toMatchObject({ status: 'fuzzy', quote: 'States may consider convening a second Global Roundtable' });
  });

  it('include one orphan that says why', () => {
    expect(on('States should take measures', rev2)).toMatchObject({ status: 'orphaned', reason: 'paragraph 17 deleted in Rev.2' });
    expect(on('States should take measures', final)).toMatchObject({ status: 'orphaned', reason: 'paragraph 17 deleted in Rev.2' });
    const orphans = project.annotations.filter((a) => anchors.get(a.id)!.get(final!.id)!.status === 'orphaned');
    expect(orphans).toHaveLength(1);
  });

  it('are summed up on the comparison of Rev.1 and Rev.2', () => {
    const s = annotationsAcross(project.annotations, anchors, compareDrafts(rev1!, rev2!));
    expect(s.total).toBe(project.annotations.length);
    expect(s.orphaned).toBe(1);
    expect(s.changed).toBeGreaterThanOrEqual(3);
  });
});
