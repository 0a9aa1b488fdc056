import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDiff, spells, wordDiff } from './word-diff';

const text = fc.array(fc.constantFrom('the', 'States', 'noted', ' ', ', ', '.', 'ICT', '(a)', 'Über', '安全', 'أمن', '\n'), { maxLength: 40 }).map((a) => a.join(''));

describe('wordDiff', () => {
  it('spells both texts exactly', () => {
    fc.assert(fc.property(text, text, (a, b) => {
        expect(spells(wordDiff(a, b), a, b)).toBe(true);
      }));
  });
  it('never cuts a word', () => {
    expect(wordDiff('held five meetings', 'held fifty meetings')).toEqual([['=', 'held '], ['-', 'five'], ['+', 'fifty'], ['=', ' meetings']]);
  });
  it('keeps an engine diff that spells the texts and replaces one that does not', () => {
    expect(exactDiff([['=', 'a '], ['+', 'b']], 'a ', 'a b')).toEqual([['=', 'a '], ['+', 'b']]);
    // A case-insensitive diff spells neither side exactly.
    const fixed = exactDiff([['=', 'States']], 'states', 'States');
    expect(spells(fixed, 'states', 'States')).toBe(true);
  });
});
