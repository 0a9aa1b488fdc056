/**
 * The annotation work the engine worker does: anchors (cached by content, so editing a comment or
 * adding one annotation recomputes nothing else), reading annotation files, and the exports. Runs
 * in the worker; callable on the main thread when no worker starts.
 */
import { anchorAnnotation, anchorContext, type AnchorContext, type AnchorMap } from '../../../shared/annotate/anchor';
import type { Lineage } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { Annotation } from '../../../shared/annotate/schema';
import { importW3cAnnotations, annotationsToW3c } from '../../../shared/annotate/w3c';
import { annotationsToCsv } from '../../../shared/annotate/csv';
import { annotationBriefDocx } from '../../../shared/annotate/brief-docx';
import type { EngineRequest } from '../compare/engine-protocol';

let context: { lineage: Lineage; ctx: AnchorContext; byTarget: Map<string, AnchorMap extends Map<string, infer V> ? V : never> } | null = null;

/** The anchor context of this lineage (rebuilt, with an empty cache, when the drafts change). */
function contextFor(drafts: Draft[], lineage: Lineage) {
  if (context?.lineage !== lineage) context = { lineage, ctx: anchorContext(drafts, lineage), byTarget: new Map() };
  return context;
}

/** Anchors of `annotations`, reusing those whose id and target were seen with the same drafts. */
export function anchorsOf(drafts: Draft[], lineage: Lineage, annotations: Annotation[]): AnchorMap {
  const c = contextFor(drafts, lineage);
  const out: AnchorMap = new Map();
  for (const a of annotations) {
    const key = JSON.stringify([a.id, a.target, a.body.replacement]);
    let anchors = c.byTarget.get(key);
    if (!anchors) {
      anchors = anchorAnnotation(c.ctx, a);
      c.byTarget.set(key, anchors);
    }
    out.set(a.id, anchors);
  }
  return out;
}

export function importAnnotationFile(text: string, drafts: Draft[]): Annotation[] {
  return importW3cAnnotations(text.replace(/^\uFEFF/, ''), drafts);
}

export async function annotationExport(req: Extract<EngineRequest, { type: 'annotations-export' }>, lineage: Lineage): Promise<Uint8Array | string> {
  const { drafts, annotations, draftId, format } = req;
  if (format === 'w3c') return annotationsToW3c(annotations, drafts);
  const anchors = anchorsOf(drafts, lineage, annotations);
  const ctx = contextFor(drafts, lineage).ctx;
  const draft = drafts.find((d) => d.id === draftId);
  if (format === 'csv') return annotationsToCsv(annotations, ctx, anchors, draft);
  if (!draft) throw new Error('Choose the draft the brief is about.');
  return annotationBriefDocx(draft, annotations, ctx, anchors, { appVersion: req.appVersion });
}
