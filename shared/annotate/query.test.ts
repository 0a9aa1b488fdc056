import { describe, expect, it } from 'vitest';
import { buildLineage } from '../compare/lineage';
import { draftFromSections } from '../testing/generator';
import { anchorAnnotations, anchorContext } from './anchor';
import { annotationsForParagraph, matchesFilter } from './query';
import { annotateWords } from './testing/build';

const zero = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: ['States should take measures against ransomware and report on them.', 'The Group will meet again.'] }]);
const rev1 = draftFromSections('rev1', [{ heading: 'A. Threats', paragraphs: ['New opening paragraph.', 'States should take measures against ransomware and report on them.', 'The Group will meet again.'] }]);

describe('annotationsForParagraph (the presenter’s private notes)', () => {
  const later = annotateWords(zero, '1', 'report on them', { position: 'oppose' });
  const earlier = annotateWords(zero, '1', 'take measures', { position: 'support', delegation: 'Freedonia' });
  const project = { annotations: [later, earlier] };
  it('gives the paragraph’s annotations in reading order, on the draft they were made on and where they were carried', () => {
    expect(annotationsForParagraph(project, 'zero', 'p1').map((p) => p.annotation.id)).toEqual([earlier.id, later.id]);
    const ctx = anchorContext([zero, rev1], buildLineage([zero, rev1]));
    const anchors = anchorAnnotations(ctx, project.annotations);
    expect(annotationsForParagraph(project, 'rev1', 'p1', anchors)).toEqual([]);
    expect(annotationsForParagraph(project, 'rev1', 'p2', anchors).map((p) => p.anchor.quote)).toEqual(['take measures', 'report on them']);
  });
  it('filters by position, owner and words', () => {
    const [p] = annotationsForParagraph(project, 'zero', 'p1');
    expect(matchesFilter(p!, { positions: ['support'] }, '')).toBe(true);
    expect(matchesFilter(p!, { positions: ['oppose'] }, '')).toBe(false);
    expect(matchesFilter(p!, { owners: ['Freedonia'], text: 'MEASURES' }, '')).toBe(true);
    expect(matchesFilter(p!, { text: 'ransomware' }, '')).toBe(false);
  });
});
