import { afterEach, describe, expect, it } from 'vitest';
import { describeOrphan, type OrphanWhy } from '../../../shared/annotate/anchor';
import { orphanReason } from './words';
import { i18n } from './index';

const reasons: OrphanWhy[] = [
  { kind: 'deleted', paragraph: { number: '14' }, draft: 'Rev.2' },
  { kind: 'deleted', paragraph: { words: 'The Group welcomed…' }, draft: 'Final' },
  { kind: 'merged', paragraph: { number: '28' }, into: [{ number: '27' }], draft: 'Rev.1' },
  { kind: 'split', paragraph: { number: '9' }, into: [{ number: '9' }, { number: '10' }], draft: 'Rev.1' },
  { kind: 'removed', from: [{ number: '17' }], draft: 'Rev.2' },
  { kind: 'not-found', draft: null },
  { kind: 'not-found', draft: 'Zero draft' },
  { kind: 'no-draft' },
];

describe('why an annotation is orphaned, in the interface language', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('says in English exactly what the command line and the exports say', () => {
    void i18n.changeLanguage('en');
    for (const why of reasons) expect(orphanReason({ why, reason: describeOrphan(why) })).toBe(describeOrphan(why));
  });

  it('says it in French and Spanish, keeping the paragraph numbers and draft labels', () => {
    for (const lang of ['fr', 'es']) {
      void i18n.changeLanguage(lang);
      for (const why of reasons) {
        const said = orphanReason({ why, reason: describeOrphan(why) });
        expect(said).not.toBe(describeOrphan(why));
        if ('draft' in why && why.draft) expect(said).toContain(why.draft);
        if (why.kind === 'deleted' && 'number' in why.paragraph) expect(said).toContain('14');
      }
    }
    void i18n.changeLanguage('fr');
    expect(orphanReason({ why: reasons[0]!, reason: null })).toBe('paragraphe 14 supprimé dans Rev.2');
  });

  it('falls back on the stored sentence when there is no reason as data', () => {
    expect(orphanReason({ why: null, reason: 'passage not found' })).toBe('passage not found');
  });
});
