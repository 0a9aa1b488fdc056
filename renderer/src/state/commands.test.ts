import { describe, expect, it } from 'vitest';
import { setDraftLanguage, setProjectLanguage } from './commands';
import { demoNegotiation } from '../../../testing/demo';
import { createProject } from '../../../shared/model/project';
import { projectSchema } from '../../../shared/model/schema';
import { draftProfile } from '../../../shared/model/structure-words';

const project = () => {
  const { drafts } = demoNegotiation();
  return { ...createProject('Languages'), drafts };
};

describe('the project’s language', () => {
  it('reads every draft in the chosen language, and is kept in the project file', () => {
    const before = project();
    const after = setProjectLanguage(before, 'fr');
    expect(after.language).toBe('fr');
    expect(after.drafts.map((d) => draftProfile(d, after).code)).toEqual(after.drafts.map(() => 'fr'));
    // The old project is untouched (undo keeps it), and the drafts' texts are the same objects.
    expect(before.language).toBeUndefined();
    expect(before.drafts.every((d) => d.language !== 'fr')).toBe(true);
    after.drafts.forEach((d, i) => expect(d.blocks).toBe(before.drafts[i]!.blocks));
    expect(projectSchema.parse(JSON.parse(JSON.stringify(after))).language).toBe('fr');
  });

  it('back to "detect for each draft": the project forgets its language, the drafts keep theirs', () => {
    const french = setProjectLanguage(project(), 'fr');
    const oneSpanish = setDraftLanguage(french, french.drafts[1]!.id, 'es');
    const detect = setProjectLanguage(oneSpanish, null);
    expect('language' in detect).toBe(false);
    expect(detect.drafts.map((d) => d.language)).toEqual(['fr', 'es', 'fr', 'fr']);
  });
});
