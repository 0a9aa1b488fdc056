import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singleSpacedAscii } from './ascii-scan';

/** The definition the byte scan stands for, as a pattern. */
const plain = (s: string): boolean => !/[^\x20-\x7e]| {2}/.test(s);

// Pieces that sit on the edges the bit tricks read: spaces next to "!" (0x21, which the space
// flags' borrow can mark), controls, DEL, the first code units past ASCII, surrogates.
const piece = fc.constantFrom(' ', '  ', '!', ' !', '! ', 'a', 'Z', '~', '\x7f', '\x1f', '\t', '\n', '\x00', '\x80', '\u00a0', 'é', '\u2009', '\ud83d\ude00', '\ud800', 'xyz', '0');

describe('singleSpacedAscii', () => {
  it('is true exactly for printable ASCII without two spaces together, at every alignment and length', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(singleSpacedAscii(text)).toBe(plain(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(singleSpacedAscii(text)).toBe(plain(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds one odd code unit or one pair of spaces at any place in a long plain text', () => {
    const base = 'The States parties agree, in good faith, to cooperate fully! '.repeat(40);
    expect(singleSpacedAscii(base)).toBe(true);
    for (let i = 0; i < 80; i++) {
      for (const odd of ['  ', '\x7f', '\x1f', '\u00e9', '\u3000', '\n']) {
        const text = base.slice(0, i) + odd + base.slice(i);
        expect(singleSpacedAscii(text), `${JSON.stringify(odd)} at ${i}`).toBe(plain(text));
      }
    }
  });

  it('leaves texts over 65,536 code units to the exact reading', () => {
    expect(singleSpacedAscii('a '.repeat(40_000))).toBe(false);
    expect(singleSpacedAscii('a '.repeat(30_000))).toBe(true);
  });
});
