import DiffMatchPatch from 'diff-match-patch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffCodes, diffOpKind, diffOpLength } from './code-diff';

describe('diffCodes', () => {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  /** The diff of two code sequences as [op, text] with a character per code, as diff-match-patch gives it. */
  function ours(a: number[], b: number[]): Array<[number, string]> {
    const text = (xs: number[]): string => String.fromCharCode(...xs.map((x) => 0xe000 + x));
    const count = diffCodes(Int32Array.from(a), a.length, Int32Array.from(b), b.length);
    const out: Array<[number, string]> = [];
    let ia = 0;
    let ib = 0;
    for (let i = 0; i < count; i++) {
      const n = diffOpLength(i);
      if (diffOpKind(i) === 1) out.push([1, text(b.slice(ib, (ib += n)))]);
      else {
        out.push([diffOpKind(i), text(a.slice(ia, ia + n))]);
        if (diffOpKind(i) === 0) ib += n;
        ia += n;
      }
    }
    return out;
  }
  const theirs = (a: number[], b: number[]): Array<[number, string]> =>
    dmp
      .diff_main(String.fromCharCode(...a.map((x) => 0xe000 + x)), String.fromCharCode(...b.map((x) => 0xe000 + x)), false)
      .map((d) => [d[0], d[1]]);
  /** Sequences over a small alphabet (many repeats: shifts, overlaps, shortcuts) or a larger one. */
  const seq = (alphabet: number, maxLength: number) => fc.array(fc.integer({ min: 0, max: alphabet - 1 }), { maxLength });

  it('gives exactly the edits of diff-match-patch (no time limit) for random code sequences', () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(seq(3, 30), seq(3, 30)), fc.tuple(seq(8, 60), seq(8, 60)), fc.tuple(seq(40, 120), seq(40, 120))), ([a, b]) => {
        expect(ours(a, b)).toEqual(theirs(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives exactly the edits of diff-match-patch for edited copies: insertions, deletions and swaps in a long sequence', () => {
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'swap'), fc.integer({ min: 0, max: 9 }));
    fc.assert(
      fc.property(seq(12, 300), fc.array(edit, { maxLength: 25 }), (a, edits) => {
        const b = [...a];
        for (const [at, kind, x] of edits) {
          const i = b.length ? at % b.length : 0;
          if (kind === 'insert') b.splice(i, 0, x);
          else if (kind === 'delete') b.splice(i, 1);
          else if (b.length > i + 1) [b[i], b[i + 1]] = [b[i + 1]!, b[i]!];
        }
        expect(ours(a, b)).toEqual(theirs(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('handles empty, equal and one-code sequences as diff-match-patch does', () => {
    const cases: Array<[number[], number[]]> = [
      [[], []],
      [[], [1, 2]],
      [[1, 2], []],
      [[1, 2, 3], [1, 2, 3]],
      [[1], [2]],
      [[1, 2, 1], [1]],
      [[0, 1, 0], [1, 0, 1]],
      [[2], [0, 2, 2, 1]],
    ];
    for (const [a, b] of cases) expect(ours(a, b)).toEqual(theirs(a, b));
  });
});
