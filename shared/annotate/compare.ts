/**
 * Annotations against a comparison: which of "our positions" on the earlier draft sit on text that
 * changed in the later one. The first thing a drafter asks of a new revision: "3 of our 12
 * positions are on text that changed; 1 is orphaned".
 */
import type { Comparison } from '../compare/types';
import type { AnchorMap, Anchor } from './anchor';
import type { Annotation } from './schema';

export type PassageFate = 'unchanged' | 'edited' | 'moved' | 'orphaned';

/** One annotation's passage from the earlier draft to the later one. */
export interface PassageChange {
  annotation: Annotation;
  base: Anchor;
  /** Its anchor in the later draft (null when the later draft comes before the annotation's own). */
  target: Anchor | null;
  fate: PassageFate;
}

export interface AnnotationCompareSummary {
  /** Annotations placed on the earlier draft. */
  total: number;
  /** Of those, on text that changed (edited, moved or gone). */
  changed: number;
  moved: number;
  orphaned: number;
  passages: PassageChange[];
}

/** How the passages of annotations placed on the comparison's base draft fare in its target. */
export function annotationsAcross(annotations: readonly Annotation[], anchors: AnchorMap, comparison: Comparison): AnnotationCompareSummary {
  const kindOf = new Map<string, string>();
  for (const c of comparison.changes) for (const b of c.base) kindOf.set(b.id, c.kind);
  const passages: PassageChange[] = [];
  for (const annotation of annotations) {
    const byDraft = anchors.get(annotation.id);
    const base = byDraft?.get(comparison.baseId);
    if (!base || base.status === 'orphaned') continue;
    const target = byDraft?.get(comparison.targetId) ?? null;
    let fate: PassageFate = 'unchanged';
    if (target?.status === 'orphaned') fate = 'orphaned';
    else if (target && target.quote !== base.quote) fate = 'edited';
    else if (kindOf.get(base.paragraphId!) === 'moved') fate = 'moved';
    passages.push({ annotation, base, target, fate });
  }
  const count = (f: PassageFate) => passages.filter((p) => p.fate === f).length;
  return { total: passages.length, changed: passages.length - count('unchanged'), moved: count('moved'), orphaned: count('orphaned'), passages };
}
