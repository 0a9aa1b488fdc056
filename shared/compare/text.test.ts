import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, isSpaceCode, normalizeText, normalizeToken } from './text';
import { isWordToken } from './tokenize';
import { defaultCompareOptions } from './types';

// The definitions the fast paths must agree with, written as the plain Unicode patterns.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.][\p{L}\p{N}\p{M}]+)*/gu;
const patternWords = (text: string): number => text.match(WORD)?.length ?? 0;

const asciiPiece = fc.constantFrom('States', 'a', 'B', '7', '1.5', "State's", 'U.N.', "'", '.', ' ', '  ', ',', '-', '_', '(a)', 'x');
const anyPiece = fc.oneof(asciiPiece, fc.constantFrom('\t', '\n', '\u00a0', '\u3000', 'é', 'e\u0301', 'الدول', 'Государства', '—', '’', '\u2009'));

describe('text normalisation fast paths', () => {
  it('counts the words of printable ASCII as the Unicode word pattern does', () => {
    fc.assert(
      fc.property(fc.array(asciiPiece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(patternWords(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        expect(countWords(text)).toBe(patternWords(text));
      }),
      { numRuns: 500 },
    );
    // Control codes and DEL are ASCII too: the byte reader takes them.
    fc.assert(
      fc.property(fc.array(fc.oneof(asciiPiece, fc.constantFrom('\t', '\n', '\x00', '\x7f', "'\x01", '.\r')), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(patternWords(text));
      }),
      { numRuns: 500 },
    );
  });

  it('folds whitespace as one space and trims, for ASCII and other text alike', () => {
    const options = { ...defaultCompareOptions, ignoreNumbering: false };
    fc.assert(
      fc.property(fc.array(anyPiece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text, options)).toBe(text.replace(/\s+/gu, ' ').trim());
        expect(normalizeText(text, { ...options, ignoreWhitespace: false })).toBe(text.trim());
      }),
      { numRuns: 500 },
    );
  });

  it('reads tokens as the patterns do: whitespace runs, punctuation runs, words', () => {
    const all = { ...defaultCompareOptions, ignorePunctuation: true };
    fc.assert(
      fc.property(fc.array(anyPiece, { minLength: 1, maxLength: 3 }), (parts) => {
        const token = parts.join('');
        const expected = /^\s+$/u.test(token) ? ' ' : /^\p{P}+$/u.test(token) ? '\u0001' : token;
        expect(normalizeToken(token, all)).toBe(expected);
        expect(isWordToken(token)).toBe(/[\p{L}\p{N}]/u.test(token));
      }),
      { numRuns: 500 },
    );
  });
});

describe('isSpaceCode', () => {
  it('is exactly \\s, with and without the Unicode flag, on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/u.test(ch) || isSpaceCode(c) !== /\s/.test(ch)) expect.fail(`U+${c.toString(16)}`);
    }
  });
});
