/**
 * A tracker event in one sentence, in an interface language: "“cyber mercenaries” is gone from
 * Rev.2 (2 occurrences in Rev.1, paragraphs 12, 30)." Made from the event's own data (its term,
 * counts, paragraphs, sections, replacement), so the app, the exports and the report site say it in
 * the reader's language while `draftwatch track --json` keeps the English sentence in `details`.
 */
import { exportStrings, fill, fillCount, type ExportStrings } from '../export/strings';
import type { TrackedParagraph, TrackEvent } from './types';

/** The draft labels an event's sentence names. */
export interface EventLabels {
  from: string;
  to: string;
}

const occurrences = (n: number, s: ExportStrings): string => fillCount(s, n, 'evOccurrence', 'evOccurrences');

const paragraphs = (ps: readonly TrackedParagraph[], s: ExportStrings): string => {
  if (ps.length === 0) return '';
  const numbers = ps.map((p) => p.number ?? s.evUnnumbered).join(', ');
  return fill(ps.length > 1 ? s.evParagraphs : s.evParagraph, { numbers });
};

const sectionName = (section: readonly string[], s: ExportStrings): string => (section.length ? section.join(' › ') : s.evNoSection);

/** The sentence for `e` (its `details` aside) in `lang`; English when `lang` is absent or unknown. */
export function eventSentence(e: Omit<TrackEvent, 'details'>, labels: EventLabels, lang?: string | null): string {
  const s = exportStrings(lang);
  const quote = { q: s.evQuote, qe: s.evQuoteEnd };
  switch (e.kind) {
    case 'removed':
      return fill(s.evRemoved, { ...quote, term: e.term, to: labels.to, from: labels.from, count: occurrences(e.countBefore, s), where: paragraphs(e.from, s) });
    case 'added':
      return fill(s.evAdded, { ...quote, term: e.term, to: labels.to, from: labels.from, count: occurrences(e.countAfter, s), where: paragraphs(e.to, s) });
    case 'count':
      return fill(s.evCount, { ...quote, term: e.term, from: labels.from, to: labels.to, before: occurrences(e.countBefore, s), after: occurrences(e.countAfter, s) });
    case 'moved': {
      const from = e.from[0];
      const to = e.to[0];
      // The same words as the exports' row notes on a move (": a downgrade from the recommendations to the discussion").
      const standing = `${e.downgrade ? s.rowDowngrade : e.upgrade ? s.rowUpgrade : ''}.`;
      return (
        fill(s.evMoved, {
          ...quote,
          term: e.term,
          number: from?.number ?? s.evUnnumberedOne,
          fromSection: sectionName(from?.section ?? [], s),
          toSection: sectionName(to?.section ?? [], s),
          toNumber: to?.number ?? s.evUnnumberedOne,
        }) + standing
      );
    }
    case 'reworded': {
      const values = { ...quote, where: paragraphs(e.from, s), now: paragraphs(e.to, s), deleted: e.deletedText ?? e.term };
      return e.replacement !== undefined && e.replacement !== '' ? fill(s.evReplaced, { ...values, inserted: e.replacement }) : fill(s.evDeleted, values);
    }
  }
}
