import { describe, expect, it } from 'vitest';
import { buildLineage, compareDrafts, CHANGE_KINDS } from '../../../shared/compare';
import { anchorAnnotations, anchorContext } from '../../../shared/annotate/anchor';
import { annotateWords } from '../../../shared/annotate/testing/build';
import { demoNegotiation } from '../../../testing/demo';
import { createProject } from '../../../shared/model/project';
import { citedNumbers, layoutComparison } from '../compare/layout';
import { compareDeck } from './deck-compare';
import { paragraphNotes } from './notes';

describe('the presenter’s private notes', () => {
  const { drafts } = demoNegotiation();
  const [zero, , rev2] = drafts;
  const note = annotateWords(zero!, '10', 'ICT intrusion capabilities', {
    position: 'oppose',
    delegation: 'Utopia',
    author: 'A. Rivera',
    body: { comment: '<p><strong>Red line.</strong> Capital instructs: keep <em>cyber mercenaries</em>.</p>', position: 'oppose', priority: 'high', tags: ['red line'], replacement: 'cyber mercenaries and hack-for-hire actors' },
  });
  const project = { ...createProject('Notes'), drafts, annotations: [note] };
  const anchors = anchorAnnotations(anchorContext(drafts, buildLineage(drafts)), project.annotations);
  const comparison = compareDrafts(zero!, rev2!);
  const change = comparison.changes.find((c) => c.base[0] && zero!.blocks[c.base[0].index]!.id === note.target.paragraph)!;

  it('are the annotations on the change’s paragraphs, once each, as plain text with who and what position', () => {
    const on = [
      ...change.base.map((r) => ({ draftId: zero!.id, paragraphId: r.id, label: 'Zero draft ¶10' })),
      ...change.target.map((r) => ({ draftId: rev2!.id, paragraphId: r.id, label: 'Rev.2 ¶11' })),
    ];
    expect(paragraphNotes(project, on, anchors)).toEqual([
      {
        id: note.id,
        on: 'Zero draft ¶10: “ICT intrusion capabilities”',
        text: 'Red line. Capital instructs: keep cyber mercenaries.',
        by: 'Utopia (A. Rivera) · Oppose · red line',
        proposal: 'cyber mercenaries and hack-for-hire actors',
      },
    ]);
    // Carried into Rev.2 by its anchor (the passage survived): the later draft's paragraph alone has it too.
    expect(paragraphNotes(project, on.slice(change.base.length), anchors).map((n) => n.id)).toEqual([note.id]);
    expect(paragraphNotes(project, [{ draftId: rev2!.id, paragraphId: 'p1', label: 'Rev.2 ¶1' }], anchors)).toEqual([]);
  });

  it('never travel in the deck the audience window receives', () => {
    const deck = compareDeck({ comparison, base: zero!, target: rev2!, baseCited: citedNumbers(zero!), targetCited: citedNumbers(rev2!), layout: layoutComparison(comparison) }, new Set(CHANGE_KINDS), 'k');
    const sent = JSON.stringify(deck);
    expect(sent).toContain('cyber mercenaries');
    expect(sent).not.toContain('Capital instructs');
    expect(sent).not.toContain('Utopia');
  });
});
