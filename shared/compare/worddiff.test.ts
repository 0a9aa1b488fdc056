import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptAll, applyDiff, invertDiff, rejectAll, resolveDiff } from './redline';
import { isSpaceCode } from './text';
import { isWordToken, tokenize } from './tokenize';
import { diffWords, TokenCodes } from './worddiff';

const words = ['States', 'should', 'could', 'consider', 'the', 'norms', 'as', 'appropriate', 'of', 'ICT', 'security', '各国', '考虑', 'الدول', 'في', 'a'];
const seps = [' ', ', ', '. ', '  ', '\n', '', '-', '; '];
/** Texts built from a small vocabulary, so random pairs share words and the diff has work to do. */
const prose = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 30 }).map((xs) => xs.map(([w, s]) => w + s).join(''));
const anyText = fc.oneof(prose, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }));

describe('diffWords', () => {
  it('rebuilds the base with rejectAll and the target with acceptAll, for any texts and options', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.boolean(), fc.boolean(), fc.boolean(), (a, b, ignoreCase, ignorePunctuation, ignoreWhitespace) => {
        const diff = diffWords(a, b, { ignoreCase, ignorePunctuation, ignoreWhitespace });
        expect(rejectAll(diff)).toBe(a);
        expect(acceptAll(diff)).toBe(b);
        expect(applyDiff(a, diff)).toBe(b);
        expect(applyDiff(b, invertDiff(diff))).toBe(a);
        expect(diff.every(([, t]) => t.length > 0)).toBe(true);
        for (let i = 1; i < diff.length; i++) expect(diff[i]![0]).not.toBe(diff[i - 1]![0]);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same diffs when one token code set serves many pairs, as in a comparison', () => {
    const options = fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreWhitespace: fc.boolean() });
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, anyText), { minLength: 1, maxLength: 12 }), options, (pairs, o) => {
        const shared = new TokenCodes();
        for (const [a, b] of pairs) expect(diffWords(a, b, o, shared)).toEqual(diffWords(a, b, o));
      }),
      { numRuns: 200 },
    );
  });

  it('gives a chunk one code whether its text is read as bytes (ASCII) or by code unit (other text)', () => {
    const codes = new TokenCodes();
    const ascii = 'States act  now';
    const other = 'États act States\u00a0now';
    const a = new Int32Array(4);
    const b = new Int32Array(6);
    codes.chunks(ascii, Int32Array.from([0, 6, 7, 10, 12, 15]), 5, false, a);
    codes.chunks(other, Int32Array.from([0, 5, 6, 9, 10, 16, 17, 20]), 7, false, b);
    expect(b[4]).toBe(a[0]); // States
    expect(b[2]).toBe(a[2]); // act
    expect(b[6]).toBe(a[4]); // now
    expect(b[1]).toBe(a[1]); // one space
    expect(b[0]).not.toBe(a[0]); // États, States
    expect(new Set([a[0], a[1], a[2], a[3], a[4]]).size).toBe(5); // two spaces differ from one
    // Whitespace ignored: every run of spaces is one code.
    codes.chunks(ascii, Int32Array.from([0, 6, 7, 10, 12, 15]), 5, true, a);
    codes.chunks(other, Int32Array.from([0, 5, 6, 9, 10, 16, 17, 20]), 7, true, b);
    expect(new Set([a[1], a[3], b[1], b[3], b[5]]).size).toBe(1);
  });

  it('gives the same diff when a shared token code set is full and starts again', () => {
    const shared = new TokenCodes();
    // Nearly every code taken by earlier pairs: the next pair's chunks do not fit.
    const earlier = Array.from({ length: 0x11000 - 12 }, (_, i) => `w${i}`).join(' ');
    diffWords(earlier, `start ${earlier} end`, {}, shared);
    const a = 'States should consider, as appropriate, the norms of responsible State behaviour in ICT security and report on them.';
    const b = 'States could consider the voluntary norms of responsible behaviour in ICT security, and report on them annually.';
    const fresh = diffWords(a, b);
    expect(diffWords(a, b, {}, shared)).toEqual(fresh);
    expect(acceptAll(fresh)).toBe(b);
    expect(fresh.some(([op]) => op === '=')).toBe(true);
  });

  it('never cuts inside a word: every changed stretch starts and ends on token boundaries', () => {
    fc.assert(
      fc.property(prose, prose, (a, b) => {
        const diff = diffWords(a, b);
        let pos = 0;
        const cuts = new Set<number>();
        for (const [op, t] of diff) {
          if (op === '+') continue;
          cuts.add(pos);
          pos += t.length;
          cuts.add(pos);
        }
        const boundaries = new Set<number>([0]);
        let at = 0;
        for (const t of tokenize(a)) boundaries.add((at += t.length));
        for (const c of cuts) expect(boundaries.has(c)).toBe(true);
      }),
    );
  });

  it('reads like a blackline on a hedged rewording', () => {
    const diff = diffWords(
      'States should, as appropriate, consider the voluntary norms of responsible State behaviour.',
      'States could consider the voluntary, non-binding norms of responsible behaviour of States.',
    );
    expect(diff.slice(0, 4)).toEqual([
      ['=', 'States '],
      ['-', 'should, as appropriate,'],
      ['+', 'could'],
      ['=', ' consider the voluntary'],
    ]);
    // No one-letter soup: every change is whole words (or punctuation), never a fragment.
    for (const [op, t] of diff) if (op !== '=') expect(t.trim().split(/[\s,.]+/).filter(Boolean).every((w) => w.length > 1)).toBe(true);
    expect(diff.filter(([op]) => op !== '=')).toHaveLength(5);
  });

  it('absorbs a lone short word between two changes', () => {
    const diff = diffWords('They agreed to strengthen the measures', 'They decided to develop the measures');
    expect(diff).toEqual([
      ['=', 'They '],
      ['-', 'agreed to strengthen'],
      ['+', 'decided to develop'],
      ['=', ' the measures'],
    ]);
  });

  it('keeps Chinese words whole', () => {
    const a = '各国应酌情考虑自愿、非约束性的负责任国家行为规范。';
    const b = '各国可考虑自愿的负责任国家行为规范。';
    const diff = diffWords(a, b);
    expect(rejectAll(diff)).toBe(a);
    expect(acceptAll(diff)).toBe(b);
    expect(diff).toContainEqual(['=', '考虑自愿']);
    expect(diff).toContainEqual(['-', '应酌情']);
    expect(diff).toContainEqual(['+', '可']);
    // Dictionary words such as 国家 (State) are never cut in two.
    const tokens = tokenize(a);
    expect(tokens).toContain('国家');
    expect(tokens).toContain('酌情');
  });

  it('keeps Arabic words whole', () => {
    const a = 'ينبغي للدول أن تنظر، حسب الاقتضاء، في القواعد الطوعية';
    const b = 'يمكن للدول أن تنظر في القواعد الطوعية';
    const diff = diffWords(a, b);
    expect(diff).toEqual([
      ['-', 'ينبغي'],
      ['+', 'يمكن'],
      ['=', ' للدول أن تنظر'],
      ['-', '، حسب الاقتضاء،'],
      ['=', ' في القواعد الطوعية'],
    ]);
    expect(tokenize(a).filter(isWordToken)).toEqual(['ينبغي', 'للدول', 'أن', 'تنظر', 'حسب', 'الاقتضاء', 'في', 'القواعد', 'الطوعية']);
  });

  it('finds a small edit in a very long paragraph without falling back to delete-all/insert-all', () => {
    const sentence = (i: number): string => `Paragraph sentence ${i} on capacity-building and the exchange of views.`;
    const a = Array.from({ length: 3000 }, (_, i) => sentence(i)).join(' ');
    const b = a.replace('sentence 1500 on', 'sentence 1500, inter alia, on').replace('sentence 2999 on capacity-building', 'sentence 2999 on training');
    const diff = diffWords(a, b);
    const changed = diff.filter(([op]) => op !== '=').map(([, t]) => t);
    expect(changed).toEqual([',', ', inter alia,', 'capacity-building', 'training'].filter((t) => t !== ','));
  });

  it('lets a drafter accept some changes and reject others', () => {
    const diff = diffWords('States should consider the norms', 'States could consider the agreed norms');
    const insertions = diff.map(([op], i) => (op === '+' ? i : -1)).filter((i) => i >= 0);
    expect(resolveDiff(diff, (i) => i === insertions[1])).toBe('States should consider the agreed norms');
  });

  it('treats case-only differences as equal words under ignoreCase yet still shows them', () => {
    const diff = diffWords('The Group recommends', 'the Group recommends', { ignoreCase: true });
    expect(diff).toEqual([
      ['-', 'The'],
      ['+', 'the'],
      ['=', ' Group recommends'],
    ]);
  });
});

describe('word tokens', () => {
  it('never carry a word when they start with a space (the island test reads no string for them)', () => {
    const spacey = fc.array(fc.oneof(anyText, fc.constantFrom(' \u0301a', '\u00a0\u200db', '\u3000各国', ' \u0650ل', '\t\u20e3', '\u2028x')), { maxLength: 6 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(spacey, (text) => {
        for (const t of [...tokenize(text), ...text.split(/(\s+)/u).filter(Boolean)]) if (isSpaceCode(t.charCodeAt(0))) expect(isWordToken(t)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
