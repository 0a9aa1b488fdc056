/**
 * The deck of the tracker: the watched-phrase matrix, large (a page per few phrases), then one
 * slide per event in the order the tracker lists them, filtered as the tracker's event list is:
 * "cyber mercenaries: removed in Rev.2", "technological neutrality: moved from the
 * recommendations to the discussion", each with a paragraph that holds the phrase, marked.
 */
import type { TrackEvent, TrackReport } from '../../../shared/track';
import { findTerm } from '../../../shared/track';
import type { EventSlide, MatrixSlide, TrackerDeck, TrackerSlide } from '../../../shared/view/deck';
import type { TrackerViewState } from '../../../shared/view/state';
import { clipText, distinctWording, eventKey, groupEvents, KIND_LABEL, sectionMove } from '../track/events';
import { citeList, splitHighlights, type Range, type Segment, type ShownParagraph } from '../track/highlight';
import { t } from '../i18n';

/** Phrases per matrix slide: large enough to read from the back of the room. */
export const MATRIX_ROWS_PER_SLIDE = 8;
/** Characters of a quoted paragraph on an event slide (about seven lines). */
export const QUOTE_CHARS = 420;

type Paragraphs = Map<string, Map<string, ShownParagraph>>;

export function trackerDeck(report: TrackReport, paragraphs: Paragraphs, view: Pick<TrackerViewState, 'scope' | 'eventKinds' | 'eventText'>, title: string): TrackerDeck {
  const slides: TrackerSlide[] = matrixSlides(report);
  const label = (id: string) => report.drafts.find((d) => d.id === id)?.label ?? id;
  const groups = groupEvents(report, view.scope, { kinds: new Set(view.eventKinds), text: view.eventText });
  for (const g of groups) for (const e of g.events) slides.push(eventSlide(report, e, paragraphs, label));
  const key = [report.drafts.map((d) => d.id).join(','), view.scope ? `${view.scope.from}>${view.scope.to}` : '', view.eventKinds.join(','), view.eventText].join('|');
  return { type: 'tracker', key, title, slides };
}

function matrixSlides(report: TrackReport): MatrixSlide[] {
  const rows = report.matrix.rows;
  const pages = Math.max(1, Math.ceil(rows.length / MATRIX_ROWS_PER_SLIDE));
  const drafts = report.matrix.drafts.map((d) => d.label);
  const out: MatrixSlide[] = [];
  for (let p = 0; p < pages; p++) {
    out.push({
      type: 'matrix',
      page: p + 1,
      pages,
      drafts,
      rows: rows.slice(p * MATRIX_ROWS_PER_SLIDE, (p + 1) * MATRIX_ROWS_PER_SLIDE).map((r) => ({
        phrase: r.term.phrase,
        category: r.term.category,
        cells: r.cells.map((c, j) => {
          const prev = j > 0 ? r.cells[j - 1]!.count : null;
          return { count: c.count, trend: prev !== null && prev > 0 && c.count === 0 ? 'gone' : prev === 0 && c.count > 0 ? 'new' : null };
        }),
      })),
    });
  }
  return out;
}

/** The headline of an event, in one line a room reads at a glance. */
export function eventHeadline(e: TrackEvent, toLabel: string): string {
  switch (e.kind) {
    case 'removed': return `${e.term}: removed in ${toLabel}`;
    case 'added': return `${e.term}: added in ${toLabel}`;
    case 'reworded': return `${e.term}: reworded in ${toLabel}`;
    case 'count': return `${e.term}: ${e.countBefore} → ${e.countAfter} occurrence${e.countAfter === 1 ? '' : 's'} in ${toLabel}`;
    case 'moved': {
      if (e.downgrade) return `${e.term}: moved from the recommendations to the discussion`;
      if (e.upgrade) return `${e.term}: moved from the discussion to the recommendations`;
      const m = e.from[0] && e.to[0] ? sectionMove(e.from[0].section, e.to[0].section) : null;
      return m ? `${e.term}: moved from ${m.from} to ${m.to}` : `${e.term}: moved in ${toLabel}`;
    }
  }
}

function eventSlide(report: TrackReport, e: TrackEvent, paragraphs: Paragraphs, label: (id: string) => string): EventSlide {
  const from = label(e.fromDraftId);
  const to = label(e.toDraftId);
  const term = report.terms.find((t) => t.id === e.termId);
  // The paragraph to quote: where the phrase was, for a loss; where it is now, otherwise.
  const useFrom = e.kind === 'removed' || e.kind === 'reworded' || e.to.length === 0;
  const ref = useFrom ? e.from[0] : e.to[0];
  const draftId = useFrom ? e.fromDraftId : e.toDraftId;
  const shown = ref ? paragraphs.get(draftId)?.get(ref.id) : undefined;
  return {
    type: 'event',
    key: eventKey(e),
    kind: e.kind,
    headline: eventHeadline(e, to),
    badge: KIND_LABEL[e.kind],
    where: `${from} ${citeList(e.from, paragraphs.get(e.fromDraftId), 5)} → ${to} ${citeList(e.to, paragraphs.get(e.toDraftId), 5)}`,
    flag: e.downgrade ? t('compare.downgrade') : e.upgrade ? t('compare.upgrade') : null,

    move: e.kind === 'moved' && e.from[0] && e.to[0] ? sectionMove(e.from[0].section, e.to[0].section) : null,
    reworded: e.kind === 'reworded' ? { deleted: clipText(distinctWording(e.deletedText ?? e.term), 240), inserted: clipText(distinctWording(e.replacement ?? ''), 240) } : null,
    count: e.kind === 'count' ? { before: e.countBefore, after: e.countAfter } : null,
    quote: shown ? { draft: useFrom ? from : to, cite: shown.cite || t('cite.unnumbered', { count: 1 }), segments: clipAround(shown.text, term ? findTerm(term, shown.text) : [], QUOTE_CHARS) } : null,
    pair: `${from} → ${to}`,
  };
}

/**
 * The text cut to about `max` characters around its first marked range, at word boundaries, with
 * an ellipsis where text was left out; the marks kept in place.
 */
export function clipAround(text: string, ranges: readonly Range[], max: number): Segment[] {
  if (text.length <= max) return splitHighlights(text, ranges);
  const first = ranges.reduce((m, r) => Math.min(m, r.start), Infinity);
  let start = Number.isFinite(first) ? Math.max(0, Math.min(first - Math.floor(max / 3), text.length - max)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let stop = Math.min(text.length, start + max);
  if (stop < text.length) {
    const space = text.lastIndexOf(' ', stop);
    if (space > start && space >= (Number.isFinite(first) ? first : 0)) stop = space;
  }
  const shifted = ranges.map((r) => ({ start: r.start - start, end: r.end - start }));
  const body = splitHighlights(text.slice(start, stop), shifted);
  return [...(start > 0 ? [{ text: '… ', mark: false }] : []), ...body, ...(stop < text.length ? [{ text: ' …', mark: false }] : [])];
}
