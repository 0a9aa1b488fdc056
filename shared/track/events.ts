/**
 * Events: what happened to each watched term between two drafts. Counts give removed / added /
 * count; the paragraph alignment gives moved (the paragraph holding the term changed section)
 * and reworded (the paragraph survived, the term did not), with what replaced it from the diff.
 */
import type { Draft, ParagraphBlock } from '../model/draft';
import type { WatchTerm } from '../model/schema';
import { groupDiff, sameText, tracked, type AlignedGroup, type Hunk } from './alignment';
import type { Matcher, PatternMatch } from './matcher';
import { termCount, type DraftIndex, type MatchCache } from './matrix';
import { replacementAround } from './replacement';
import { draftProfile } from '../model/structure-words';
import { moveStanding, sameSection } from './sections';
import type { TermHit, TrackedParagraph, TrackEvent } from './types';
import { eventSentence } from './details';

const strip = (p: TrackedParagraph): TrackedParagraph => ({ id: p.id, number: p.number, section: p.section });

/** What a group's diff says about replacements: its sides, hunks and the terms on the base side. */
interface GroupReading {
  sides: { base: string; target: string };
  hunks: readonly Hunk[];
  occurrences: readonly PatternMatch[];
}

/** Read a group's diff once for all its terms (null without a diff). */
function readGroup(group: AlignedGroup, matcher: Matcher, cache: MatchCache | undefined): GroupReading | null {
  const parts = groupDiff(group);
  if (!parts) return null;
  const text = parts.sides.base;
  // The diff's base side is usually a paragraph text already matched for the matrix.
  let occurrences = cache?.get(text);
  if (occurrences === undefined) {
    occurrences = matcher.match(text);
    cache?.set(text, occurrences);
  }
  return { ...parts, occurrences };
}

/** What replaced a term in an aligned group, read from its word diff. */
function replacementOf(reading: GroupReading | null, termId: string): { deleted: string; inserted: string } | null {
  if (!reading) return null;
  const { sides } = reading;
  const occurrences = reading.occurrences.filter((m) => m.key === termId);
  if (occurrences.length === 0) return null;
  const deleted: string[] = [];
  const inserted: string[] = [];
  for (const h of reading.hunks) {
    if (h.baseEnd === h.baseStart) continue;
    const inHunk = occurrences.filter((o) => o.start < h.baseEnd && o.end > h.baseStart);
    if (inHunk.length === 0) continue;
    const hunkBase = sides.base.slice(h.baseStart, h.baseEnd);
    const hunkTarget = sides.target.slice(h.targetStart, h.targetEnd);
    for (const o of inHunk) {
      const r = replacementAround(hunkBase, hunkTarget, Math.max(0, o.start - h.baseStart), o.end - h.baseStart);
      deleted.push(r.deleted);
      inserted.push(r.inserted);
    }
  }
  if (deleted.length === 0) return null;
  return { deleted: deleted.join(' / '), inserted: inserted.filter((s) => s !== '').join(' / ') };
}

/** The hits of one term in some paragraphs of an indexed draft, in paragraph order. */
function hitsIn(index: DraftIndex, paragraphs: readonly ParagraphBlock[], termId: string): TermHit[] {
  if (paragraphs.length === 1) {
    const h = index.byParagraph.get(paragraphs[0]!.id)?.get(termId);
    return h ? [h] : [];
  }
  const hits: TermHit[] = [];
  for (const p of paragraphs) {
    const h = index.byParagraph.get(p.id)?.get(termId);
    if (h) hits.push(h);
  }
  return hits;
}

/** The terms found in some paragraphs of an indexed draft, each once. */
function termsIn(index: DraftIndex, paragraphs: readonly ParagraphBlock[]): Iterable<string> {
  // Most groups hold one paragraph: its own map's keys, no set needed.
  if (paragraphs.length === 1) return index.byParagraph.get(paragraphs[0]!.id)?.keys() ?? [];
  const ids = new Set<string>();
  for (const p of paragraphs) for (const id of index.byParagraph.get(p.id)?.keys() ?? []) ids.add(id);
  return ids;
}

