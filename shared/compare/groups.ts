/**
 * The one `AlignedGroup`: a change of a comparison resolved to the paragraphs themselves, with
 * its section change as the engine decided it. The tracker reads these (and so does anything
 * that needs the paragraphs of a change rather than their references).
 */
import type { Draft, ParagraphBlock } from '../model/draft';
import type { SectionRenames } from './sections';
import type { Change, ChangeKind, Comparison, DiffOp, ParagraphRef } from './types';

/** One aligned group of a comparison, resolved to the paragraphs themselves. */
export interface AlignedGroup {
  kind: ChangeKind;
  base: ParagraphBlock[];
  target: ParagraphBlock[];
  diff?: readonly DiffOp[];
  /** The engine's decision: the group left its section (see `Change.crossSection`). */
  crossSection?: boolean;
  standing?: 'downgrade' | 'upgrade';
  /** The comparison's reworded headings, for deciding about single paragraphs of the group. */
  sectionRenames?: SectionRenames;
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
  const renames = comparison.sectionRenames;
  return comparison.changes.map((c: Change) => {
    const group: AlignedGroup = { kind: c.kind, base: pickBase(c.base), target: pickTarget(c.target) };
    if (c.diff) group.diff = c.diff;
    if (c.crossSection) group.crossSection = true;
    if (c.standing) group.standing = c.standing;
    if (renames) group.sectionRenames = renames;
    return group;
  });
}
