/**
 * The deck of a comparison: every row of the redline as the room sees it (combined text with
 * deletions and insertions, the paragraph's number, the kind of change in words), and the rows a
 * presenter steps through: the changes that pass the change list's filter. Built from the same
 * layout as the compare view, so row indexes mean the same row in both.
 */
import type { Change, ChangeKind, DiffOp } from '../../../shared/compare/types';
import type { CompareDeck, DeckRow } from '../../../shared/view/deck';
import { SECTION_SEPARATOR } from '../../../shared/compare/summary';
import { standingNote } from '../../../shared/export/change-rows';
import { citeRefs, sectionOf } from '../compare/layout';
import { changeCitation, KIND_LABEL, type RowContext } from '../compare/RedlineRows';
import { textOf } from '../compare/side-text';
import { currentUiLanguage, t as tr } from '../i18n';
import { exportStrings } from '../../../shared/export/strings';

/** What a deck is built from: a comparison laid out for reading (the compare view's context without its callbacks). */
export type DeckContext = Omit<RowContext, 'onJump' | 'onHistory'>;

/** The combined redline of a change: the whole text struck or inserted, its word diff, or its text. */
export function combinedOps(c: Change, ctx: Pick<DeckContext, 'base' | 'target'>): DiffOp[] {
  if (c.kind === 'deleted') return [['-', textOf(ctx.base, c.base)]];
  if (c.kind === 'inserted') return [['+', textOf(ctx.target, c.target)]];
  if (c.diff && c.kind !== 'unchanged') return c.diff;
  return [['=', textOf(ctx.target, c.target)]];
}

/** The deck of a comparison; `key` names the comparison (see comparisonKey), `filter` the kinds stepped through. */
export function compareDeck(ctx: DeckContext, filter: ReadonlySet<ChangeKind>, key: string): CompareDeck {
  const { comparison, layout, base, target, baseCited, targetCited } = ctx;
  const rows = layout.rows.map((row): DeckRow => {
    const c = comparison.changes[row.change]!;
    if (row.role === 'stub') {
      const where = c.targetSection?.length ? c.targetSection[c.targetSection.length - 1]! : null;
      return {
        kind: 'stub',
        heading: row.heading,
        number: baseCited.get(c.base[0]!.index) ?? '',
        was: null,
        badge: tr('compare.movedAway'),

        citation: `${base.label} ${citeRefs(c.base, baseCited)} moved to ${target.label} ${citeRefs(c.target, targetCited)}`,
        detail: where ? tr('present.nowIn', { where, standing: standingNote(c.standing, exportStrings(currentUiLanguage())) }) : null,
        cite: citeRefs(c.base, baseCited),
        section: (c.baseSection ?? []).join(SECTION_SEPARATOR),
        ops: [['-', textOf(base, c.base)]],
      };
    }
    const t = c.target[0] ? targetCited.get(c.target[0].index) : undefined;
    const b = c.base[0] ? baseCited.get(c.base[0].index) : undefined;
    return {
      kind: c.kind,
      heading: row.heading,
      number: t ?? b ?? '',
      was: t && b && t !== b ? b : null,
      badge: KIND_LABEL[c.kind],
      citation: changeCitation(c, ctx),
      detail: c.kind === 'moved' && c.crossSection && c.baseSection?.length ? tr('present.fromSection', { section: c.baseSection.join(SECTION_SEPARATOR), standing: standingNote(c.standing, exportStrings(currentUiLanguage())) }) : null,
      cite: c.target.length ? citeRefs(c.target, targetCited) : citeRefs(c.base, baseCited),
      section: sectionOf(c),
      ops: combinedOps(c, ctx),
    };
  });
  return {
    type: 'compare',
    key,
    title: `${base.label} → ${target.label}`,
    rows,
    stops: layout.stops.filter((r) => filter.has(comparison.changes[layout.rows[r]!.change]!.kind)),
  };
}
