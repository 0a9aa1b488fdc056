/**
 * Square brackets: text not yet agreed. Counted per draft, and followed between two drafts through
 * the paragraph alignment: a bracket that disappears was resolved (its text kept, amended or
 * dropped); a bracket that appears is new.
 */
import type { ParagraphBlock } from '../model/draft';
import type { AlignedGroup } from './alignment';
import { sameText, tracked } from './alignment';
import { foldPhrase } from './fold';
import { findBrackets, type BracketSpan } from '../model/brackets';

export { findBrackets, type BracketSpan } from '../model/brackets';
import type { BracketRef, ResolvedBracket } from './types';

/**
 * Brackets kept for one tracking run: spans by paragraph text (most texts recur in many drafts)
 * and refs by paragraph (each paragraph is read for its own draft and again as the base and the
 * target of the alignments either side of it).
 */
export interface BracketCache {
  texts: Map<string, readonly BracketSpan[]>;
  paragraphs: Map<ParagraphBlock, readonly BracketRef[]>;
  /** The folded words of a bracket's text (a bracket usually survives several drafts unchanged). */
  words: Map<string, string[]>;
}

/** An empty cache for one run. */
export function bracketCache(): BracketCache {
  return { texts: new Map(), paragraphs: new Map(), words: new Map() };
}

const NONE: readonly BracketRef[] = [];
const NO_SPANS: readonly BracketSpan[] = [];
const BRACKET = /[[\]]/;

/** The bracketed spans of one paragraph, as reported. */
function paragraphBrackets(p: ParagraphBlock, cache: BracketCache | undefined): readonly BracketRef[] {
  let spans = cache?.texts.get(p.text);
  if (spans === undefined) {
    spans = BRACKET.test(p.text) ? findBrackets(p.text) : NO_SPANS;
    cache?.texts.set(p.text, spans);
  }
  if (spans.length === 0) return NONE;
  const para = tracked(p);
  return spans.map((s) => ({ paragraph: para, text: s.text, start: s.start, end: s.end, depth: s.depth, balanced: s.balanced }));
}

/** The bracketed spans of every paragraph of a draft, as reported; `cache` shares them within a run. */
export function draftBrackets(paragraphs: readonly ParagraphBlock[], cache?: BracketCache): BracketRef[] {
  const refs: BracketRef[] = [];
  for (const p of paragraphs) {
    let found = cache?.paragraphs.get(p);
    if (found === undefined) {
      found = paragraphBrackets(p, cache);
      cache?.paragraphs.set(p, found);
    }
    for (const r of found) refs.push(r);
  }
  return refs;
}

/** The words of a bracket's content, folded, brackets removed. */
function words(text: string): string[] {
  return foldPhrase(text.replace(/[[\]]/g, ' '))
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w !== '');
}

/** Share of `a`'s words found in `b` (multiset). */
function coverage(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(w, n - 1);
    }
  }
  return hit / a.length;
}

/** Two brackets this similar are the same bracket, edited but still unagreed. */
const SAME_BRACKET = 0.5;
/** A resolved bracket whose words survive this much was amended rather than dropped. */
const AMENDED = 0.6;

/**
 * How the brackets of the earlier draft fared in the later one, through the aligned groups:
 * brackets still there (same text, or edited but bracketed) are neither resolved nor new.
 */
export function followBrackets(groups: readonly AlignedGroup[], cache?: BracketCache): { resolved: ResolvedBracket[]; added: BracketRef[] } {
  const resolved: ResolvedBracket[] = [];
  const added: BracketRef[] = [];
  const wordsOf = (text: string): string[] => {
    let ws = cache?.words.get(text);
    if (ws === undefined) {
      ws = words(text);
      cache?.words.set(text, ws);
    }
    return ws;
  };
  for (const g of groups) {
    // The same text on both sides: the same brackets, each its own partner.
    if (sameText(g)) continue;
    const before = draftBrackets(g.base, cache);
    const after = draftBrackets(g.target, cache);
    if (before.length === 0 && after.length === 0) continue;
    const to = g.target.map(tracked);
    const beforeWords = before.map((b) => wordsOf(b.text));
    const afterWords = after.map((a) => wordsOf(a.text));
    const afterKeys = afterWords.map((w) => w.join(' '));
    const taken = new Set<number>();
    const pending: number[] = [];
    // Exact matches first, so an edited bracket never steals an unchanged one's partner.
    before.forEach((_, i) => {
      const key = beforeWords[i]!.join(' ');
      const j = afterKeys.findIndex((k, jj) => !taken.has(jj) && k === key);
      if (j >= 0) taken.add(j);
      else pending.push(i);
    });
    // The target's words are read only for a bracket that found no partner (most brackets find one).
    let target: { words: string[]; folded: string } | null = null;
    const targetText = (): { words: string[]; folded: string } => {
      if (target) return target;
      const ws = words(g.target.map((p) => p.text).join(' '));
      return (target = { words: ws, folded: ` ${ws.join(' ')} ` });
    };
    for (const i of pending) {
      const bw = beforeWords[i]!;
      let best = -1;
      let bestScore = SAME_BRACKET;
      afterWords.forEach((aw, j) => {
        if (taken.has(j)) return;
        const score = Math.min(coverage(bw, aw), coverage(aw, bw));
        if (score >= bestScore) {
          best = j;
          bestScore = score;
        }
      });
      if (best >= 0) {
        taken.add(best);
        continue;
      }
      const b = before[i]!;
      let resolution: ResolvedBracket['resolution'];
      if (g.target.length === 0) resolution = 'paragraph-deleted';
      else if (targetText().folded.includes(` ${bw.join(' ')} `)) resolution = 'kept';
      else if (coverage(bw, targetText().words) >= AMENDED) resolution = 'amended';
      else resolution = 'dropped';
      resolved.push({ ...b, resolution, to });
    }
    after.forEach((a, j) => {
      if (!taken.has(j)) added.push(a);
    });
  }
  return { resolved, added };
}
