/**
 * A long draft's document rendered a piece at a time: the first screenful at once, the rest
 * appended in later tasks, so no single task creates and lays out a 500-paragraph document (that
 * alone held the main thread for well over 50 ms). Pieces are cut by size, not by count, since a
 * paragraph may be a line or a page.
 */
import { Fragment, type Node } from 'prosemirror-model';

/** Characters (node size) shown before the first paint: more than a tall window holds. */
export const FIRST_PIECE = 4_000;
/** Characters appended per later task. */
export const NEXT_PIECE = 3_000;

/** The document cut into a first document and the top-level blocks to append after it, in order. */
export function docInPieces(doc: Node, first = FIRST_PIECE, next = NEXT_PIECE): { first: Node; rest: Fragment[] } {
  const blocks: Node[] = [];
  doc.forEach((b) => blocks.push(b));
  const pieces: Node[][] = [[]];
  let size = 0;
  let limit = first;
  for (const b of blocks) {
    const piece = pieces[pieces.length - 1]!;
    if (piece.length && size + b.nodeSize > limit) {
      pieces.push([b]);
      size = b.nodeSize;
      limit = next;
    } else {
      piece.push(b);
      size += b.nodeSize;
    }
  }
  const [head, ...tail] = pieces;
  return { first: tail.length ? doc.copy(Fragment.fromArray(head!)) : doc, rest: tail.map((p) => Fragment.fromArray(p)) };
}
