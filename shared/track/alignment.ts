/**
 * The tracker's view of a comparison: the engine's aligned groups (`shared/compare/groups.ts`)
 * and the two texts a group's word diff stands between, so diff offsets can be used directly.
 */
import type { AlignedGroup } from '../compare/groups';
import type { DiffOp } from '../compare/types';
import type { ParagraphBlock } from '../model/draft';
import type { TrackedParagraph } from './types';

export { alignedGroups, paragraphsById, type AlignedGroup } from '../compare/groups';

/** The texts before and after a word diff. */
export function diffSides(diff: readonly DiffOp[]): { base: string; target: string } {
  let base = '';
  let target = '';
  for (const [op, text] of diff) {
    if (op !== '+') base += text;
    if (op !== '-') target += text;
  }
  return { base, target };
}

/** A run of changes in a diff: the base range it deletes and the target range it inserts. */
export interface Hunk {
  baseStart: number;
  baseEnd: number;
  targetStart: number;
  targetEnd: number;
}

/**
 * The hunks of a word diff. Changes separated only by spaces or punctuation form one hunk, so
 * "- should + could" and "- calls upon + invites" read as one replacement each.
 */
export function diffHunks(diff: readonly DiffOp[]): Hunk[] {
  const hunks: Hunk[] = [];
  let b = 0;
  let t = 0;
  let open: Hunk | null = null;
  for (let i = 0; i < diff.length; i++) {
    const [op, text] = diff[i]!;
    if (op === '=') {
      b += text.length;
      t += text.length;
      if (open === null) continue;
      const next = diff[i + 1];
      if (next !== undefined && next[0] !== '=' && /^[\s\p{P}]*$/u.test(text)) {
        open.baseEnd = b;
        open.targetEnd = t;
      } else {
        hunks.push(open);
        open = null;
      }
      continue;
    }
    open ??= { baseStart: b, baseEnd: b, targetStart: t, targetEnd: t };
    if (op === '-') b += text.length;
    else t += text.length;
    open.baseEnd = b;
    open.targetEnd = t;
  }
  if (open) hunks.push(open);
  return hunks;
}

/**
 * True for a group of one paragraph a side with the very same text: nothing in it can have
 * changed (its terms, brackets and wording are the same on both sides), only its place.
 */
export function sameText(group: AlignedGroup): boolean {
  return group.base.length === 1 && group.target.length === 1 && group.base[0]!.text === group.target[0]!.text;
}

/** A paragraph as reported. */
export function tracked(p: ParagraphBlock): TrackedParagraph {
  return { id: p.id, number: p.number, section: p.section };
}

/** A group's word diff read once: the texts on either side and its hunks. */
export interface GroupDiff {
  sides: { base: string; target: string };
  hunks: Hunk[];
}

// Events and hedging both read each changed group's diff. Keyed by the group object, which
// `alignedGroups` makes afresh for each comparison read, so nothing outlives the groups it serves.
const groupDiffs = new WeakMap<AlignedGroup, { diff: readonly DiffOp[]; parts: GroupDiff }>();

/** `diffSides` and `diffHunks` of a group's diff (null without one), computed once per group. */
export function groupDiff(group: AlignedGroup): GroupDiff | null {
  const diff = group.diff;
  if (!diff) return null;
  const memo = groupDiffs.get(group);
  if (memo && memo.diff === diff) return memo.parts;
  const parts = { sides: diffSides(diff), hunks: diffHunks(diff) };
  groupDiffs.set(group, { diff, parts });
  return parts;
}
