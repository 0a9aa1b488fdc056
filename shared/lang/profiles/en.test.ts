import { describe, expect, it } from 'vitest';
import { change, found, scaleWords } from '../../testing/lang';
import { parseDateLine } from '../dates';
import { readLabels } from '../labels';
import { getProfile } from '../registry';
import { headingStanding, isPartHeading, namedHeading } from '../structure';

const en = getProfile('en');

describe('English profile', () => {
  it('finds a term in the singular and the plural of its last word', () => {
    const text = '9. States expressed concern at cyber mercenaries; a cyber-mercenary was described, and cybermercenaries were named, though mercenary cyber activity differs.';
    expect(found(en, text, 'cyber mercenaries')).toEqual(['cyber mercenaries', 'cyber-mercenary', 'cybermercenaries']);
    expect(found(en, 'AIDS, said, AI-enabled, (AI)', 'AI')).toEqual(['AI', 'AI']);
  });

  it('knows the parts of a section and their standing', () => {
    expect(isPartHeading('Recommended next steps', en)).toBe(true);
    expect(headingStanding('Summary of discussions', en)).toBe('discussion');
    expect(headingStanding('Conclusions and recommendations', en)).toBe('recommendations');
    expect(namedHeading('Annex II: Chair’s summary', en)).toMatchObject({ kind: 'annex', value: 2, title: 'Chair’s summary' });
    expect(namedHeading('Annexes to the report', en)).toBeNull();
  });

  it('reads dates and finds weakened wording', () => {
    expect(parseDateLine('Tuesday, 12 March 2025', en)).toBe('2025-03-12');
    expect(change(en, 'States should exchange information.', 'States could exchange information.')).toBe('weakened');
    expect(scaleWords(en, 'States may, as appropriate and on a voluntary basis, exchange information.')).toEqual([
      'modal:may',
      'qualifier:as appropriate',
      'qualifier:on a voluntary basis',
    ]);
  });

  it('reads English labels', () => {
    const lines = ['II. Existing and potential threats', 'A. Overview', '12. States noted', '(a) ransomware;', '(ii) other'];
    expect(lines.map((l) => readLabels(l, en)[0]?.level)).toEqual(['chapter', 'section', 'paragraph', 'subparagraph', 'subsubparagraph']);
  });
});
