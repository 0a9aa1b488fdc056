/**
 * The tracker's fast paths against straightforward references: the fold without its ASCII
 * shortcuts, offsets from the full per-unit map rather than the partial walk, and a whole report
 * built with no per-run caches (each paragraph, text and diff read afresh every time). The event
 * and hedging rules themselves are the same code on both sides here; their own tests cover them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare/compare';
import type { Draft } from '../model/draft';
import { alignedGroups } from './alignment';
import { draftBrackets, followBrackets } from './brackets';
import { defaultWatchList } from './defaults';
import { pairEvents } from './events';
import { foldChar, foldOffsets, foldSpans, foldString, type FoldedText } from './fold';
import { hedgeChanges } from './hedging';
import { compileWatchTerms } from './matcher';
import { buildMatrix, indexDraft } from './matrix';
import { generateTrack, seeded } from './testing';
import { trackDrafts } from './track';
import type { DraftBrackets, TrackReport } from './types';
import type { WatchTerm } from '../model/schema';

/** The fold as one chain of whole-string replacements, every separator run replaced. */
function referenceFold(text: string): string {
  const mapped = text.replace(/[^\t-\r -~]/gu, foldChar).toLowerCase().replace(/[\t\n\v\f\r \-_]+/g, ' ');
  return mapped.replace(/^ /, '').replace(/ $/, '');
}

const pieces = ['A', 'é', 'İ', 'Σ', ' ', '  ', '-', '_', '\t', '\u2010', '\u00ad', '\n', '网', '𝒳', 'ß', 'e\u0301', '\u00a0', 'ﬁ', 'x', 'Cyber', 'mercenaries', '[', ']'];
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((c) => c.join('')),
);

describe('fold fast paths', () => {
  it('folds as the plain replacement chain does', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldString(text)).toBe(referenceFold(text));
      }),
    );
  });

  it('gives the spans of chosen units that the full offset map gives', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.nat(), { maxLength: 6 }), (text, picks) => {
        const { starts, ends } = foldOffsets(text);
        fc.pre(starts.length > 0);
        const units = picks.map((u) => u % starts.length);
        const spans = foldSpans(text, units);
        expect(spans.starts).toEqual(units.map((u) => starts[u]));
        expect(spans.ends).toEqual(units.map((u) => ends[u]));
      }),
    );
  });

  it('matches with the partial walk as with the full offset map', () => {
    const matcher = compileWatchTerms([...generateTrack(1, { drafts: 1, paragraphs: 1 }).terms, ...defaultWatchList()]);
    const spellings = ['cyber mercenaries', 'Cyber-mercenaries', 'Déjà-vu clauses', 'human rights', 'ransomware', 'Capacity\u2011Building', 'ICT security', 'critical\ninfrastructures'];
    const paragraph = fc.array(fc.oneof(fc.constantFrom(...spellings), fc.constantFrom(...pieces)), { maxLength: 25 }).map((c) => c.join(' '));
    fc.assert(
      fc.property(paragraph, (text) => {
        // No `spans`: the matcher falls back to the full map of every unit.
        const full: FoldedText = { text: foldString(text), offsets: () => foldOffsets(text) };
        expect(matcher.match(text)).toEqual(matcher.matchFolded(full));
      }),
    );
  });
});

/** Words that make hedging, brackets and folding work when dropped into generated paragraphs. */
const INSERTS = ['should', 'could', 'shall', 'may', 'as appropriate', 'on a voluntary basis', 'urges', 'invites', 'Déjà\u00a0vu', 'cyber\u2011mercenaries', '[ransomware]', ']', '[', '\u2014', 'human rights', '  '];

/** Generated drafts, each revision after the first with words inserted into some paragraphs. */
function drafts(seed: number): { drafts: Draft[]; terms: WatchTerm[] } {
  const g = generateTrack(seed, { drafts: 4, paragraphs: 12 + (seed % 20) });
  const r = seeded(seed + 1);
  const edited = g.drafts.map((d, i) =>
    i === 0
      ? d
      : {
          ...d,
          blocks: d.blocks.map((b) => {
            if (b.kind !== 'paragraph' || r() > 0.4) return b;
            const words = b.text.split(' ');
            words.splice(Math.floor(r() * words.length), r() < 0.3 ? 1 : 0, INSERTS[Math.floor(r() * INSERTS.length)]!);
            return { ...b, text: words.join(' ') };
          }),
        },
  );
  return { drafts: edited, terms: [...g.terms, ...defaultWatchList()] };
}

/** The report with nothing shared between steps: no match, bracket or diff cache. */
function referenceReport(ds: readonly Draft[], terms: readonly WatchTerm[], pairs: ReadonlyArray<readonly [string, string]>): TrackReport {
  const matcher = compileWatchTerms(terms);
  const indexes = ds.map((d) => indexDraft(d, matcher, new Map()));
  const report: TrackReport = { drafts: ds.map((d) => ({ id: d.id, label: d.label })), terms: [...terms], matrix: buildMatrix(terms, indexes), events: [], brackets: [], hedging: [] };
  const follow = (i: number, j: number, withBrackets: boolean): void => {
    // Fresh groups for each reader, so nothing read for one is kept for another.
    const fresh = () => alignedGroups(compareDrafts(ds[i]!, ds[j]!), ds[i]!, ds[j]!);
    report.events.push(...pairEvents(terms, indexes[i]!, indexes[j]!, fresh(), matcher));
    report.hedging.push(...fresh().flatMap((g) => hedgeChanges(g, ds[i]!.id, ds[j]!.id)));
    if (withBrackets) {
      const followed = followBrackets(fresh());
      report.brackets[j]!.resolved = followed.resolved;
      report.brackets[j]!.added = followed.added;
    }
  };
  ds.forEach((d, i) => {
    const spans = draftBrackets(indexes[i]!.paragraphs);
    const entry: DraftBrackets = { draftId: d.id, count: spans.length, unbalanced: spans.filter((s) => !s.balanced).length, spans, resolved: [], added: [] };
    report.brackets.push(entry);
    if (i > 0) follow(i - 1, i, true);
  });
  for (const [a, b] of pairs) follow(ds.findIndex((d) => d.id === a), ds.findIndex((d) => d.id === b), false);
  return report;
}

describe('trackDrafts with its run caches', () => {
  it('reports exactly what the uncached reference reports', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const { drafts: ds, terms } = drafts(seed);
        const pairs = [[ds[0]!.id, ds[3]!.id] as const, [ds[2]!.id, ds[1]!.id] as const];
        expect(trackDrafts(ds, terms, { pairs })).toEqual(referenceReport(ds, terms, pairs));
      }),
      { numRuns: 25 },
    );
  });
});
