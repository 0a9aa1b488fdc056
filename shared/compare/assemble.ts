/**
 * From matched paragraphs to the `Change` list: each group's kind (moved = outside the longest
 * order-preserving chain, or into another section), its redline, its section change and
 * standing, and the reading order (target order, deletions after their nearest preceding base
 * neighbour that stayed in place).
 */
import type { Pairing } from './align';
import { longestIncreasing } from './lis';
import { moveStanding, sameSectionKey, sectionKey, type SectionRenames } from './sections';
import { diffWords, TokenCodes } from './worddiff';
import type { Change, ChangeKind, CompareOptions, DiffOp, ParagraphRef } from './types';
import type { ParagraphBlock } from '../model/draft';
import type { LanguageProfile } from '../lang/types';

/** A paragraph of one side with where it stands and its normalised text. */
export interface SideParagraph {
  block: ParagraphBlock;
  /** Index in `draft.blocks`. */
  index: number;
  key: string;
}

/** Pieces of a split or merge are read as one text, joined by a line break. */
export const GROUP_JOINER = '\n';

const ref = (p: SideParagraph): ParagraphRef => ({ index: p.index, id: p.block.id, number: p.block.number });

/** The references of a group's paragraphs. */
function refs(ps: readonly SideParagraph[]): ParagraphRef[] {
  const out = new Array<ParagraphRef>(ps.length);
  for (let k = 0; k < ps.length; k++) out[k] = ref(ps[k]!);
  return out;
}

/** The paragraphs of one side of a group. */
function sideOf(ordinals: readonly number[], side: readonly SideParagraph[]): SideParagraph[] {
  const out = new Array<SideParagraph>(ordinals.length);
  for (let k = 0; k < ordinals.length; k++) out[k] = side[ordinals[k]!]!;
  return out;
}

/** The text of a group's paragraphs read as one. */
function joinedText(ps: readonly SideParagraph[]): string {
  let text = ps[0]!.block.text;
  for (let k = 1; k < ps.length; k++) text += GROUP_JOINER + ps[k]!.block.text;
  return text;
}

/**
 * Groups outside the longest chain that keeps both base and target order are moves. Marks, by
 * the group's first target paragraph, the groups in the chain. `groupOfTarget` gives the groups
 * in target order without a sort (a group's first target paragraph is its own).
 */
function inOrderGroups(groupOfTarget: ReadonlyArray<Pairing | undefined>): Uint8Array {
  const sorted: Pairing[] = [];
  for (let t = 0; t < groupOfTarget.length; t++) {
    const g = groupOfTarget[t];
    if (g && g.target[0] === t) sorted.push(g);
  }
  const firstBases = new Array<number>(sorted.length);
  for (let k = 0; k < sorted.length; k++) firstBases[k] = sorted[k]!.base[0]!;
  const inOrder = new Uint8Array(groupOfTarget.length);
  for (const k of longestIncreasing(firstBases)) inOrder[sorted[k]!.target[0]!] = 1;
  return inOrder;
}

/** The language profiles the base's and the target's sections are read in (English when absent). */
type SideProfiles = [LanguageProfile?, LanguageProfile?];

function groupChange(
  g: Pairing,
  inOrder: boolean,
  base: readonly SideParagraph[],
  target: readonly SideParagraph[],
  options: CompareOptions,
  renames: SectionRenames,
  profiles: SideProfiles,
  codes: TokenCodes,
): Change {
  const bs = sideOf(g.base, base);
  const ts = sideOf(g.target, target);
  const baseSection = bs[0]!.block.section;
  const targetSection = ts[0]!.block.section;
  const sameKey = bs.length === 1 && ts.length === 1 && bs[0]!.key === ts[0]!.key;
  const renumbered = !options.ignoreNumbering && bs.length === 1 && ts.length === 1 && bs[0]!.block.number !== ts[0]!.block.number;
  // Left its section: some piece of the group is not in the section its first base paragraph was.
  const baseKey = sectionKey(baseSection);
  let crossSection = false;
  for (let k = 1; k < bs.length && !crossSection; k++) {
    const section = bs[k]!.block.section;
    crossSection = section !== baseSection && sectionKey(section) !== baseKey;
  }
  for (let k = 0; k < ts.length && !crossSection; k++) crossSection = !sameSectionKey(baseKey, sectionKey(ts[k]!.block.section), renames);
  let kind: ChangeKind;
  if (bs.length > 1) kind = 'merged';
  else if (ts.length > 1) kind = 'split';
  else if (!inOrder || crossSection) kind = 'moved'; // in another section: moved, even without reordering
  else kind = sameKey && !renumbered ? 'unchanged' : 'modified';
  let diff: DiffOp[] | undefined;
  if (!sameKey) {
    const a = joinedText(bs);
    const b = joinedText(ts);
    if (a !== b) diff = diffWords(a, b, options, codes);
  }
  const similarity = sameKey ? 1 : Math.min(1, g.similarity);
  // Each change made whole by one literal (a redline or not), not grown property by property.
  const change: Change = diff
    ? { kind, base: refs(bs), target: refs(ts), similarity, baseSection, targetSection, diff, crossSection }
    : { kind, base: refs(bs), target: refs(ts), similarity, baseSection, targetSection, crossSection };
  const standing = crossSection ? moveStanding(baseSection, targetSection, ...profiles) : null;
  if (standing) change.standing = standing;
  return change;
}

/** Builds the ordered change list covering every paragraph of both sides exactly once. */
export function assembleChanges(
  groups: readonly Pairing[],
  base: readonly SideParagraph[],
  target: readonly SideParagraph[],
  options: CompareOptions,
  renames: SectionRenames = [],
  profiles: SideProfiles = [],
): Change[] {
  const groupOfBase = new Array<Pairing | undefined>(base.length);
  const groupOfTarget = new Array<Pairing | undefined>(target.length);
  for (const g of groups) {
    for (const b of g.base) groupOfBase[b] = g;
    for (const t of g.target) groupOfTarget[t] = g;
  }
  const inOrder = inOrderGroups(groupOfTarget);
  // Each deletion follows the nearest earlier base paragraph whose group kept its place.
  const deletionsAfter = new Map<Pairing | null, number[]>();
  let anchor: Pairing | null = null;
  for (let b = 0; b < base.length; b++) {
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
      const p = base[b]!;
      changes.push({ kind: 'deleted', base: [ref(p)], target: [], similarity: 0, baseSection: p.block.section });
    }
  };
  emitDeletions(null);
  for (let t = 0; t < target.length; t++) {
    const g = groupOfTarget[t];
    if (!g) {
      const p = target[t]!;
      changes.push({ kind: 'inserted', base: [], target: [ref(p)], similarity: 0, targetSection: p.block.section });
    } else if (g.target[0] === t) {
      changes.push(groupChange(g, inOrder[t] === 1, base, target, options, renames, profiles, codes));
      emitDeletions(g);
    }
  }
  return changes;
}
