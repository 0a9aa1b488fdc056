/** Comparing two drafts: alignment, redlines and summary in one `Comparison`. */
import { alignParagraphs } from './align';
import { alignByIds, pairedByIds } from './align-ids';
import { assembleChanges, GROUP_JOINER, type SideParagraphs } from './assemble';
import { summarize } from './summary';
import { sectionRenames } from './sections';
import { normalizeText } from './text';
import { defaultCompareOptions, type Change, type CompareOptions, type Comparison, type ParagraphRef } from './types';
import { isParagraph, type Draft, type ParagraphBlock } from '../model/draft';
import { draftProfile } from '../model/structure-words';

function sideParagraphs(draft: Draft, options: CompareOptions): SideParagraphs {
  const all = draft.blocks;
  let n = 0;
  for (let index = 0; index < all.length; index++) if (isParagraph(all[index]!)) n++;
  // Made at their length (no growing by push).
  const blocks = new Array<ParagraphBlock>(n);
  const indexes = new Int32Array(n);
  const keys = new Array<string>(n);
  let k = 0;
  for (let index = 0; index < all.length; index++) {
    const block = all[index]!;
    if (!isParagraph(block)) continue;
    indexes[k] = index;
    blocks[k] = block;
    keys[k++] = normalizeText(block.text, options);
  }
  return { blocks, indexes, keys };
}

const textOf = (block: ParagraphBlock): string => block.text;

/**
 * Compares a base draft with a target draft: every paragraph of both drafts appears once in
 * `changes`, in the target's reading order, with its kind, redline and section.
 */
export function compareDrafts(base: Draft, target: Draft, options: Partial<CompareOptions> = {}): Comparison {
  const opts: CompareOptions = { ...defaultCompareOptions, ...options };
  const bs = sideParagraphs(base, opts);
  const ts = sideParagraphs(target, opts);
  // A working draft and its base share paragraph ids: the ids are the alignment.
  const groups = pairedByIds(base, target)
    ? alignByIds(bs.blocks, ts.blocks)
    : alignParagraphs(bs.keys, ts.keys, bs.blocks.map(textOf), ts.blocks.map(textOf));
  const renames = sectionRenames(base, target);
  const changes = assembleChanges(groups, bs, ts, opts, renames, [draftProfile(base), draftProfile(target)]);
  const textAt = (draft: Draft, i: number): string => {
    const b = draft.blocks[i];
    return b ? b.text : '';
  };
  // One paragraph's text as it is (most changes): no array and no join for it.
  const joined = (draft: Draft, refs: readonly ParagraphRef[]): string =>
    refs.length === 1 ? textAt(draft, refs[0]!.index) : refs.map((r) => textAt(draft, r.index)).join(GROUP_JOINER);
  const text = (c: Change, side: 'base' | 'target'): string => (side === 'base' ? joined(base, c.base) : joined(target, c.target));
  return {
    baseId: base.id,
    targetId: target.id,
    options: opts,
    changes,
    summary: summarize(changes, text),
    ...(renames.length > 0 ? { sectionRenames: renames.map(([b, t]): [string, string] => [b, t]) } : {}),
  };
}
