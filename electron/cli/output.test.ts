/**
 * The command line's text for people: compare's word-diff hunks with context (as `git diff
 * --word-diff` prints them), colour only when wanted, and progress bars only on a terminal.
 */
import { describe, expect, it } from 'vitest';
import { diffWords } from '../../shared/compare/worddiff';
import type { Change } from '../../shared/compare/types';
import { palette } from './color';
import { changeHeader, hunkLines } from './commands/compare-text';
import { main } from './main';
import { capture } from './testing/capture';
import { progressBar, progressLine } from './progress';

const plain = palette(false);

describe('compare hunks', () => {
  it('shows each hunk with a few words of context on each side, and cuts the rest', () => {
    const a = 'States expressed serious concern that malicious ICT activities by State and non-State actors have increased in scope and scale since the previous report was adopted.';
    const b = 'States expressed serious concern that malicious ICT activities by State and non-State actors have sharply increased in scope and scale since the previous report was adopted.';
    expect(hunkLines(diffWords(a, b), plain)).toEqual(['…and non-State actors have {+sharply +}increased in scope and…']);
  });

  it('joins hunks close together into one line and keeps far ones apart', () => {
    const a = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    const b = 'one two THREE four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen EIGHTEEN nineteen twenty';
    const far = hunkLines(diffWords(a, b), plain);
    expect(far).toEqual(['one two [-three-]{+THREE+} four five six seven…', '…fourteen fifteen sixteen seventeen [-eighteen-]{+EIGHTEEN+} nineteen twenty']);
    const c = 'one two THREE four five SIX seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty';
    expect(hunkLines(diffWords(a, c), plain)).toEqual(['one two [-three-]{+THREE+} four five [-six-]{+SIX+} seven eight nine ten…']);
  });

  it('prints no empty hunk where only spacing or the line between merged paragraphs changed', () => {
    const merged = hunkLines(diffWords('The Group met twice.\nIt adopted a report.', 'The Group met twice. It adopted a report.'), plain);
    expect(merged).toEqual([]);
    const lines = hunkLines(diffWords('The Group met twice.\nIt adopted a report.', 'The Group met three times. It adopted a report.'), plain);
    expect(lines).toEqual(['The Group met [-twice. ¶ -]{+three times. +}It adopted a report.']);
    for (const l of lines) expect(l).not.toMatch(/\[--\]|\{\+\+\}|\[-\s+-\]|\{\+\s+\+\}/);
  });

  it('names moves, splits and merges with both numbers and the sections they left and entered', () => {
    const moved: Change = {
      kind: 'moved',
      base: [{ index: 30, id: 'p25', number: '25' }],
      target: [{ index: 27, id: 'p23', number: '23' }],
      similarity: 0.8,
      crossSection: true,
      baseSection: ['B. Norms', 'Recommended next steps'],
      targetSection: ['B. Norms', 'Discussion'],
    };
    expect(changeHeader(moved)).toBe('moved ¶25 → ¶23, from “B. Norms › Recommended next steps” to “B. Norms › Discussion”');
    expect(changeHeader({ ...moved, kind: 'merged', base: [moved.base[0]!, { index: 31, id: 'p26', number: '26' }], crossSection: false })).toBe(
      'merged ¶25, 26 → ¶23, within “B. Norms › Discussion”',
    );
  });
});

describe('compare on the command line', () => {
  const files = ['compare', 'assets/demo/rev1.md', 'assets/demo/rev2.md'];
  const ESC = '\x1b[';

  it('prints readable hunks and no colour into a pipe', async () => {
    const io = capture({ stdoutTTY: false });
    expect(await main(files, io)).toBe(0);
    expect(io.stdout).not.toContain(ESC);
    expect(io.stdout).toMatch(/^moved ¶25 → ¶23, from “.*Recommended next steps” to “.*Discussion”$/m);
    expect(io.stdout).toContain('{+discussed+}');
    expect(io.stdout).not.toMatch(/\[--\]|\{\+\+\}/);
  });

  it('colours on a terminal, unless NO_COLOR or --color=never; --color=always forces it', async () => {
    const tty = capture({ stdoutTTY: true });
    expect(await main(files, tty)).toBe(0);
    expect(tty.stdout).toContain(`${ESC}31m[-`);
    expect(tty.stdout).toContain(`${ESC}32m{+`);
    const noColor = capture({ stdoutTTY: true, noColor: true });
    await main(files, noColor);
    expect(noColor.stdout).not.toContain(ESC);
    const never = capture({ stdoutTTY: true });
    await main([...files, '--color=never'], never);
    expect(never.stdout).not.toContain(ESC);
    const always = capture({ stdoutTTY: false, noColor: true });
    await main([...files, '--color'], always);
    expect(always.stdout).toContain(ESC);
    const bad = capture();
    expect(await main([...files, '--color=sometimes'], bad)).toBe(2);
    expect(bad.stderr).toMatch(/always, never or auto/);
  });
});

describe('progress bars', () => {
  it('draw on a terminal and erase themselves at the end', async () => {
    const io = capture({ stderrTTY: true, columns: 100 });
    expect(await main(['track', 'assets/demo/zero-draft.md', 'assets/demo/rev1.md', '--term', 'ransomware'], io)).toBe(0);
    expect(io.raw).toContain('Reading drafts [');
    expect(io.raw.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('stay silent where stderr is not a terminal', async () => {
    const io = capture({ stderrTTY: false });
    expect(await main(['track', 'assets/demo/zero-draft.md', 'assets/demo/rev1.md', '--term', 'ransomware'], io)).toBe(0);
    expect(io.raw).toBe('');
    expect(io.stderr).toBe('');
  });

  it('redraw at most ten times a second but always show the end, cut to the terminal width', () => {
    let t = 0;
    const io = capture({ stderrTTY: true, columns: 40 });
    const bar = progressBar(io, 'Work', () => t);
    for (let i = 0; i <= 100; i++) {
      t += 1;
      bar.update(i, 100, 'a long description of what is happening now');
    }
    expect(io.raw.split('\r\x1b[2K').filter(Boolean)).toHaveLength(2);
    expect(progressLine('Work', 5, 10, 'x', 200)).toBe('Work [############------------]  5/10  x');
    for (const line of io.raw.split('\r\x1b[2K').filter(Boolean)) expect(line.length).toBeLessThanOrEqual(39);
  });
});
