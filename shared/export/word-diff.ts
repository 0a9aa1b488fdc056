/**
 * A word-level diff for the exporters' own needs: split and merged paragraphs (the engine gives
 * one diff for the whole group) and engine diffs that do not spell out both texts exactly
 * (an "ignore case" comparison). Tokens are words, runs of spaces and single punctuation marks,
 * so a change never cuts a word in half.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { DiffOp } from '../compare/types';

const TOKEN = /\s+|[\p{L}\p{N}\p{M}’'-]+|[^\s\p{L}\p{N}\p{M}]/gu;

/** The text cut into words, spaces and punctuation; the pieces concatenate to `text`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** A word diff from `base` to `target`: '=' and '-' spell `base`, '=' and '+' spell `target`. */
export function wordDiff(base: string, target: string): DiffOp[] {
  if (base === target) return base ? [['=', base]] : [];
  const codes = new Map<string, string>();
  const words: string[] = [];
  const encode = (tokens: string[]): string =>
    tokens
      .map((t) => {
        let c = codes.get(t);
        if (c === undefined) {
          // Private-use and beyond: one UTF-16 unit per distinct token, as in diff_linesToChars_.
          c = String.fromCharCode(words.length + 0x100);
          codes.set(t, c);
          words.push(t);
        }
        return c;
      })
      .join('');
  const a = encode(tokenize(base));
  const b = encode(tokenize(target));
  // Past the surrogate range one token no longer fits one UTF-16 unit: fall back to a replacement.
  if (words.length > 0xd800 - 0x100) return [['-', base], ['+', target]];
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0.5;
  const diffs = dmp.diff_main(a, b, false);
  dmp.diff_cleanupSemantic(diffs);
  const ops: DiffOp[] = [];
  for (const [op, chars] of diffs) {
    let text = '';
    for (let i = 0; i < chars.length; i++) text += words[chars.charCodeAt(i) - 0x100] ?? '';
    pushOp(ops, op === 0 ? '=' : op < 0 ? '-' : '+', text);
  }
  return ops;
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
