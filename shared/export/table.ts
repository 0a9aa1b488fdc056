/**
 * The side-by-side table of several drafts (the "four-column document" of negotiators): one row
 * per paragraph lineage, one column per draft, each cell marked against the column before it.
 * Rows come from the engine's Lineage (which includes the links people made by hand); headings,
 * which lineage does not follow, are matched by their text.
 */
import type { ChangeKind, DiffOp } from '../compare/types';
import type { Lineage } from '../compare/lineage';
import { nodeKey } from '../compare/lineage';
import { isParagraph, type Block, type Draft } from '../model/draft';
import { numberPrefix } from './redline-rows';
import { wordDiff } from './word-diff';

/** One draft's part of a row. */
export interface TableCell {
  /** Block indices in the draft (several after a split). */
  blocks: number[];
  /** The printed text ("12. …", paragraphs joined by "\n") against the previous column's cell. */
  ops: DiffOp[];
  /** How the lineage reached this draft ("moved", "split"…), when it says more than "modified". */
  kind: ChangeKind | 'linked' | null;
}

/** An empty cell: why the paragraph is not in this draft. */
export interface TableGap {
  /**
   * 'absent' before the paragraph's first draft, 'deleted' in the draft that dropped it, 'gone'
   * in later drafts, 'merged' when it joined the paragraph of another row.
   */
  reason: 'absent' | 'deleted' | 'gone' | 'merged';
  /** For merged: the printed number it merged into, if any. */
  into?: string | null;
}

/** One lineage across the chosen drafts. */
export interface TableRow {
  block: 'heading' | 'paragraph';
  cells: (TableCell | TableGap)[];
}

/** True for a cell holding text (not a gap). */
export function isCell(c: TableCell | TableGap): c is TableCell {
  return 'blocks' in c;
}

interface Building {
  block: 'heading' | 'paragraph';
  cells: (number[] | null)[];
  kinds: (ChangeKind | 'linked' | null)[];
  mergedInto: (string | null | undefined)[];
}

function printedBlock(block: Block): string {
  return `${numberPrefix(block)}${block.text}`;
}

/**
 * The rows of the side-by-side table of `drafts` (in column order), following `lineage`
 * (built by the engine over the same drafts, or over more of them).
 */
export function sideBySideRows(drafts: readonly Draft[], lineage: Lineage): TableRow[] {
  const n = drafts.length;
  const newRow = (block: Building['block']): Building => ({
    block,
    cells: new Array<number[] | null>(n).fill(null),
    kinds: new Array<ChangeKind | 'linked' | null>(n).fill(null),
    mergedInto: new Array<string | null | undefined>(n).fill(undefined),
  });
  const rowOf = new Map<string, Building>();
  let order: Building[] = [];

  drafts.forEach((draft, k) => {
    const live = new Set<Building>();
    const placed: Building[] = [];
    for (const [index, block] of draft.blocks.entries()) {
      let row: Building | undefined;
      let kind: ChangeKind | 'linked' | null = null;
      if (isParagraph(block)) {
        const links = (lineage.prev.get(nodeKey(draft.id, block.id)) ?? []).filter((l) => drafts.findIndex((d) => d.id === l.from.draftId) < k);
        const rows = links.map((l) => rowOf.get(nodeKey(l.from.draftId, l.from.id))).filter((r): r is Building => r !== undefined);
        row = rows.find((r) => r.cells[k] === null || live.has(r));
        kind = links[0]?.kind ?? null;
        // A merge: the other rows end here, pointing at the paragraph they joined.
        for (const other of rows) if (other !== row && other.cells[k] === null) other.mergedInto[k] = block.number;
      } else {
        const text = printedBlock(block);
        const sameText = (r: Building): boolean =>
          r.block === 'heading' &&
          r.cells[k] === null &&
          r.cells.some((c, j) => c !== null && j < k && printedBlock(drafts[j]!.blocks[c[0]!]!).replace(/^\S+\.\s/, '') === text.replace(/^\S+\.\s/, ''));
        row = order.find(sameText);
      }
      if (!row) row = newRow(isParagraph(block) ? 'paragraph' : 'heading');
      row.cells[k] = [...(row.cells[k] ?? []), index];
      row.kinds[k] = kind;
      if (isParagraph(block)) rowOf.set(nodeKey(draft.id, block.id), row);
      if (!live.has(row)) {
        live.add(row);
        placed.push(row);
      }
    }
    // Rows absent from this draft keep their place after the row that preceded them.
    const next: Building[] = [];
    const tails = new Map<Building | null, Building[]>();
    let prevLive: Building | null = null;
    for (const r of order) {
      if (live.has(r)) prevLive = r;
      else tails.set(prevLive, [...(tails.get(prevLive) ?? []), r]);
    }
    next.push(...(tails.get(null) ?? []));
    for (const r of placed) next.push(r, ...(tails.get(r) ?? []));
    order = next;
  });

  return order.map((r) => ({
    block: r.block,
    cells: r.cells.map((c, k): TableCell | TableGap => {
      if (c === null) {
        if (r.mergedInto[k] !== undefined) return { reason: 'merged', into: r.mergedInto[k] };
        if (k > 0 && r.cells[k - 1] !== null) return { reason: 'deleted' };
        return { reason: r.cells.slice(0, k).some((x) => x !== null) ? 'gone' : 'absent' };
      }
      const text = c.map((i) => printedBlock(drafts[k]!.blocks[i]!)).join('\n');
      const prev = k > 0 ? r.cells[k - 1] : null;
      const before = prev ? prev.map((i) => printedBlock(drafts[k - 1]!.blocks[i]!)).join('\n') : null;
      const ops: DiffOp[] = k === 0 ? [['=', text]] : before === null ? [['+', text]] : wordDiff(before, text);
      const kind = r.kinds[k] ?? null;
      return { blocks: c, ops, kind: kind === 'modified' || kind === 'unchanged' ? null : kind };
    }),
  }));
}
