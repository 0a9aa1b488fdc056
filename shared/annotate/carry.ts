/**
 * Carrying an annotation set made on one draft to another, outside any project: what
 * `draftwatch annotations carry` prints. The set may come from any W3C tool; annotations holding
 * only a TextQuoteSelector are first found in the old draft by their quote and context.
 */
import { buildLineage } from '../compare/lineage';
import type { CompareOptions } from '../compare/types';
import type { Draft } from '../model/draft';
import { anchorAnnotation, anchorContext, type AnchorStatus } from './anchor';
import { parseW3cAnnotations, toStored } from './w3c';

/** One input annotation's fate in the new draft, as the command prints it. */
export interface CarriedAnnotation {
  id: string;
  status: AnchorStatus;
  /** The paragraph's number as cited ("17", "8(a)"), or null (orphan, or unnumbered). */
  paragraph: string | null;
  /** The text it now sits on, or null. */
  quote: string | null;
  confidence: number;
  reason: string | null;
  ambiguous: boolean;
}

/** Carries the annotations of a W3C set's text from `from` to `to`, one result per input annotation, in input order. */
export function carryAnnotationSet(text: string, from: Draft, to: Draft, options: Partial<CompareOptions> = {}): CarriedAnnotation[] {
  const parsed = parseW3cAnnotations(text);
  const drafts = [from, to];
  const ctx = anchorContext(drafts, buildLineage(drafts, [], options));
  const now = new Date().toISOString();
  return parsed.map((p) => {
    // The set was made on the old draft, whatever its source IRI says.
    const a = toStored({ ...p, id: p.id ?? `#${p.index + 1}`, paragraph: p.source === from.id || p.source.endsWith(`:${from.id}`) ? p.paragraph : null }, from, now);
    const anchor = anchorAnnotation(ctx, a).get(to.id)!;
    const info = ctx.info.get(to.id)!;
    const index = anchor.paragraphId ? info.paragraphs.get(anchor.paragraphId)!.index : -1;
    return {
      id: a.id,
      status: anchor.status,
      paragraph: index >= 0 ? (info.cited.get(index) ?? null) : null,
      quote: anchor.quote,
      confidence: anchor.confidence,
      reason: anchor.reason ?? (anchor.ambiguous ? 'ambiguous: another place in the paragraph matches nearly as well' : null),
      ambiguous: anchor.ambiguous,
    };
  });
}
