import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapseRunSpace, normalizeSpace } from './runs';
import type { Mark, Run } from '../model/draft';

/** The character-by-character definition the run collapse must keep to. */
function reference(runs: readonly Run[]): string[] {
  let prevSpace = true;
  return runs.map((run) => {
    let text = '';
    for (const ch of run.text) {
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (!prevSpace) text += ' ';
        prevSpace = true;
      } else {
        text += ch;
        prevSpace = false;
      }
    }
    return text;
  });
}

const run = fc.record({
  text: fc.stringMatching(/^[ \t\r\nab\u00a0.]{0,12}$/),
  marks: fc.option(fc.constantFrom<Mark[]>(['bold'], ['italic']), { nil: undefined }),
});

describe('collapseRunSpace', () => {
  it('collapses whitespace across runs as the character-by-character definition does, keeping no-break spaces', () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 8 }), (runs) => {
        const joined = collapseRunSpace(runs).map((r) => r.text).join('');
        expect(joined).toBe(reference(runs).join('').replace(/ +$/, ''));
        // Plain text normalises the same way (trim() also strips no-break spaces at the ends).
        if (!joined.includes('\u00a0')) expect(joined).toBe(normalizeSpace(runs.map((r) => r.text).join('')));
      }),
      { numRuns: 500 },
    );
  });
});
