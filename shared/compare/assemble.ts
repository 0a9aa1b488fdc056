/**
 * From matched paragraphs to the `Change` list: each group's kind (moved = outside the longest
 * order-preserving chain, or into another section), its redline, its section change and
 * standing, and the reading order (target order, deletions after their nearest preceding base
 * neighbour that stayed in place).
 */
import type { Pairing } from './align';
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

/** The references of a group's paragraphs (by ordinal on their side). */
function refs(ordinals: readonly number[], side: SideParagraphs): ParagraphRef[] {
  const out = new Array<ParagraphRef>(ordinals.length);
  for (let k = 0; k < ordinals.length; k++) out[k] = ref(side, ordinals[k]!);
  return out;
}

/** The text of a group's paragraphs (by ordinal on their side) read as one. */
function joinedText(ordinals: readonly number[], side: SideParagraphs): string {
  let text = side.blocks[ordinals[0]!]!.text;
  for (let k = 1; k < ordinals.length; k++) text += GROUP_JOINER + side.blocks[ordinals[k]!]!.text;
  return text;
}

/**
 * Groups outside the longest chain that keeps both base and target order are moves. Marks, by
 * the group's first target paragraph, the groups in the chain. `groupOfTarget` gives the groups
 * in target order without a sort (a group's first target paragraph is its own).
 */
function inOrderGroups(groupOfTarget: ReadonlyArray<Pairing | undefined>): Uint8Array {
  // Per group in target order: its first target and first base paragraph.
  const firstTargets = new Int32Array(groupOfTarget.length);
  const firstBases = new Int32Array(groupOfTarget.length);
  let n = 0;
  for (let t = 0; t < groupOfTarget.length; t++) {
    const g = groupOfTarget[t];
    if (g && g.target[0] === t) {
      firstTargets[n] = t;
      firstBases[n++] = g.base[0]!;
    }
  }
  const inOrder = new Uint8Array(groupOfTarget.length);
  for (const k of longestIncreasing(firstBases.subarray(0, n))) inOrder[firstTargets[k]!] = 1;
  return inOrder;
}

/** The language profiles the base's and the target's sections are read in (English when absent). */
type SideProfiles = [LanguageProfile?, LanguageProfile?];

function groupChange(
  g: Pairing,
  inOrder: boolean,
  base: SideParagraphs,
  target: SideParagraphs,
  options: CompareOptions,
  renames: SectionRenames,
  profiles: SideProfiles,
  codes: TokenCodes,
): Change {
  const bs = g.base;
  const ts = g.target;
  const b0 = base.blocks[bs[0]!]!;
  const t0 = target.blocks[ts[0]!]!;
  const baseSection = b0.section;
  const targetSection = t0.section;
  const oneToOne = bs.length === 1 && ts.length === 1;
  const sameKey = oneToOne && base.keys[bs[0]!] === target.keys[ts[0]!];
  const renumbered = !options.ignoreNumbering && oneToOne && b0.number !== t0.number;
  // Left its section: some piece of the group is not in the section its first base paragraph was.
  const baseKey = sectionKey(baseSection);
  let crossSection = false;
  for (let k = 1; k < bs.length && !crossSection; k++) {
    const section = base.blocks[bs[k]!]!.section;
    crossSection = section !== baseSection && sectionKey(section) !== baseKey;
  }
  for (let k = 0; k < ts.length && !crossSection; k++) crossSection = !sameSectionKey(baseKey, sectionKey(target.blocks[ts[k]!]!.section), renames);
  let kind: ChangeKind;
  if (bs.length > 1) kind = 'merged';
  else if (ts.length > 1) kind = 'split';
  else if (!inOrder || crossSection) kind = 'moved'; // in another section: moved, even without reordering
  else kind = sameKey && !renumbered ? 'unchanged' : 'modified';
  let diff: DiffOp[] | undefined;
  if (!sameKey) {
    const a = joinedText(bs, base);
    const b = joinedText(ts, target);
    if (a !== b) diff = diffWordsWith(a, b, options, codes);
  }
  const similarity = sameKey ? 1 : Math.min(1, g.similarity);
  // Each change made whole by one literal (a redline or not), not grown property by property.
  const change: Change = diff
    ? { kind, base: refs(bs, base), target: refs(ts, target), similarity, baseSection, targetSection, diff, crossSection }
    : { kind, base: refs(bs, base), target: refs(ts, target), similarity, baseSection, targetSection, crossSection };
  const standing = crossSection ? moveStanding(baseSection, targetSection, ...profiles) : null;
  if (standing) change.standing = standing;
  return change;
}

/** Builds the ordered change list covering every paragraph of both sides exactly once. */
export function assembleChanges(
  groups: readonly Pairing[],
  base: SideParagraphs,
  target: SideParagraphs,
  options: CompareOptions,
  renames: SectionRenames = [],
  profiles: SideProfiles = [],
): Change[] {
  const groupOfBase = new Array<Pairing | undefined>(base.keys.length);
  const groupOfTarget = new Array<Pairing | undefined>(target.keys.length);
  for (const g of groups) {
    for (const b of g.base) groupOfBase[b] = g;
    for (const t of g.target) groupOfTarget[t] = g;
  }
  const inOrder = inOrderGroups(groupOfTarget);
  // Each deletion follows the nearest earlier base paragraph whose group kept its place.
  const deletionsAfter = new Map<Pairing | null, number[]>();
  let anchor: Pairing | null = null;
  for (let b = 0; b < base.keys.length; b++) {
    const g = groupOfBase[b];
    if (g) {
      if (inOrder[g.target[0]!]) anchor = g;
      continue;
    }
    const list = deletionsAfter.get(anchor);
    if (list) list.push(b);
    else deletionsAfter.set(anchor, [b]);
  }
  const changes: Change[] = [];
  // The word diffs of this comparison share one token code set.
  const codes = new TokenCodes();
  const emitDeletions = (after: Pairing | null): void => {
    for (const b of deletionsAfter.get(after) ?? []) {
      changes.push({ kind: 'deleted', base: [ref(base, b)], target: [], similarity: 0, baseSection: base.blocks[b]!.section });
    }
  };
  emitDeletions(null);
  for (let t = 0; t < target.keys.length; t++) {
    const g = groupOfTarget[t];
    if (!g) {
      changes.push({ kind: 'inserted', base: [], target: [ref(target, t)], similarity: 0, targetSection: target.blocks[t]!.section });
    } else if (g.target[0] === t) {
      changes.push(groupChange(g, inOrder[t] === 1, base, target, options, renames, profiles, codes));
      emitDeletions(g);
    }
  }
  return changes;
}
