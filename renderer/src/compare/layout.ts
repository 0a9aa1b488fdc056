/**
 * From a Comparison to the rows the compare views render: one row per change in reading order,
 * section headings where the section changes, and a "moved to" stub at the old place of each
 * moved paragraph so a reader finds both ends of a move. Pure, so it is tested without a DOM.
 */
import type { Change, ChangeKind, Comparison, ParagraphRef } from '../../../shared/compare/types';
import { citedNumbers, type Draft } from '../../../shared/model/draft';
import { SECTION_SEPARATOR } from '../../../shared/compare/summary';
import { t as tr } from '../i18n';
import { paragraphAt } from './side-text';

export interface Row {
  key: string;
  /** Index of the change in `comparison.changes`. */
  change: number;
  kind: ChangeKind;
  /** 'stub' rows mark where a moved paragraph used to be. */
  role: 'change' | 'stub';
  /** Section heading to print before this row, when the section changed. */
  heading: string | null;
}

export interface Layout {
  rows: Row[];
  /** Indexes (into `rows`) of the rows a reader steps through: every change except unchanged ones, stubs excluded. */
  stops: number[];
  /** Row index of each change, and of each moved change's stub. */
  rowOfChange: Map<number, number>;
  rowOfStub: Map<number, number>;
}

/** The section shown for a change: target section, or base section for a deletion. */
export function sectionOf(c: Change): string {
  const path = c.target.length ? c.targetSection : c.baseSection;
  return (path ?? []).join(SECTION_SEPARATOR);
}

export function layoutComparison(comparison: Comparison): Layout {
  const { changes } = comparison;
  // Where each moved paragraph stood: after the last non-moved change that precedes it in the base.
  const stubsAfter = new Map<number, number[]>();
  const leading: number[] = [];
  const baseOrder: { change: number; index: number }[] = [];
  changes.forEach((c, i) => {
    if (c.kind !== 'moved' && c.base.length) baseOrder.push({ change: i, index: c.base[0]!.index });
  });
  baseOrder.sort((a, b) => a.index - b.index);
  changes.forEach((c, i) => {
    if (c.kind !== 'moved' || !c.base.length) return;
    const at = c.base[0]!.index;
    let lo = 0, hi = baseOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (baseOrder[mid]!.index < at) lo = mid + 1;
      else hi = mid;
    }
    const before = baseOrder[lo - 1];
    // A paragraph that changed section without moving (it comes right after its base neighbour)
    // shows its new place first, then where it was: "Discussion … it; Recommended next steps: was here".
    const anchor = before && before.change + 1 === i ? i : before?.change;
    if (anchor === undefined) leading.push(i);
    else stubsAfter.set(anchor, [...(stubsAfter.get(anchor) ?? []), i]);
  });

  const rows: Row[] = [];
  const stops: number[] = [];
  const rowOfChange = new Map<number, number>();
  const rowOfStub = new Map<number, number>();
  let section: string | null = null;
  const push = (change: number, role: Row['role']) => {
    const c = changes[change]!;
    const s = role === 'stub' ? (c.baseSection ?? []).join(SECTION_SEPARATOR) : sectionOf(c);
    const heading = s !== section ? s : null;
    section = s;
    if (role === 'change') {
      rowOfChange.set(change, rows.length);
      if (c.kind !== 'unchanged') stops.push(rows.length);
    } else rowOfStub.set(change, rows.length);
    rows.push({ key: `${role}-${change}`, change, kind: c.kind, role, heading });
  };
  for (const m of leading) push(m, 'stub');
  changes.forEach((_, i) => {
    push(i, 'change');
    for (const m of stubsAfter.get(i) ?? []) push(m, 'stub');
  });
  return { rows, stops, rowOfChange, rowOfStub };
}

/** Paragraph numbers as a reader cites them ("8(a)"): one definition, in the draft model. */
export { citedNumbers };

/** "¶12", "¶8(a)", "¶12–13" for a run of consecutive numbers, or "unnumbered paragraph". */
export function citeRefs(refs: ParagraphRef[], cited: Map<number, string>): string {
  const nums = refs.map((r) => cited.get(r.index)).filter((n): n is string => !!n);
  if (!nums.length) return tr('cite.unnumbered', { count: refs.length });
  return `¶${nums.join(', ')}`;
}

/** The paragraph block at a ref. */

/** Line height and average character width of the redline's text (16px/1.6 serif), for estimates. */
const LINE = 25.6;
const CHAR = 7.6;

/**
 * What a row's expected height depends on besides the list's width: the characters of its text
 * (side by side, or a moved paragraph's old place: the longer column's, at half width) and the
 * pixels of its section heading, padding and label line.
 */
export interface RowExtent {
  chars: number;
  half: boolean;
  fixed: number;
}

export function rowExtent(row: Row, comparison: Comparison, base: Draft, target: Draft, mode: 'combined' | 'side'): RowExtent {
  const c = comparison.changes[row.change]!;
  const len = (draft: Draft, refs: ParagraphRef[]) => refs.reduce((a, r) => a + (draft.blocks[r.index]?.text.length ?? 0) + 2, 0);
  let chars: number;
  if (row.role === 'stub') chars = len(base, c.base);
  else if (mode === 'side') chars = Math.max(len(base, c.base), len(target, c.target));
  else chars = c.diff && c.kind !== 'unchanged' ? c.diff.reduce((a, [, t]) => a + t.length, 0) : len(c.target.length ? target : base, c.target.length ? c.target : c.base);
  const label = row.role === 'stub' || c.kind !== 'unchanged' ? 19 : 0;
  return { chars, half: mode === 'side', fixed: (row.heading !== null ? 50 : 0) + 18 + label };
}

/** A row's expected height (rowExtent) in a list `width` pixels wide: its text wrapped at that width. */
export function heightAt({ chars, half, fixed }: RowExtent, width: number): number {
  const px = half ? (width - 40) / 2 - 48 : width - 82;
  return fixed + Math.max(1, Math.ceil(chars / Math.max(10, px / CHAR))) * LINE;
}

/**
 * The height a row is expected to take in the redline before it is measured (useWindowedList): its
 * section heading, label line, and its text wrapped at `width` pixels (side by side: the longer
 * of the two half-width columns). Close enough that the scrollbar barely moves as rows come in.
 */
export function estimateRowHeight(row: Row, comparison: Comparison, base: Draft, target: Draft, mode: 'combined' | 'side', width: number): number {
  return heightAt(rowExtent(row, comparison, base, target, mode), width);
}

/** A short snippet of a change for the change list: the changed words when there are any. */
export function snippetOf(c: Change, base: Draft, target: Draft, max = 90): string {
  let text = '';
  if (c.diff && c.kind !== 'unchanged') {
    // Edits of spaces alone (a split or merge moving a paragraph break) say nothing in a snippet.
    const changed = c.diff.filter(([op, t]) => op !== '=' && t.trim()).map(([op, t]) => (op === '-' ? `−${t.trim()}` : `+${t.trim()}`));
    text = changed.join(' ');
  }
  if (!text) {
    const ref = c.target[0] ?? c.base[0];
    const draft = c.target[0] ? target : base;
    text = ref ? paragraphAt(draft, ref).text : '';
  }
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
