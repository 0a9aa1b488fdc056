/**
 * From matched paragraphs to the `Change` list: each group's kind (moved = outside the longest
 * order-preserving chain, or into another section), its redline, its section change and
 * standing, and the reading order (target order, deletions after their nearest preceding base
 * neighbour that stayed in place).
 */
import type { Groups } from './align';
import { longestIncreasing } from './lis';
import { moveStanding, sameSectionKey, sectionKey, type SectionRenames } from './sections';
import { diffWordsWith, TokenCodes } from './worddiff';
import type { Change, ChangeKind, CompareOptions, DiffOp, ParagraphRef } from './types';
import type { ParagraphBlock } from '../model/draft';
import type { LanguageProfile } from '../lang/types';

/**
 * The paragraphs of one side, by ordinal (position among the draft's paragraphs): each one's
 * block, its index in `draft.blocks` and its normalised text, in parallel arrays (no object per
 * paragraph).
 */
export interface SideParagraphs {
  blocks: ParagraphBlock[];
  /** Index in `draft.blocks`. */
  indexes: Int32Array;
  keys: string[];
}

/** Pieces of a split or merge are read as one text, joined by a line break. */
export const GROUP_JOINER = '\n';

/** The reference of paragraph `i` of a side. */
function ref(side: SideParagraphs, i: number): ParagraphRef {
  const block = side.blocks[i]!;
  return { index: side.indexes[i]!, id: block.id, number: block.number };
}

/** The references of a group's paragraphs: the ordinals `ordinals[from, to)` of their side. */
function refs(ordinals: Int32Array, from: number, to: number, side: SideParagraphs): ParagraphRef[] {
  const out = new Array<ParagraphRef>(to - from);
  for (let k = from; k < to; k++) out[k - from] = ref(side, ordinals[k]!);
  return out;
}

/** The text of a group's paragraphs (the ordinals `ordinals[from, to)` of their side) read as one. */
function joinedText(ordinals: Int32Array, from: number, to: number, side: SideParagraphs): string {
  let text = side.blocks[ordinals[from]!]!.text;
  for (let k = from + 1; k < to; k++) text += GROUP_JOINER + side.blocks[ordinals[k]!]!.text;
  return text;
}

/**
 * Groups outside the longest chain that keeps both base and target order are moves. Marks, by
 * the group's first target paragraph, the groups in the chain. `groupOfTarget` gives the groups
 * in target order without a sort (a group's first target paragraph is its own).
 */
function inOrderGroups(groups: Groups, groupOfTarget: Int32Array): Uint8Array {
  // Per group in target order: its first target and first base paragraph.
  const firstTargets = new Int32Array(groupOfTarget.length);
  const firstBases = new Int32Array(groupOfTarget.length);
  let n = 0;
  for (let t = 0; t < groupOfTarget.length; t++) {
    const g = groupOfTarget[t]!;
    if (g !== -1 && groups.firstTarget(g) === t) {
      firstTargets[n] = t;
      firstBases[n++] = groups.firstBase(g);
    }
  }
  const inOrder = new Uint8Array(groupOfTarget.length);
  for (const k of longestIncreasing(firstBases.subarray(0, n))) inOrder[firstTargets[k]!] = 1;
  return inOrder;
}

/** The language profiles the base's and the target's sections are read in (English when absent). */
type SideProfiles = [LanguageProfile?, LanguageProfile?];

