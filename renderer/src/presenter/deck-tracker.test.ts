import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { trackDrafts } from '../../../shared/track';
import { deckSchema, type EventSlide } from '../../../shared/view/deck';
import { demoNegotiation } from '../../../testing/demo';
import { EVENT_KINDS } from '../track/events';
import { paragraphIndex } from '../track/highlight';
import { clipAround, MATRIX_ROWS_PER_SLIDE, trackerDeck } from './deck-tracker';
import { jumpTo, progressLine } from './navigation';

describe('the tracker deck of the demo negotiation', () => {
  const { drafts, watchList } = demoNegotiation();
  const report = trackDrafts(drafts, watchList);
  const paragraphs = new Map(drafts.map((d) => [d.id, paragraphIndex(d)]));
  const view = { scope: null, eventKinds: [...EVENT_KINDS], eventText: '' };
  const deck = trackerDeck(report, paragraphs, view, 'Watched language');
  const events = deck.slides.filter((s): s is EventSlide => s.type === 'event');

  it('opens with the matrix, a page per few phrases, then one slide per event', () => {
    const pages = Math.ceil(watchList.length / MATRIX_ROWS_PER_SLIDE);
    expect(deck.slides.slice(0, pages).map((s) => s.type)).toEqual(Array(pages).fill('matrix'));
    expect(events).toHaveLength(report.events.length);
    expect(deck.slides[0]).toMatchObject({ type: 'matrix', page: 1, pages, drafts: ['Zero draft', 'Rev.1', 'Rev.2', 'Final'] });
    expect(deckSchema.safeParse(deck).success).toBe(true);
  });

  it('says in one line that cyber mercenaries were removed in Rev.2, quoting where the phrase last stood', () => {
    const gone = events.find((e) => e.headline === 'cyber mercenaries: removed in Rev.2')!;
    expect(gone).toBeDefined();
    expect(gone.pair).toBe('Rev.1 → Rev.2');
    expect(gone.quote?.draft).toBe('Rev.1');
    expect(gone.quote!.segments.filter((s) => s.mark).map((s) => s.text.toLowerCase()).join(' ')).toMatch(/cyber mercenaries|hacking-as-a-service|hack-for-hire/);
    // The matrix marks the phrase as gone in Rev.2, in words and not only colour.
    const row = deck.slides.flatMap((s) => (s.type === 'matrix' ? s.rows : [])).find((r) => r.phrase === 'cyber mercenaries')!;
    expect(row.cells.map((c) => c.trend)).toEqual([null, null, 'gone', null]);
  });

  it('calls the move of technological neutrality out of the recommendations a downgrade', () => {
    const moved = events.find((e) => e.headline === 'technological neutrality: moved from the recommendations to the discussion')!;
    expect(moved).toMatchObject({ kind: 'moved', flag: 'Downgrade', pair: 'Rev.1 → Rev.2' });
    expect(moved.move).not.toBeNull();
    const at = deck.slides.indexOf(moved);
    expect(progressLine(deck, at)).toBe(`event ${events.indexOf(moved) + 1} of ${events.length} · Rev.1 → Rev.2`);
    expect(jumpTo(deck, String(events.indexOf(moved) + 1))).toBe(at);
  });

  it('shows only the events the tracker’s filters let through', () => {
    const removed = trackerDeck(report, paragraphs, { ...view, eventKinds: ['removed'] }, 't');
    const kinds = new Set(removed.slides.flatMap((s) => (s.type === 'event' ? [s.kind] : [])));
    expect([...kinds]).toEqual(['removed']);
    const phrase = trackerDeck(report, paragraphs, { ...view, eventText: 'NEUTRAL' }, 't');
    expect(phrase.slides.filter((s) => s.type === 'event').every((s) => s.type === 'event' && s.headline.startsWith('technological neutrality'))).toBe(true);
    expect(phrase.key).not.toBe(deck.key);
  });
});

describe('clipAround', () => {
  it('keeps a passage around the first mark, whole words, marks intact', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,9}$/), { minLength: 1, maxLength: 200 }), fc.nat(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 30, max: 300 }), (words, pick, len, max) => {
        const text = words.join(' ');
        const i = pick % words.length;
        const start = words.slice(0, i).join(' ').length + (i ? 1 : 0);
        const end = start + words.slice(i, i + len).join(' ').length;
        const segs = clipAround(text, [{ start, end }], max);
        const body = segs.map((s) => s.text).join('').replace(/^… /, '').replace(/ …$/, '');
        expect(text.includes(body)).toBe(true);
        if (text.length <= max) expect(body).toBe(text);
        else expect(body.length).toBeLessThanOrEqual(max);
        const marked = segs.filter((s) => s.mark).map((s) => s.text).join('');
        // The first mark survives whole when it fits.
        if (end - start <= max / 2) expect(marked.startsWith(text.slice(start, end))).toBe(true);
      }),
    );
  });
});
