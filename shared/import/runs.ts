/**
 * Helpers for inline runs. Importers collect runs while reading; structure recognition then
 * strips printed numbers and whitespace from the text, and the runs must follow so that they
 * keep concatenating to the block's text.
 */
import type { Mark, Run } from '../model/draft';

/** Joins neighbouring runs with the same marks and drops empty ones. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = out[out.length - 1];
    if (last && sameMarks(last.marks, run.marks)) {
      out[out.length - 1] = withMarks(last.text + run.text, last.marks);
    } else {
      out.push(withMarks(run.text, run.marks));
    }
  }
  return out;
}

/** The runs covering text[start, end) of their concatenation. */
export function sliceRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const run of runs) {
    const runEnd = pos + run.text.length;
    const from = Math.max(start, pos);
    const to = Math.min(end, runEnd);
    if (to > from) out.push(withMarks(run.text.slice(from - pos, to - pos), run.marks));
    pos = runEnd;
  }
  return mergeRuns(out);
}

/** Runs worth keeping on a block: only when some text carries a mark. */
export function meaningfulRuns(runs: readonly Run[]): Run[] | undefined {
  const merged = mergeRuns(runs);
  return merged.some((r) => r.marks && r.marks.length > 0) ? merged : undefined;
}

/** Concatenated text of runs. */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}

/**
 * Collapses whitespace (tabs, newlines, repeated spaces, no-break spaces kept) in runs the way
 * `normalizeSpace` does in plain text, so run text and block text stay equal.
 */
export function collapseRunSpace(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let prevSpace = true; // leading whitespace is dropped
  for (const run of runs) {
    // One regular expression per run, not a string built a character at a time: a 20 MB
    // paragraph would otherwise make millions of intermediate strings.
    let text = run.text.replace(/[ \t\r\n]+/g, ' ');
    if (prevSpace && text.startsWith(' ')) text = text.slice(1);
    if (text !== '') prevSpace = text.endsWith(' ');
    out.push(withMarks(text, run.marks));
  }
  // trailing space
  for (let i = out.length - 1; i >= 0; i--) {
    const run = out[i]!;
    const trimmed = run.text.replace(/ +$/, '');
    out[i] = withMarks(trimmed, run.marks);
    if (trimmed !== '') break;
  }
  return mergeRuns(out);
}

/** Same normalisation as `collapseRunSpace`, for plain strings. */
export function normalizeSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

function withMarks(text: string, marks: readonly Mark[] | undefined): Run {
  return marks && marks.length > 0 ? { text, marks: [...marks] } : { text };
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  // Most runs carry no mark or one: compared without sorting copies (a 20 MB paragraph has millions).
  if (x.length !== y.length) return false;
  if (x.length <= 1) return x[0] === y[0];
  return [...x].sort().join(',') === [...y].sort().join(',');
}
