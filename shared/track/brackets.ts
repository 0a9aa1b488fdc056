/**
 * Square brackets: text not yet agreed. Counted per draft, and followed between two drafts through
 * the paragraph alignment: a bracket that disappears was resolved (its text kept, amended or
 * dropped); a bracket that appears is new.
 */
import type { ParagraphBlock } from '../model/draft';
import type { AlignedGroup } from './alignment';
import { tracked } from './alignment';
import { foldPhrase } from './fold';
import { findBrackets } from '../model/brackets';

export { findBrackets, type BracketSpan } from '../model/brackets';
import type { BracketRef, ResolvedBracket } from './types';

/** The bracketed spans of every paragraph of a draft, as reported. */
export function draftBrackets(paragraphs: readonly ParagraphBlock[]): BracketRef[] {
  const refs: BracketRef[] = [];
  for (const p of paragraphs) {
    if (p.text.indexOf('[') < 0 && p.text.indexOf(']') < 0) continue;
    const para = tracked(p);
    for (const s of findBrackets(p.text)) {
      refs.push({ paragraph: para, text: s.text, start: s.start, end: s.end, depth: s.depth, balanced: s.balanced });
    }
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
export function followBrackets(groups: readonly AlignedGroup[]): { resolved: ResolvedBracket[]; added: BracketRef[] } {
  const resolved: ResolvedBracket[] = [];
  const added: BracketRef[] = [];
  for (const g of groups) {
    const before = draftBrackets(g.base);
    const after = draftBrackets(g.target);
    if (before.length === 0 && after.length === 0) continue;
    const to = g.target.map(tracked);
    const beforeWords = before.map((b) => words(b.text));
    const afterWords = after.map((a) => words(a.text));
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
    const targetWords = words(g.target.map((p) => p.text).join(' '));
    const targetFolded = ` ${targetWords.join(' ')} `;
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
      else if (targetFolded.includes(` ${bw.join(' ')} `)) resolution = 'kept';
      else if (coverage(bw, targetWords) >= AMENDED) resolution = 'amended';
      else resolution = 'dropped';
      resolved.push({ ...b, resolution, to });
    }
    after.forEach((a, j) => {
      if (!taken.has(j)) added.push(a);
    });
  }
  return { resolved, added };
}
