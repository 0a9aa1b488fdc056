/**
 * Redline helpers that views and exporters share: the two texts a diff stands between, and
 * checks that a diff really leads from one to the other.
 */
import type { DiffOp } from './types';

/** The target text: keep equal and inserted text, drop deletions (accept every change). */
export function acceptAll(diff: readonly DiffOp[]): string {
  let s = '';
  for (const [op, text] of diff) if (op !== '-') s += text;
  return s;
}

/** The base text: keep equal and deleted text, drop insertions (reject every change). */
export function rejectAll(diff: readonly DiffOp[]): string {
  let s = '';
  for (const [op, text] of diff) if (op !== '+') s += text;
  return s;
}

/**
 * Applies a diff to the base text and returns the target text. Throws when the diff was not
 * made from this base, so a stale redline is never silently applied to the wrong text.
 */
export function applyDiff(base: string, diff: readonly DiffOp[]): string {
  if (rejectAll(diff) !== base) throw new Error('the diff was not made from this base text');
  return acceptAll(diff);
}

/** The same changes read the other way: from the target back to the base. */
export function invertDiff(diff: readonly DiffOp[]): DiffOp[] {
  return diff.map(([op, text]): DiffOp => [op === '+' ? '-' : op === '-' ? '+' : '=', text]);
}

/**
 * Accepts some changes and rejects the others. `accept(i)` is asked for each change operation
 * (by its index in the diff); the result is the text a drafter gets after deciding.
 */
export function resolveDiff(diff: readonly DiffOp[], accept: (index: number) => boolean): string {
  let s = '';
  diff.forEach(([op, text], i) => {
    if (op === '=' || (op === '+' && accept(i)) || (op === '-' && !accept(i))) s += text;
  });
  return s;
}

/** True when the diff contains at least one insertion or deletion. */
export function hasChanges(diff: readonly DiffOp[]): boolean {
  return diff.some(([op]) => op !== '=');
}
