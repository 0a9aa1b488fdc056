/**
 * The rows of one engine change: kept, modified, inserted, deleted, the two places of a move,
 * the pieces of a split or merge. `redline-rows.ts` puts them in reading order.
 */
import { exportStrings, fill, type ExportStrings } from './strings';
import type { Change, DiffOp } from '../compare/types';
import { printedNumber, type Block, type Draft } from '../model/draft';
import type { RedlineRow, RowRef } from './redline-rows';
import { exactDiff, pushOp, wordDiff } from './word-diff';

// A character no draft contains, standing for a paragraph boundary inside a split/merge diff.
const SEP = '\uE000';

/** The printed number of a block with what follows it ("12. ", "(a) ", "A. "), or ''. */
export function numberPrefix(block: Block): string {
  return block.number ? `${printedNumber(block)} ` : '';
}

/** "¶14", or a description of an unnumbered paragraph. */
export function paragraphName(block: Block, s: ExportStrings = exportStrings()): string {
  if (block.kind === 'heading') return fill(s.rowHeading, { text: `${numberPrefix(block)}${block.text}` });
  return block.number ? fill(s.rowParagraph, { number: block.number }) : s.rowUnnumbered;
}

/** The printed numbers of two blocks as a diff: renumbering changes the number alone ("12" → "14", ". " kept). */
export function numberOps(b: Block | null, t: Block | null): DiffOp[] {
  const bp = b ? numberPrefix(b) : '';
  const tp = t ? numberPrefix(t) : '';
  const ops: DiffOp[] = [];
  if (bp === tp) {
    pushOp(ops, '=', bp);
    return ops;
  }
  if (b?.number && t?.number && bp.slice(b.number.length) === tp.slice(t.number.length)) {
    pushOp(ops, '-', b.number);
    pushOp(ops, '+', t.number);
    pushOp(ops, '=', bp.slice(b.number.length));
    return ops;
  }
  pushOp(ops, '-', bp);
  pushOp(ops, '+', tp);
  return ops;
}

/** The row side for block `index` of `draft`. */
export function refOf(draft: Draft, index: number): RowRef {
  const block = draft.blocks[index];
  if (!block) throw new Error(`The comparison names block ${index}, which ${draft.label} does not have.`);
  return { index, id: block.id, number: block.number };
}

/** Block kind and level of a row. */
export function shape(block: Block): Pick<RedlineRow, 'block' | 'level'> {
  return { block: block.kind, level: block.level };
}

/** Block `index` of `draft`; a comparison naming a missing block is an error, not a silent gap. */
export function blockAt(draft: Draft, index: number): Block {
  const block = draft.blocks[index];
  if (!block) throw new Error(`The comparison names block ${index}, which ${draft.label} does not have.`);
  return block;
}

/** The whole text as one insertion or deletion (nothing for an empty text). */
export function allOf(op: '-' | '+', text: string): DiffOp[] {
  return text ? [[op, text]] : [];
}

/** Cut a diff whose one side joins several paragraphs with SEP into one diff per paragraph. */
function cutAtSeparators(ops: readonly DiffOp[]): DiffOp[][] {
  const parts: DiffOp[][] = [[]];
  for (const [op, text] of ops) {
    const pieces = text.split(SEP);
    pieces.forEach((piece, i) => {
      if (i > 0) parts.push([]);
      pushOp(parts[parts.length - 1]!, op, piece);
    });
  }
  return parts;
}

function sectionOf(block: Block): string | null {
  return block.kind === 'paragraph' && block.section.length ? block.section[block.section.length - 1]! : null;
}

/** "¶14 in “B. Norms” (Zero draft)": where a paragraph stood, for move notes. */
export function where(block: Block, label: string, crossSection: boolean, s: ExportStrings = exportStrings()): string {
  const section = crossSection ? sectionOf(block) : null;
  return section ? fill(s.rowWhereIn, { paragraph: paragraphName(block, s), section, draft: label }) : fill(s.rowWhere, { paragraph: paragraphName(block, s), draft: label });
}

