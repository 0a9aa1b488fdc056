/**
 * The tracker's view of a comparison: aligned groups of paragraph blocks (not just refs), and the
 * two texts the group's word diff stands between, so diff offsets can be used directly.
 */
import type { Change, ChangeKind, Comparison, DiffOp, ParagraphRef } from '../compare/types';
import type { Draft, ParagraphBlock } from '../model/draft';
import type { TrackedParagraph } from './types';

/** One aligned group of a comparison, resolved to the paragraphs themselves. */
export interface AlignedGroup {
  kind: ChangeKind;
  base: ParagraphBlock[];
  target: ParagraphBlock[];
  diff?: readonly DiffOp[];
}

/** Index a draft's paragraphs by id. */
export function paragraphsById(draft: Draft): Map<string, ParagraphBlock> {
  const map = new Map<string, ParagraphBlock>();
  for (const b of draft.blocks) if (b.kind === 'paragraph') map.set(b.id, b);
  return map;
}

/** Resolves a comparison's refs against one draft; the id index is built only if an index disagrees. */
function resolver(draft: Draft): (refs: readonly ParagraphRef[]) => ParagraphBlock[] {
  let byId: Map<string, ParagraphBlock> | null = null;
  const one = (ref: ParagraphRef): ParagraphBlock | undefined => {
    const at = draft.blocks[ref.index];
    // Trust the index when it agrees with the id; otherwise the id is the identity.
    if (at && at.kind === 'paragraph' && at.id === ref.id) return at;
    return (byId ??= paragraphsById(draft)).get(ref.id);
  };
  return (refs) => {
    // Most groups hold one paragraph a side: an array of exactly that size.
    if (refs.length === 1) {
      const p = one(refs[0]!);
      return p ? [p] : [];
    }
    const out: ParagraphBlock[] = [];
    for (const ref of refs) {
      const p = one(ref);
      if (p !== undefined) out.push(p);
    }
    return out;
  };
}

/** The groups of a comparison between `base` and `target`, paragraphs resolved. */
export function alignedGroups(comparison: Comparison, base: Draft, target: Draft): AlignedGroup[] {
  const pickBase = resolver(base);
  const pickTarget = resolver(target);
  return comparison.changes.map((c: Change) => {
    const group: AlignedGroup = { kind: c.kind, base: pickBase(c.base), target: pickTarget(c.target) };
    if (c.diff) group.diff = c.diff;
    return group;
  });
}

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
