/**
 * Alignment by paragraph id, for a working draft and the draft it was made from: the working
 * draft keeps its base's paragraph ids, so the same id is the same paragraph however much it was
 * rewritten, and the editor's live redline, the Compare view and the exports pair paragraphs
 * alike. Moves, deletions and insertions then follow from the pairs as for any alignment.
 */
import { Groups } from './align';
import type { Draft } from '../model/draft';

/** True when one draft is a working draft made from the other: their paragraph ids are shared. */
export function pairedByIds(base: Draft, target: Draft): boolean {
  return target.working?.baseId === base.id || base.working?.baseId === target.id;
}

/** Word-set overlap (Dice) of two texts, 0..1: how alike two paired paragraphs still are. */
function overlap(a: string, b: string): number {
  if (a === b) return 1;
  const words = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const w of s.toLowerCase().split(/\s+/u)) if (w) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  };
  const wa = words(a);
  const wb = words(b);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const n of wa.values()) na += n;
  for (const [w, n] of wb) {
    nb += n;
    common += Math.min(n, wa.get(w) ?? 0);
  }
  return na + nb === 0 ? 1 : (2 * common) / (na + nb);
}

/** Groups pairing each target paragraph with the base paragraph of the same id (by ordinal). */
export function alignByIds(base: readonly { id: string; text: string }[], target: readonly { id: string; text: string }[]): Groups {
  const at = new Map<string, number>();
  base.forEach((p, i) => {
    if (!at.has(p.id)) at.set(p.id, i);
  });
  const groups = new Groups();
  const used = new Set<number>();
  target.forEach((p, t) => {
    const b = at.get(p.id);
    if (b === undefined || used.has(b)) return;
    used.add(b);
    groups.addPair(b, t, overlap(base[b]!.text, p.text));
  });
  return groups;
}
