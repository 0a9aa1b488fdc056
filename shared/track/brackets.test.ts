import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../model/draft';
import { findBrackets, followBrackets } from './brackets';

const spans = (text: string) => findBrackets(text).map((s) => [s.text, s.depth, s.balanced]);
const para = (id: string, text: string): ParagraphBlock => ({ kind: 'paragraph', id, number: id, level: 0, section: [], text });

describe('findBrackets', () => {
  it('finds plain and nested spans with their depth', () => {
    expect(spans('States [shall] act [in line with [national] law].')).toEqual([
      ['[shall]', 0, true],
      ['[in line with [national] law]', 0, true],
      ['[national]', 1, true],
    ]);
  });

  it('runs an unclosed bracket to the end and a stray closer from the start', () => {
    expect(spans('Alt 1: [States shall report')).toEqual([['[States shall report', 0, false]]);
    expect(spans('incidents] to the Group [promptly].')).toEqual([
      ['incidents]', 0, false],
      ['[promptly]', 0, true],
    ]);
    expect(spans('a [b] c] d')).toEqual([
      ['a [b] c]', 0, false],
      ['[b]', 1, true],
    ]);
  });

  it('skips numeric reference markers', () => {
    expect(spans('as agreed in 2021 [12] and [subject to review]')).toEqual([['[subject to review]', 0, true]]);
  });

  it('property: every span lies inside the text and starts or ends with a bracket', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', 'a', ' ', 'b'), { maxLength: 30 }).map((c) => c.join('')), (text) => {
        for (const s of findBrackets(text)) {
          expect(text.slice(s.start, s.end)).toBe(s.text);
          expect(s.text.startsWith('[') || s.text.endsWith(']')).toBe(true);
          expect(s.depth).toBeGreaterThanOrEqual(0);
        }
        // One span per opening bracket, plus one per closing bracket with nothing open before it.
        let open = 0;
        let stray = 0;
        for (const c of text) {
          if (c === '[') open++;
          else if (c === ']') {
            if (open > 0) open--;
            else stray++;
          }
        }
        const opens = [...text].filter((c) => c === '[').length;
        expect(findBrackets(text)).toHaveLength(opens + stray);
      }),
    );
  });
});

describe('followBrackets', () => {
  const follow = (before: string, after: string | null) =>
    followBrackets([{ kind: 'modified', base: [para('1', before)], target: after === null ? [] : [para('1', after)] }]);

  it('tells kept, amended, dropped and deleted resolutions apart', () => {
    expect(follow('States [shall] report incidents.', 'States shall report incidents.').resolved.map((r) => r.resolution)).toEqual(['kept']);
    expect(
      follow('States report [significant cyber incidents affecting hospitals] promptly.', 'States report significant incidents affecting hospitals promptly.').resolved.map((r) => r.resolution),
    ).toEqual(['amended']);
    expect(follow('States report incidents [to the Council].', 'States report incidents.').resolved.map((r) => r.resolution)).toEqual(['dropped']);
    expect(follow('States report incidents [to the Council].', null).resolved.map((r) => r.resolution)).toEqual(['paragraph-deleted']);
  });

  it('keeps an edited bracket as the same bracket, neither resolved nor new', () => {
    const r = follow('The Group [strongly condemns the attacks].', 'The Group [condemns the attacks].');
    expect(r.resolved).toEqual([]);
    expect(r.added).toEqual([]);
  });

  it('reports brackets that appear', () => {
    const r = follow('States report incidents.', 'States report incidents [within 72 hours].');
    expect(r.added.map((a) => a.text)).toEqual(['[within 72 hours]']);
    expect(r.resolved).toEqual([]);
  });
});