/** What a change of standing adds to a move note: ": a downgrade from the recommendations to the discussion". */
export function standingNote(standing: Change['standing'], s: ExportStrings = exportStrings()): string {
  if (standing === 'downgrade') return s.rowDowngrade;
  if (standing === 'upgrade') return s.rowUpgrade;
  return '';
}

/** The rows of one change and where they go. */
export interface ChangeRows {
  rows: RedlineRow[];
  /** Rows placed by their base position (old places of moves, far pieces of a merge). */
  ghosts: RedlineRow[];
  /** Rows placed by their target position (far pieces of a split). */
  strays?: RedlineRow[];
}

const consecutive = (xs: readonly number[]): boolean => xs.every((x, i) => i === 0 || x === xs[i - 1]! + 1);

/** The rows showing one change of the engine. */
export function rowsOfChange(change: Change, base: Draft, target: Draft, s: ExportStrings = exportStrings()): ChangeRows {
  const bs = change.base.map((r) => blockAt(base, r.index));
  const ts = change.target.map((r) => blockAt(target, r.index));
  const bRefs = change.base.map((r) => refOf(base, r.index));
  const tRefs = change.target.map((r) => refOf(target, r.index));
  const kind = change.kind;
  const row = (r: Omit<RedlineRow, 'kind' | 'ghost'> & { ghost?: boolean }): RedlineRow => ({ kind, ghost: false, ...r });
  const b0 = bs[0];
  const t0 = ts[0];

  if (kind === 'inserted' || (!b0 && t0)) {
    return {
      rows: ts.map((t, i) =>
        row({ ...shape(t), base: null, target: tRefs[i]!, numberOps: numberOps(null, t), textOps: allOf('+', t.text), mark: 'inserted', note: null }),
      ),
      ghosts: [],
    };
  }
  if (kind === 'deleted' || (b0 && !t0)) {
    return {
      rows: bs.map((b, i) =>
        row({ ...shape(b), base: bRefs[i]!, target: null, numberOps: numberOps(b, null), textOps: allOf('-', b.text), mark: 'deleted', note: null }),
      ),
      ghosts: [],
    };
  }
  if (!b0 || !t0) return { rows: [], ghosts: [] };

  if (kind === 'moved' && bs.length === 1 && ts.length === 1) {
    const cross = change.crossSection ?? false;
    const to = row({
      ...shape(t0),
      base: bRefs[0]!,
      target: tRefs[0]!,
      numberOps: numberOps(null, t0),
      textOps: allOf('+', t0.text),
      mark: 'inserted',
      displayOps: exactDiff(change.diff, b0.text, t0.text),
      note: fill(s.rowMovedFrom, { where: where(b0, base.label, cross, s), standing: standingNote(change.standing, s) }),
    });
    const from = row({
      ...shape(b0),
      base: bRefs[0]!,
      target: tRefs[0]!,
      numberOps: numberOps(b0, null),
      textOps: allOf('-', b0.text),
      mark: 'deleted',
      note: fill(s.rowMovedTo, { where: where(t0, target.label, cross, s), standing: standingNote(change.standing, s) }),
      ghost: true,
    });
    return { rows: [to], ghosts: [from] };
  }

  if (bs.length === 1 && ts.length > 1 && !consecutive(change.target.map((r) => r.index))) {
    // The pieces are not neighbours (something stands between them): the first piece carries
    // the edit, the others are new paragraphs at their own places.
    const into = ts.map((t) => paragraphName(t, s)).join(', ');
    return {
      rows: [row({ ...shape(t0), base: bRefs[0]!, target: tRefs[0]!, numberOps: numberOps(b0, t0), textOps: wordDiff(b0.text, t0.text), mark: null, note: fill(s.rowSplitInto, { into, draft: target.label }) })],
      ghosts: [],
      strays: ts.slice(1).map((t, i) =>
        row({ ...shape(t), base: null, target: tRefs[i + 1]!, numberOps: numberOps(null, t), textOps: allOf('+', t.text), mark: 'inserted', note: fill(s.rowSplitFrom, { paragraph: paragraphName(b0, s), draft: base.label }) }),
      ),
    };
  }
  if (bs.length > 1 && ts.length === 1 && !consecutive(change.base.map((r) => r.index))) {
    const note = fill(s.rowMergedInto, { paragraph: paragraphName(t0, s), draft: target.label });
    return {
      rows: [row({ ...shape(t0), base: bRefs[0]!, target: tRefs[0]!, numberOps: numberOps(b0, t0), textOps: wordDiff(b0.text, t0.text), mark: null, note })],
      ghosts: bs.slice(1).map((b, i) =>
        row({ ...shape(b), base: bRefs[i + 1]!, target: null, numberOps: numberOps(b, null), textOps: allOf('-', b.text), mark: 'deleted', note }),
      ),
    };
  }

  if (bs.length === 1 && ts.length > 1) {
    // Split: the new paragraph marks are insertions, so rejecting joins the pieces back.
    const parts = cutAtSeparators(wordDiff(b0.text, ts.map((t) => t.text).join(SEP)));
    const into = ts.map((t) => paragraphName(t, s)).join(', ');
    return {
      rows: ts.map((t, i) =>
        row({
          ...shape(t),
          base: i === 0 ? bRefs[0]! : null,
          target: tRefs[i]!,
          numberOps: i === 0 ? numberOps(b0, t) : numberOps(null, t),
          textOps: parts[i] ?? [],
          mark: i < ts.length - 1 ? 'inserted' : null,
          note: i === 0 ? fill(s.rowSplitInto, { into, draft: target.label }) : fill(s.rowSplitFrom, { paragraph: paragraphName(b0, s), draft: base.label }),
        }),
      ),
      ghosts: [],
    };
  }

  if (bs.length > 1 && ts.length === 1) {
    // Merged: the old paragraph marks between the pieces are deletions, so accepting joins them.
    const parts = cutAtSeparators(wordDiff(bs.map((b) => b.text).join(SEP), t0.text));
    return {
      rows: bs.map((b, i) =>
        row({
          ...shape(b),
          base: bRefs[i]!,
          target: i === 0 ? tRefs[0]! : null,
          numberOps: i === 0 ? numberOps(b, t0) : numberOps(b, null),
          textOps: parts[i] ?? [],
          mark: i < bs.length - 1 ? 'deleted' : null,
          note: fill(s.rowMergedInto, { paragraph: paragraphName(t0, s), draft: target.label }),
        }),
      ),
      ghosts: [],
    };
  }

  if (bs.length > 1 || ts.length > 1) {
    // Many to many is outside the contract; show it as a replacement rather than guess.
    const del = rowsOfChange({ ...change, kind: 'deleted', target: [] }, base, target, s).rows;
    const ins = rowsOfChange({ ...change, kind: 'inserted', base: [] }, base, target, s).rows;
    return { rows: [...del, ...ins].map((r) => ({ ...r, kind })), ghosts: [] };
  }

  // unchanged, modified (and a moved group reported with one side only handled above).
  // A pair the options call unchanged may still differ in what they ignore (case, punctuation,
  // spacing): the redline spells both texts exactly, so Reject All still gives the base draft.
  const textOps: DiffOp[] = b0.text === t0.text ? (t0.text ? [['=', t0.text]] : []) : exactDiff(change.diff, b0.text, t0.text);
  return {
    rows: [row({ ...shape(t0), base: bRefs[0]!, target: tRefs[0]!, numberOps: numberOps(b0, t0), textOps, mark: null, note: null })],
    ghosts: [],
  };
}

