/**
 * The text of each side of a change as the engine compared it, read from the drafts (pure, no
 * DOM, no i18n: the engine worker uses it too). Split and merged paragraphs are joined the way the
 * engine joins them (GROUP_JOINER), so a change's word diff reads back to exactly these texts.
 */
import type { Change, ParagraphRef } from '../../../shared/compare/types';
import { GROUP_JOINER } from '../../../shared/compare/assemble';
import { isParagraph, type Draft, type ParagraphBlock } from '../../../shared/model/draft';

/** The paragraph a change refers to. */
export function paragraphAt(draft: Draft, ref: ParagraphRef): ParagraphBlock {
  const b = draft.blocks[ref.index];
  if (!b || !isParagraph(b)) throw new Error(`No paragraph at block ${ref.index} of ${draft.label}`);
  return b;
}

/** The text of one side of a change (paragraphs of a split or merge joined). */
export const textOf = (draft: Draft, refs: Change['base']): string =>
  refs.length === 1 ? paragraphAt(draft, refs[0]!).text : refs.map((r) => paragraphAt(draft, r).text).join(GROUP_JOINER);
