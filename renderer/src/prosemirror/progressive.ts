/**
 * A long draft's document rendered a piece at a time: the first screenful in the frame after the
 * draft is picked, the rest appended in later tasks, so no single task converts, creates and lays
 * out a 500-paragraph document (that alone held the main thread for well over 50 ms). Pieces are
 * cut by size, not by count, since a paragraph may be a line or a page, and each piece is
 * converted only when its turn comes.
 */
import type { Fragment, Node } from 'prosemirror-model';
import type { Block, Draft } from '../../../shared/model/draft';
import { draftToDoc } from './draft-doc';

/** Characters shown in the first piece: more than a tall window holds. */
export const FIRST_PIECE = 4_000;
/** Characters appended per later task. */
export const NEXT_PIECE = 3_000;

/** The draft's blocks cut into pieces of about `first`, then `next`, characters (at least one block each). */
export function blockPieces(blocks: readonly Block[], first = FIRST_PIECE, next = NEXT_PIECE): Block[][] {
  const pieces: Block[][] = [[]];
  let size = 0;
  let limit = first;
  for (const b of blocks) {
    const piece = pieces[pieces.length - 1]!;
    const n = b.text.length + 2;
    if (piece.length && size + n > limit) {
      pieces.push([b]);
      size = n;
      limit = next;
    } else {
      piece.push(b);
      size += n;
    }
  }
  return pieces;
}

/** The first piece as a document, and the later ones as the blocks to append, converted on demand. */
export function draftInPieces(draft: Draft, first = FIRST_PIECE, next = NEXT_PIECE): { first: Node; rest: (() => Fragment)[] } {
  const [head, ...tail] = blockPieces(draft.blocks, first, next);
  return {
    first: draftToDoc({ ...draft, blocks: head! }),
    rest: tail.map((blocks) => () => draftToDoc({ ...draft, blocks }).content),
  };
}
