/**
 * Emphasis (bold, italic, underline) carried into the redline: UN texts italicise Latin terms
 * and resolution titles, and a blackline that drops them misquotes the draft. Kept and inserted
 * text takes the target paragraph's emphasis, deleted text the base paragraph's.
 */
import type { DiffOp } from '../compare/types';
import type { Block, Mark, Run } from '../model/draft';

/** A piece of a diff op with the emphasis of its source text. */
export interface MarkedOp {
  op: DiffOp[0];
  text: string;
  marks: readonly Mark[];
}

function runsOf(block: Block | undefined): readonly Run[] | null {
  return block?.runs && block.runs.some((r) => r.marks?.length) ? block.runs : null;
}

/** Cut `text`, which starts at `offset` in the runs' text, at run boundaries. */
function cut(text: string, offset: number, runs: readonly Run[] | null): { text: string; marks: readonly Mark[] }[] {
  if (!runs) return [{ text, marks: [] }];
  const out: { text: string; marks: readonly Mark[] }[] = [];
  let runStart = 0;
  let pos = offset;
  let rest = text;
  for (const run of runs) {
    const runEnd = runStart + run.text.length;
    if (rest && pos < runEnd && pos >= runStart) {
      const take = Math.min(rest.length, runEnd - pos);
      out.push({ text: rest.slice(0, take), marks: run.marks ?? [] });
      rest = rest.slice(take);
      pos += take;
    }
    runStart = runEnd;
  }
  if (rest) out.push({ text: rest, marks: [] });
  return out;
}

/**
 * The ops with emphasis, where the ops spell the blocks' texts exactly (a piece of a split or
 * merge does not, and is left plain rather than guessed).
 */
export function markOps(ops: readonly DiffOp[], base: Block | undefined, target: Block | undefined): MarkedOp[] {
  const spelled = (keep: '+' | '-'): string => ops.filter(([op]) => op !== keep).map(([, t]) => t).join('');
  const bRuns = base && spelled('+') === base.text ? runsOf(base) : null;
  const tRuns = target && spelled('-') === target.text ? runsOf(target) : null;
  if (!bRuns && !tRuns) return ops.map(([op, text]) => ({ op, text, marks: [] }));
  const out: MarkedOp[] = [];
  let b = 0;
  let t = 0;
  for (const [op, text] of ops) {
    const pieces = op === '-' ? cut(text, b, bRuns) : cut(text, t, tRuns);
    for (const p of pieces) out.push({ op, text: p.text, marks: p.marks });
    if (op !== '+') b += text.length;
    if (op !== '-') t += text.length;
  }
  return out;
}
