/**
 * Read-only questions about a project's annotations and their anchors, shared by the views, the
 * exporters and the presenter (whose private notes are "the paragraph's annotations").
 */
import type { Project } from '../model/schema';
import type { Anchor, AnchorMap } from './anchor';
import type { Annotation } from './schema';

/** An annotation with where it sits in one draft. */
export interface PlacedAnnotation {
  annotation: Annotation;
  anchor: Anchor;
}

/**
 * The annotations shown on paragraph `paragraphId` of draft `draftId`, in reading order of their
 * passages. Without anchors (not yet computed) only annotations made on that very paragraph
 * count, at their stored place.
 */
export function annotationsForParagraph(project: Pick<Project, 'annotations'>, draftId: string, paragraphId: string, anchors?: AnchorMap): PlacedAnnotation[] {
  const out: PlacedAnnotation[] = [];
  for (const annotation of project.annotations) {
    const anchor = anchors?.get(annotation.id)?.get(draftId) ?? storedAnchor(annotation, draftId);
    if (anchor && anchor.status !== 'orphaned' && anchor.paragraphId === paragraphId) out.push({ annotation, anchor });
  }
  return out.sort((x, y) => x.anchor.start - y.anchor.start || x.anchor.end - y.anchor.end);
}

/** The anchor an annotation has on its own draft by its stored place, before anything is derived. */
export function storedAnchor(a: Annotation, draftId: string): Anchor | null {
  const { source, paragraph, position, quote } = a.target;
  if (source !== draftId || !paragraph || !position) return null;
  return { annotationId: a.id, draftId, status: 'exact', paragraphId: paragraph, start: position.start, end: position.end, quote: quote.exact, confidence: 1, ambiguous: false, reason: null, why: null };
}

/** Every annotation shown on a draft, placed or orphaned, with its anchor there. */
export function annotationsOnDraft(annotations: readonly Annotation[], anchors: AnchorMap, draftId: string): PlacedAnnotation[] {
  const out: PlacedAnnotation[] = [];
  for (const annotation of annotations) {
    const anchor = anchors.get(annotation.id)?.get(draftId);
    if (anchor) out.push({ annotation, anchor });
  }
  return out;
}

/** Filters of the annotations panel; empty means "any". */
export interface AnnotationFilter {
  positions?: readonly string[];
  tags?: readonly string[];
  owners?: readonly string[];
  /** Only annotations made on this draft. */
  source?: string | null;
  orphaned?: 'only' | 'hide' | null;
  /** Words to find in the comment, quote, tags, owner or replacement. */
  text?: string;
}

/** True when a placed annotation passes the filter. `plain` is its comment as plain text. */
export function matchesFilter(p: PlacedAnnotation, f: AnnotationFilter, plain: string): boolean {
  const a = p.annotation;
  if (f.positions?.length && !f.positions.includes(a.body.position)) return false;
  if (f.tags?.length && !a.body.tags.some((t) => f.tags!.includes(t))) return false;
  if (f.owners?.length && !f.owners.includes(a.delegation || a.author)) return false;
  if (f.source && a.target.source !== f.source) return false;
  if (f.orphaned === 'only' && p.anchor.status !== 'orphaned') return false;
  if (f.orphaned === 'hide' && p.anchor.status === 'orphaned') return false;
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length) {
    const hay = [plain, a.target.quote.exact, p.anchor.quote ?? '', a.body.tags.join(' '), a.delegation, a.author, a.body.replacement ?? ''].join(' ').toLowerCase();
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}
