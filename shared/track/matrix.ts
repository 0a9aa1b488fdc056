/**
 * Terms × drafts: where each watched term occurs in each draft. Paragraph texts repeat across
 * drafts (most paragraphs survive a revision unchanged), so matches are cached by text.
 */
import type { Draft, ParagraphBlock } from '../model/draft';
import type { WatchTerm } from '../model/schema';
import type { Matcher, PatternMatch } from './matcher';
import type { MatrixRow, TermHit, TermMatrix } from './types';

/** The watched terms found in one draft, by paragraph and by term. */
export interface DraftIndex {
  draft: Draft;
  /** The matcher that found the hits (drafts in one language share one). */
  matcher: Matcher;
  paragraphs: ParagraphBlock[];
  /** paragraph id → term id → hit. */
  byParagraph: Map<string, Map<string, TermHit>>;
  /** term id → hits in reading order. */
  byTerm: Map<string, TermHit[]>;
}

/** Match cache shared by the drafts of one run: paragraph text → matches. */
export type MatchCache = Map<string, PatternMatch[]>;

/** A text's matches by term, in the order each term first occurs: [term id, its offsets]. */
type TermOffsets = ReadonlyArray<readonly [string, TermHit['matches']]>;

/**
 * Offsets by term, grouped once per distinct text of a run (paragraph text → offsets): the drafts
 * repeat most paragraphs, and the paragraphs with one text share its offsets, which nothing changes.
 */
export type OffsetsCache = Map<string, TermOffsets>;

function termOffsets(matches: readonly PatternMatch[]): TermOffsets {
  const byKey = new Map<string, TermHit['matches']>();
  for (const m of matches) {
    const list = byKey.get(m.key);
    if (list) list.push({ start: m.start, end: m.end });
    else byKey.set(m.key, [{ start: m.start, end: m.end }]);
  }
  return [...byKey];
}

/** Find every watched term in every paragraph of a draft. */
export function indexDraft(draft: Draft, matcher: Matcher, cache: MatchCache = new Map(), offsetsCache: OffsetsCache = new Map()): DraftIndex {
  const paragraphs = draft.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  const byParagraph = new Map<string, Map<string, TermHit>>();
  const byTerm = new Map<string, TermHit[]>();
  for (const p of paragraphs) {
    let matches = cache.get(p.text);
    if (matches === undefined) {
      matches = matcher.match(p.text);
      cache.set(p.text, matches);
    }
    if (matches.length === 0) continue;
    let grouped = offsetsCache.get(p.text);
    if (grouped === undefined) {
      grouped = termOffsets(matches);
      offsetsCache.set(p.text, grouped);
    }
    const hits = new Map<string, TermHit>();
    for (const [key, offsets] of grouped) {
      hits.set(key, { id: p.id, number: p.number, section: p.section, count: offsets.length, matches: offsets });
    }
    byParagraph.set(p.id, hits);
    for (const [termId, hit] of hits) {
      const list = byTerm.get(termId);
      if (list) list.push(hit);
      else byTerm.set(termId, [hit]);
    }
  }
  return { draft, matcher, paragraphs, byParagraph, byTerm };
}

/** Occurrences of a term in an indexed draft. */
export function termCount(index: DraftIndex, termId: string): number {
  let n = 0;
  for (const h of index.byTerm.get(termId) ?? []) n += h.count;
  return n;
}

/** The matrix of terms (rows, in the order given) by drafts (cells, in draft order). */
export function buildMatrix(terms: readonly WatchTerm[], indexes: readonly DraftIndex[]): TermMatrix {
  const rows: MatrixRow[] = terms.map((term) => ({
    term,
    cells: indexes.map((ix) => ({
      draftId: ix.draft.id,
      count: termCount(ix, term.id),
      paragraphs: ix.byTerm.get(term.id) ?? [],
    })),
  }));
  return { drafts: indexes.map((ix) => ({ id: ix.draft.id, label: ix.draft.label })), rows };
}
