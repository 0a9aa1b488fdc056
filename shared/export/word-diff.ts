/**
 * Word diffs for the exporters' own needs: split and merged paragraphs (the engine gives one diff
 * for the whole group) and engine diffs that do not spell out both texts exactly (an "ignore case"
 * comparison). Always the engine's own word diff, so exports and views read the same.
 */
import { diffWords } from '../compare/worddiff';
import type { DiffOp } from '../compare/types';

/** Exact comparison: every difference of the texts is a change in the export. */
const EXACT = { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: false, ignoreNumbering: false };

/** A word diff from `base` to `target`: '=' and '-' spell `base`, '=' and '+' spell `target`. */
export function wordDiff(base: string, target: string): DiffOp[] {
  return diffWords(base, target, EXACT);
}

/** Append an op, merging it with the last one of the same kind; empty texts are dropped. */
export function pushOp(ops: DiffOp[], op: DiffOp[0], text: string): void {
  if (!text) return;
  const last = ops[ops.length - 1];
  if (last && last[0] === op) ops[ops.length - 1] = [op, last[1] + text];
  else ops.push([op, text]);
}

/** True when the ops spell exactly `base` (kept + deleted) and `target` (kept + inserted). */
export function spells(ops: readonly DiffOp[], base: string, target: string): boolean {
  let b = '';
  let t = '';
  for (const [op, text] of ops) {
    if (op !== '+') b += text;
    if (op !== '-') t += text;
  }
  return b === base && t === target;
}

/** The engine's diff when it spells both texts exactly, else a word diff of our own. */
export function exactDiff(ops: readonly DiffOp[] | undefined, base: string, target: string): DiffOp[] {
  if (ops && spells(ops, base, target)) return ops.slice();
  return wordDiff(base, target);
}
