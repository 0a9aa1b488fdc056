/**
 * Edits of a project's annotations, each a pure function returning a new project (one small
 * function each, like state/commands.ts), so every change goes through the controller's `edit`
 * and can be undone.
 */
import type { Project } from '../../../shared/model/schema';
import type { Annotation } from '../../../shared/annotate/schema';
import { mergeAnnotations, type MergeResult } from '../../../shared/annotate/merge';
import { sanitizeComment } from '../../../shared/annotate/sanitize';

const touch = (p: Project, annotations: Annotation[]): Project => ({ ...p, annotations, modifiedAt: new Date().toISOString() });
const clean = (a: Annotation): Annotation => ({ ...a, body: { ...a.body, comment: sanitizeComment(a.body.comment) } });

/** Add a new annotation (its comment sanitised). */
export function addAnnotation(project: Project, annotation: Annotation): Project {
  return touch(project, [...project.annotations, clean(annotation)]);
}

/** Replace an annotation by its edited version, stamping the modification time. */
export function updateAnnotation(project: Project, annotation: Annotation, now: Date = new Date()): Project {
  if (!project.annotations.some((a) => a.id === annotation.id)) return project;
  const next = clean({ ...annotation, modified: now.toISOString() });
  return touch(project, project.annotations.map((a) => (a.id === annotation.id ? next : a)));
}

/** Remove annotations by id. */
export function removeAnnotations(project: Project, ids: ReadonlySet<string>): Project {
  if (!project.annotations.some((a) => ids.has(a.id))) return project;
  return touch(project, project.annotations.filter((a) => !ids.has(a.id)));
}

/** Merge an imported set into the project's: both kept, nothing duplicated. */
export function importAnnotations(project: Project, incoming: readonly Annotation[]): { project: Project; result: MergeResult } {
  const result = mergeAnnotations(project.annotations, incoming);
  return { project: result.added || result.updated ? touch(project, result.annotations) : project, result };
}
