import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBrackets } from './brackets';

describe('findBrackets', () => {
  it('finds simple, nested and unclosed spans', () => {
    const text = 'States [should [, as appropriate,]] cooperate] and [consider';
    expect(findBrackets(text).map((s) => [s.text, s.depth])).toEqual([
      ['[should [, as appropriate,]]', 0],
      ['[, as appropriate,]', 1],
      ['[consider', 0],
    ]);
  });

  it('every span starts with "[" and is the slice it claims to be', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a[\] ]{0,40}$/), (text) => {
        for (const s of findBrackets(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.startsWith('[')).toBe(true);
        }
        const opens = [...text].filter((c) => c === '[').length;
        expect(findBrackets(text)).toHaveLength(opens);
      }),
    );
  });
});
