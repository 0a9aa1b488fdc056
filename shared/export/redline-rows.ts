/**
 * The redline as a sequence of rows, one per paragraph of the printed blackline: the model every
 * redline writer (DOCX, HTML, PDF through HTML) draws. Each row spells its base and its target
 * text exactly, so "accept all" gives the target draft and "reject all" the base draft.
 *
 * The engine lists each paragraph once, at its target place; moved paragraphs also get a ghost row
 * (the deletion at the old place), and blocks the engine left out (headings, when it aligns only
 * paragraphs) are filled in by matching their printed text.
 */
import { exportStrings, fill, type ExportStrings } from './strings';
import type { ChangeKind, Comparison, DiffOp } from '../compare/types';
import type { Block, Draft } from '../model/draft';
import { allOf, blockAt, numberOps, numberPrefix, refOf, rowsOfChange, shape, where } from './change-rows';
import { wordDiff } from './word-diff';
import { longestIncreasing } from '../compare/lis';

export { numberPrefix, paragraphName } from './change-rows';

/** One side of a row: which block of which draft it shows. */
export interface RowRef {
  /** Index in `draft.blocks`. */
  index: number;
  id: string;
  number: string | null;
}

/** One paragraph of the blackline. */
export interface RedlineRow {
  /** The engine's kind of the group the row comes from (filled-in headings: unchanged/inserted/deleted). */
  kind: ChangeKind;
  block: 'paragraph' | 'heading';
  /** Heading level (1 = chapter) or paragraph level (0 = paragraph, 1 = subparagraph…). */
  level: number;
  base: RowRef | null;
  target: RowRef | null;
  /** The printed number ("12. ") as a diff: renumbering is a change of the number itself. */
  numberOps: DiffOp[];
  /** The text as revisions: kept + deleted spell the base text, kept + inserted the target text. */
  textOps: DiffOp[];
  /** Revision on the paragraph mark: an inserted or deleted paragraph, or a split/merge boundary. */
  mark: 'inserted' | 'deleted' | null;
  /** For a moved paragraph's new place: its word diff against the old text, for readers, not for accepting. */
  displayOps?: DiffOp[];
  /** What a reader should know about the row ("Moved from ¶14 (Zero draft)"). */
  note: string | null;
  /** True for the old place of a moved paragraph. */
  ghost: boolean;
}

function printed(block: Block): string {
  return `${block.kind}|${block.kind === 'heading' ? block.level : ''}|${numberPrefix(block)}${block.text}`;
}

/** Match blocks the engine left out, in order, by their printed text (headings, mostly). */
function matchUncovered(base: Draft, target: Draft, bFree: number[], tFree: number[]): Map<number, number> {
  const match = new Map<number, number>();
  let from = 0;
  for (const t of tFree) {
    const key = printed(target.blocks[t]!);
    const textKey = (b: Block): string => `${b.kind}|${b.text}`;
    let found = bFree.findIndex((b, i) => i >= from && printed(base.blocks[b]!) === key);
    if (found < 0) found = bFree.findIndex((b, i) => i >= from && textKey(base.blocks[b]!) === textKey(target.blocks[t]!));
    if (found >= 0) {
      match.set(t, bFree[found]!);
      from = found + 1;
    }
  }
  return match;
}

const isMovedTo = (x: RedlineRow): boolean => x.kind === 'moved' && !x.ghost;

/** True when base block `b` placed at `at` keeps the base order of the rows around it. */
function keepsBaseOrder(rows: readonly RedlineRow[], at: number, b: number): boolean {
  return rows.every((r, i) => r.base === null || isMovedTo(r) || (i < at ? r.base.index < b : r.base.index > b));
}

function lastIndexWhere(rows: readonly RedlineRow[], test: (r: RedlineRow) => boolean): number {
  for (let i = rows.length - 1; i >= 0; i--) if (test(rows[i]!)) return i;
  return -1;
}


/**
 * The engine keeps a group in place when its target order allows it, but a split or merge can
 * still cross a neighbour in the base (a piece lands before a paragraph that preceded it). Word
 * cannot show that as edits in place, so such groups are shown as moves: deleted at the old
 * place, inserted at the new one.
 */
function repairBaseOrder(
  rows: RedlineRow[],
  group: WeakMap<RedlineRow, number>,
  comparison: Comparison,
  base: Draft,
  target: Draft,
  baseOnly: RedlineRow[],
  s: ExportStrings,
): void {
  const placed = rows.map((r, i) => [r, i] as const).filter(([r]) => r.base !== null && !isMovedTo(r));
  const keep = new Set(longestIncreasing(placed.map(([r]) => r.base!.index)));
  const broken = new Set(placed.filter((_, k) => !keep.has(k)).map(([r]) => group.get(r)).filter((g): g is number => g !== undefined));
  if (broken.size === 0) return;
  for (const g of broken) {
    const change = comparison.changes[g]!;
    const b0 = blockAt(base, change.base[0]!.index);
    const t0 = change.target[0] ? blockAt(target, change.target[0].index) : null;
    for (let i = rows.length - 1; i >= 0; i--) {
      const r = rows[i]!;
      if (group.get(r) !== g) continue;
      if (!r.target) {
        rows.splice(i, 1);
        continue;
      }
      const t = blockAt(target, r.target.index);
      rows[i] = { ...r, kind: 'moved', base: null, numberOps: numberOps(null, t), textOps: allOf('+', t.text), mark: 'inserted', note: fill(s.rowMovedFrom, { where: where(b0, base.label, true, s), standing: '' }), displayOps: undefined };
    }
    for (const ref of change.base) {
      const b = blockAt(base, ref.index);
      baseOnly.push({
        kind: 'moved',
        ...shape(b),
        base: refOf(base, ref.index),
        target: change.target[0] ? refOf(target, change.target[0].index) : null,
        numberOps: numberOps(b, null),
        textOps: allOf('-', b.text),
        mark: 'deleted',
        note: t0 ? fill(s.rowMovedTo, { where: where(t0, target.label, true, s), standing: '' }) : null,
        ghost: true,
      });
    }
  }
}