function groupChange(
  groups: Groups,
  g: number,
  inOrder: boolean,
  base: SideParagraphs,
  target: SideParagraphs,
  options: CompareOptions,
  renames: SectionRenames,
  profiles: SideProfiles,
  codes: TokenCodes,
): Change {
  const { bases, targets } = groups;
  const bFrom = groups.baseFrom[g]!;
  const bTo = groups.baseFrom[g + 1]!;
  const tFrom = groups.targetFrom[g]!;
  const tTo = groups.targetFrom[g + 1]!;
  const b0 = bases[bFrom]!;
  const t0 = targets[tFrom]!;
  const baseBlock = base.blocks[b0]!;
  const targetBlock = target.blocks[t0]!;
  const baseSection = baseBlock.section;
  const targetSection = targetBlock.section;
  const oneToOne = bTo - bFrom === 1 && tTo - tFrom === 1;
  const sameKey = oneToOne && base.keys[b0] === target.keys[t0];
  const renumbered = !options.ignoreNumbering && oneToOne && baseBlock.number !== targetBlock.number;
  // Left its section: some piece of the group is not in the section its first base paragraph was.
  const baseKey = sectionKey(baseSection);
  let crossSection = false;
  for (let k = bFrom + 1; k < bTo && !crossSection; k++) {
    const section = base.blocks[bases[k]!]!.section;
    crossSection = section !== baseSection && sectionKey(section) !== baseKey;
  }
  for (let k = tFrom; k < tTo && !crossSection; k++) crossSection = !sameSectionKey(baseKey, sectionKey(target.blocks[targets[k]!]!.section), renames);
  let kind: ChangeKind;
  if (bTo - bFrom > 1) kind = 'merged';
  else if (tTo - tFrom > 1) kind = 'split';
  else if (!inOrder || crossSection) kind = 'moved'; // in another section: moved, even without reordering
  else kind = sameKey && !renumbered ? 'unchanged' : 'modified';
  let diff: DiffOp[] | undefined;
  if (!sameKey) {
    const a = joinedText(bases, bFrom, bTo, base);
    const b = joinedText(targets, tFrom, tTo, target);
    if (a !== b) diff = diffWordsWith(a, b, options, codes);
  }
  const similarity = sameKey ? 1 : Math.min(1, groups.sims[g]!);
  // Each change made whole by one literal (a redline or not), not grown property by property.
  const change: Change = diff
    ? { kind, base: refs(bases, bFrom, bTo, base), target: refs(targets, tFrom, tTo, target), similarity, baseSection, targetSection, diff, crossSection }
    : { kind, base: refs(bases, bFrom, bTo, base), target: refs(targets, tFrom, tTo, target), similarity, baseSection, targetSection, crossSection };
  const standing = crossSection ? moveStanding(baseSection, targetSection, ...profiles) : null;
  if (standing) change.standing = standing;
  return change;
}

/** Builds the ordered change list covering every paragraph of both sides exactly once. */
export function assembleChanges(
  groups: Groups,
  base: SideParagraphs,
  target: SideParagraphs,
  options: CompareOptions,
  renames: SectionRenames = [],
  profiles: SideProfiles = [],
): Change[] {
  // The group of each paragraph (-1: none).
  const groupOfBase = new Int32Array(base.keys.length).fill(-1);
  const groupOfTarget = new Int32Array(target.keys.length).fill(-1);
  for (let g = 0; g < groups.size; g++) {
    for (let k = groups.baseFrom[g]!; k < groups.baseFrom[g + 1]!; k++) groupOfBase[groups.bases[k]!] = g;
    for (let k = groups.targetFrom[g]!; k < groups.targetFrom[g + 1]!; k++) groupOfTarget[groups.targets[k]!] = g;
  }
  const inOrder = inOrderGroups(groups, groupOfTarget);
  // Each deletion follows the nearest earlier base paragraph whose group kept its place (-1: none, the deletion comes first).
  const deletionsAfter = new Map<number, number[]>();
  let anchor = -1;
  for (let b = 0; b < base.keys.length; b++) {
    const g = groupOfBase[b]!;
    if (g !== -1) {
      if (inOrder[groups.firstTarget(g)]) anchor = g;
      continue;
    }
    const list = deletionsAfter.get(anchor);
    if (list) list.push(b);
    else deletionsAfter.set(anchor, [b]);
  }
  const changes: Change[] = [];
  // The word diffs of this comparison share one token code set.
  const codes = new TokenCodes();
  const emitDeletions = (after: number): void => {
    for (const b of deletionsAfter.get(after) ?? []) {
      changes.push({ kind: 'deleted', base: [ref(base, b)], target: [], similarity: 0, baseSection: base.blocks[b]!.section });
    }
  };
  emitDeletions(-1);
  for (let t = 0; t < target.keys.length; t++) {
    const g = groupOfTarget[t]!;
    if (g === -1) {
      changes.push({ kind: 'inserted', base: [], target: [ref(target, t)], similarity: 0, targetSection: target.blocks[t]!.section });
    } else if (groups.firstTarget(g) === t) {
      changes.push(groupChange(groups, g, inOrder[t] === 1, base, target, options, renames, profiles, codes));
      emitDeletions(g);
    }
  }
  return changes;
}
