import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBrackets } from './brackets';

describe('findBrackets (shared by import, views and tracker)', () => {
  it('finds simple, nested and unclosed spans', () => {
    const text = 'States [should [, as appropriate,]] cooperate] and [consider';
    // The stray "]" after "cooperate" closes a bracket opened before this paragraph.
    expect(findBrackets(text).map((s) => [s.text, s.depth])).toEqual([
      ['States [should [, as appropriate,]] cooperate]', 0],
      ['[should [, as appropriate,]]', 1],
      ['[, as appropriate,]', 2],
      ['[consider', 0],
    ]);
  });

  it('every span starts with "[" and is the slice it claims to be', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a[\] ]{0,40}$/), (text) => {
        for (const s of findBrackets(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          // A span opens with "[", or runs from the paragraph start to a stray "]".
          expect(s.text.startsWith('[') || (s.start === 0 && s.text.endsWith(']') && !s.balanced)).toBe(true);
        }
      }),
    );
  });
});
