import { afterEach, describe, expect, it } from 'vitest';
import { describeAcross } from './compare-annotations';
import { i18n } from '../i18n';

describe('the Compare view’s sentence on annotations across two drafts', () => {
  afterEach(() => void i18n.changeLanguage('en'));

  it('counts in English, with moves and orphans only when there are some', () => {
    void i18n.changeLanguage('en');
    expect(describeAcross({ total: 12, changed: 3, moved: 1, orphaned: 1 })).toBe('3 of 12 annotations are on text that changed (1 moved); 1 is orphaned.');
    expect(describeAcross({ total: 1, changed: 1, moved: 0, orphaned: 0 })).toBe('1 of 1 annotation is on text that changed.');
    expect(describeAcross({ total: 5, changed: 0, moved: 0, orphaned: 2 })).toBe('0 of 5 annotations are on text that changed; 2 are orphaned.');
    expect(describeAcross({ total: 0, changed: 0, moved: 0, orphaned: 0 })).toBe('No annotations on the earlier draft.');
  });

  it('speaks French and Spanish when the interface does', () => {
    void i18n.changeLanguage('fr');
    const fr = describeAcross({ total: 12, changed: 3, moved: 1, orphaned: 1 });
    void i18n.changeLanguage('es');
    const es = describeAcross({ total: 12, changed: 3, moved: 1, orphaned: 1 });
    for (const s of [fr, es]) {
      expect(s).toMatch(/\b3\b.*\b12\b/);
      expect(s).not.toMatch(/annotations are|orphaned|changed/);
    }
    expect(fr).not.toBe(es);
  });
});
