/**
 * Merging someone else's annotation set into ours: both are kept, nothing is duplicated. Two
 * annotations are the same when they share an id (the newer edit wins) or, with different ids,
 * when they have the same target and the same body (the same note imported twice through a tool
 * that gave it a new id).
 */
import type { Annotation } from './schema';

/** What a merge did, for the message shown to the person. */
export interface MergeResult {
  annotations: Annotation[];
  added: number;
  /** Incoming annotations with a known id and a newer modification date. */
  updated: number;
  /** Incoming annotations already present (same id and not newer, or same target and body). */
  duplicates: number;
}

/** The key of an annotation's target and body: equal keys mean the same note on the same passage. */
export function contentKey(a: Annotation): string {
  const t = a.target;
  const b = a.body;
  return JSON.stringify([
    t.source, t.quote.exact, t.quote.prefix, t.quote.suffix,
    // Stored comments are already sanitised HTML: compare them with spacing normalised.
    b.comment.replace(/\s+/g, ' ').trim(), b.position, b.priority, [...b.tags].sort(), b.replacement, a.delegation, a.author,
  ]);
}

/** Our annotations with `incoming` merged in; ours keep their order, new ones follow in theirs. */
export function mergeAnnotations(ours: readonly Annotation[], incoming: readonly Annotation[]): MergeResult {
  const out = [...ours];
  const byId = new Map(out.map((a, i) => [a.id, i]));
  const keys = new Set(out.map(contentKey));
  let added = 0;
  let updated = 0;
  let duplicates = 0;
  for (const a of incoming) {
    const at = byId.get(a.id);
    if (at !== undefined) {
      const mine = out[at]!;
      if (a.modified > mine.modified && contentKey(a) !== contentKey(mine)) {
        keys.delete(contentKey(mine));
        out[at] = a;
        keys.add(contentKey(a));
        updated++;
      } else duplicates++;
      continue;
    }
    const key = contentKey(a);
    if (keys.has(key)) {
      duplicates++;
      continue;
    }
    byId.set(a.id, out.length);
    keys.add(key);
    out.push(a);
    added++;
  }
  return { annotations: out, added, updated, duplicates };
}
