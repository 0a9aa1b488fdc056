import { describe, expect, it } from 'vitest';
import { demoNegotiation } from '../../testing/demo';
import { eventSentence } from './details';
import { trackDrafts } from './track';
import type { TrackEvent } from './types';

/** The demo negotiation's events: a removal, a rewording, moves with a downgrade, count changes. */
const demo = demoNegotiation();
const report = trackDrafts(demo.drafts, demo.watchList);
const labelOf = (id: string) => demo.drafts.find((d) => d.id === id)!.label;
const labels = (e: TrackEvent) => ({ from: labelOf(e.fromDraftId), to: labelOf(e.toDraftId) });

describe('eventSentence', () => {
  it('finds every kind of event in the demo', () => {
    expect(new Set(report.events.map((e) => e.kind))).toEqual(new Set(['removed', 'moved', 'reworded', 'count']));
  });

  it('says in English exactly what `details` holds (the JSON output is made from it)', () => {
    for (const e of report.events) expect(eventSentence(e, labels(e), 'en')).toBe(e.details);
    // An unknown language falls back to English.
    const e = report.events[0]!;
    expect(eventSentence(e, labels(e), 'xx')).toBe(e.details);
  });

  it('says every event in French and Spanish, with its term, drafts and numbers, and no English or unfilled slot left', () => {
    for (const lang of ['fr', 'es'] as const) {
      for (const e of report.events) {
        const s = eventSentence(e, labels(e), lang);
        expect(s).not.toMatch(/\{\w+\}/);
        expect(s).not.toMatch(/\b(occurrences? in|is gone from|moved from|was replaced|was deleted|paragraphs?|downgrade)\b/);
        if (e.kind === 'reworded') expect(s).toContain(e.deletedText ?? e.term);
        else expect(s).toContain(e.term);
        // A count change names no paragraph (in English neither); every other kind names them all.
        if (e.kind !== 'count') for (const p of [...e.from, ...e.to]) if (p.number) expect(s).toContain(p.number);
        if (e.kind === 'removed' || e.kind === 'count') expect(s).toContain(labels(e).to);
      }
    }
  });

  it('names the downgrade of a move out of the recommendations in each language', () => {
    const down = report.events.find((e) => e.kind === 'moved' && e.downgrade)!;
    expect(eventSentence(down, labels(down), 'fr')).toMatch(/rétrogradation des recommandations vers le débat\.$/);
    expect(eventSentence(down, labels(down), 'es')).toMatch(/degradación de las recomendaciones al debate\.$/);
  });

  it('counts in the singular and plural of each language', () => {
    const e: Omit<TrackEvent, 'details'> = { kind: 'count', termId: 't', term: 'norms', fromDraftId: 'a', toDraftId: 'b', from: [], to: [], countBefore: 1, countAfter: 2 };
    const l = { from: 'Rev.1', to: 'Rev.2' };
    expect(eventSentence(e, l, 'en')).toBe('"norms": 1 occurrence in Rev.1, 2 occurrences in Rev.2.');
    expect(eventSentence(e, l, 'fr')).toBe('«\u00a0norms\u00a0»\u00a0: 1 occurrence dans Rev.1, 2 occurrences dans Rev.2.');
    expect(eventSentence(e, l, 'es')).toBe('“norms”: 1 aparición en Rev.1, 2 apariciones en Rev.2.');
  });
});