/**
 * The blackline of `comparison` as rows in reading order: the target's order, with deleted
 * paragraphs and the old places of moved ones where they stood in the base.
 */
export function redlineRows(base: Draft, target: Draft, comparison: Comparison, s: ExportStrings = exportStrings()): RedlineRow[] {
  if (comparison.baseId !== base.id || comparison.targetId !== target.id) {
    throw new Error(`This comparison is of other drafts than ${base.label} and ${target.label}.`);
  }
  const rows: RedlineRow[] = [];
  const baseOnly: RedlineRow[] = [];
  // Rows of one split or merge form one paragraph on one side: nothing may come between them.
  const group = new WeakMap<RedlineRow, number>();
  const unbroken = (at: number): number => {
    while (at > 0 && at < rows.length && group.get(rows[at - 1]!) !== undefined && group.get(rows[at - 1]!) === group.get(rows[at]!)) at++;
    return at;
  };
  const strays: RedlineRow[] = [];
  for (const [i, change] of comparison.changes.entries()) {
    const r = rowsOfChange(change, base, target, s);
    for (const row of r.rows) group.set(row, i);
    rows.push(...r.rows);
    baseOnly.push(...r.ghosts);
    strays.push(...(r.strays ?? []));
  }
  for (const r of strays) {
    const t = r.target!.index;
    rows.splice(unbroken(lastIndexWhere(rows, (x) => x.target !== null && !x.ghost && x.target.index < t) + 1), 0, r);
  }
  repairBaseOrder(rows, group, comparison, base, target, baseOnly, s);

  // Blocks the engine did not list (headings when it aligns paragraphs only).
  const bCovered = new Set(comparison.changes.flatMap((c) => c.base.map((r) => r.index)));
  const tCovered = new Set(comparison.changes.flatMap((c) => c.target.map((r) => r.index)));
  const bFree = base.blocks.map((_, i) => i).filter((i) => !bCovered.has(i));
  const tFree = target.blocks.map((_, i) => i).filter((i) => !tCovered.has(i));
  const match = matchUncovered(base, target, bFree, tFree);
  const matchedBase = new Set(match.values());

  for (const t of tFree) {
    const tb = target.blocks[t]!;
    const b = match.get(t);
    const bb = b === undefined ? null : base.blocks[b]!;
    const filled: RedlineRow = {
      kind: bb ? (bb.text === tb.text && bb.number === tb.number ? 'unchanged' : 'modified') : 'inserted',
      ...shape(tb),
      base: bb ? refOf(base, b!) : null,
      target: refOf(target, t),
      numberOps: numberOps(bb, tb),
      textOps: bb ? wordDiff(bb.text, tb.text) : allOf('+', tb.text),
      mark: bb ? null : 'inserted',
      note: null,
      ghost: false,
    };
    let at = lastIndexWhere(rows, (r) => r.target !== null && r.target.index < t) + 1;
    // Deleted paragraphs that stood before this heading in the base stay before it.
    while (at < rows.length && rows[at]!.target === null && (b === undefined || (rows[at]!.base?.index ?? -1) < b)) at++;
    at = unbroken(at);
    if (b !== undefined && bb && !keepsBaseOrder(rows, at, b)) {
      // A paragraph crossed the heading without moving: the heading itself moved. Show it deleted
      // at its old place and inserted at the new one, so both drafts keep their order.
      rows.splice(at, 0, { ...filled, kind: 'moved', base: null, numberOps: numberOps(null, tb), textOps: allOf('+', tb.text), mark: 'inserted', note: 'Heading moved' });
      baseOnly.push({ ...filled, kind: 'moved', target: null, numberOps: numberOps(bb, null), textOps: allOf('-', bb.text), mark: 'deleted', note: 'Heading moved', ghost: true });
      continue;
    }
    rows.splice(at, 0, filled);
  }
  for (const b of bFree) {
    if (matchedBase.has(b)) continue;
    const bb = base.blocks[b]!;
    baseOnly.push({
      kind: 'deleted',
      ...shape(bb),
      base: refOf(base, b),
      target: null,
      numberOps: numberOps(bb, null),
      textOps: allOf('-', bb.text),
      mark: 'deleted',
      note: null,
      ghost: false,
    });
  }

  // Old places of moved paragraphs and deleted headings, in base order, after their base predecessor.
  baseOnly.sort((x, y) => x.base!.index - y.base!.index);
  for (const r of baseOnly) {
    const idx = r.base!.index;
    const at = unbroken(lastIndexWhere(rows, (x) => x.base !== null && !isMovedTo(x) && x.base.index < idx) + 1);
    rows.splice(at, 0, r);
  }
  return rows;
}

/** The base text of a row (kept + deleted), number included. */
export function rowBaseText(row: RedlineRow): string {
  return [...row.numberOps, ...row.textOps].filter(([op]) => op !== '+').map(([, t]) => t).join('');
}

/** The target text of a row (kept + inserted), number included. */
export function rowTargetText(row: RedlineRow): string {
  return [...row.numberOps, ...row.textOps].filter(([op]) => op !== '-').map(([, t]) => t).join('');
}

/** True when the row carries any revision (text, number or paragraph mark). */
export function rowIsRevised(row: RedlineRow): boolean {
  return row.mark !== null || [...row.numberOps, ...row.textOps].some(([op]) => op !== '=');
}