/**
 * Every event between two indexed drafts for the given terms, term by term: the draft-level
 * event first (removed, added or count), then moved and reworded paragraphs in reading order.
 * `cache` (paragraph text → matches, as `indexDraft` fills it) spares re-matching a diff's base text.
 */
export function pairEvents(
  terms: readonly WatchTerm[],
  from: DraftIndex,
  to: DraftIndex,
  groups: readonly AlignedGroup[],
  matcher: Matcher,
  cache?: MatchCache,
): TrackEvent[] {
  const a: Draft = from.draft;
  const b: Draft = to.draft;
  const labels = { from: a.label, to: b.label };
  const perTerm = new Map<string, TrackEvent[]>();
  const add = (e: TrackEvent): void => {
    const list = perTerm.get(e.termId);
    if (list) list.push(e);
    else perTerm.set(e.termId, [e]);
  };
  const phrase = new Map(terms.map((t) => [t.id, t.phrase]));
  for (const g of groups) {
    if (g.base.length === 0 || g.target.length === 0) continue;
    // The same text read by the same matcher, in the same section: the same occurrences, nothing to report.
    if (!g.crossSection && from.matcher === to.matcher && sameText(g)) continue;
    // Read on the first term that lost occurrences, then shared by the group's other terms.
    let reading: GroupReading | null | undefined;
    for (const termId of termsIn(from, g.base)) {
      const term = phrase.get(termId);
      if (term === undefined) continue;
      const baseHits = hitsIn(from, g.base, termId);
      const targetHits = hitsIn(to, g.target, termId);
      let before = 0;
      for (const h of baseHits) before += h.count;
      let after = 0;
      for (const h of targetHits) after += h.count;
      // The engine decided whether the group changed section; within a split or merge, each pair
      // of paragraphs is read by the same rule.
      for (const bh of g.crossSection ? baseHits : []) {
        for (const th of targetHits) {
          if (sameSection(bh.section, th.section, g.sectionRenames)) continue;
          const standing = moveStanding(bh.section, th.section, draftProfile(a), draftProfile(b));
          const moved: Omit<TrackEvent, 'details'> = {
            kind: 'moved',
            termId,
            term,
            fromDraftId: a.id,
            toDraftId: b.id,
            from: [strip(bh)],
            to: [strip(th)],
            countBefore: bh.count,
            countAfter: th.count,
            ...(standing === 'downgrade' ? { downgrade: true } : {}),
            ...(standing === 'upgrade' ? { upgrade: true } : {}),
          };
          add({ ...moved, details: eventSentence(moved, labels) });
        }
      }
      if (after < before) {
        if (reading === undefined) reading = readGroup(g, matcher, cache);
        const r = replacementOf(reading, termId);
        const fromPs = baseHits.map(strip);
        const toPs = g.target.map(tracked);
        const reworded: Omit<TrackEvent, 'details'> = {
          kind: 'reworded',
          termId,
          term,
          fromDraftId: a.id,
          toDraftId: b.id,
          from: fromPs,
          to: toPs,
          countBefore: before,
          countAfter: after,
          ...(r ? { deletedText: r.deleted, replacement: r.inserted } : {}),
        };
        add({ ...reworded, details: eventSentence(reworded, labels) });
      }
    }
  }
  const events: TrackEvent[] = [];
  for (const t of terms) {
    const before = termCount(from, t.id);
    const after = termCount(to, t.id);
    if (before !== after) {
      const fromPs = (from.byTerm.get(t.id) ?? []).map(strip);
      const toPs = (to.byTerm.get(t.id) ?? []).map(strip);
      const base = { termId: t.id, term: t.phrase, fromDraftId: a.id, toDraftId: b.id, from: fromPs, to: toPs, countBefore: before, countAfter: after };
      if (after === 0) {
        events.push({ ...base, kind: 'removed', details: eventSentence({ ...base, kind: 'removed' }, labels) });
      } else if (before === 0) {
        events.push({ ...base, kind: 'added', details: eventSentence({ ...base, kind: 'added' }, labels) });
      } else {
        events.push({ ...base, kind: 'count', details: eventSentence({ ...base, kind: 'count' }, labels) });
      }
    }
    events.push(...(perTerm.get(t.id) ?? []));
  }
  return events;
}
