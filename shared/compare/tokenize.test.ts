import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmenter } from './text';
import { tokenize } from './tokenize';

const piece = fc.constantFrom('States ', 'should', ', ', '各国应酌情考虑', '。', 'الدول ', 'non-binding ', '1.5 ', "State's ", '\n', '  ', 'é\u0301');

describe('tokenize', () => {
  it('gives the same tokens as segmenting the whole text at once, also on long texts cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 200, maxLength: 900 }), (parts) => {
        const text = parts.join('');
        const whole = [...segmenter().segment(text)].map((s) => s.segment);
        expect(tokenize(text)).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('segments plain ASCII (its own fast path) exactly as Intl.Segmenter does', () => {
    const ascii = fc.constantFrom('a', 'Z', 'q', '0', '7', ' ', '  ', '\n', '\t', ' \n ', '.', ',', ';', ':', "'", '"', '-', '(', ')', '[', ']', '/', '!', '?', '%', '&', '@', '`', '~', 'e.g.', '1,000.50', "State's", 'U.N.');
    fc.assert(
      fc.property(fc.array(ascii, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual([...segmenter().segment(text)].map((s) => s.segment));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps numbers, abbreviations and hyphen parts as the segmenter does', () => {
    expect(tokenize("the State's 1.5 per cent")).toEqual(['the', ' ', "State's", ' ', '1.5', ' ', 'per', ' ', 'cent']);
    expect(tokenize('')).toEqual([]);
  });
});
