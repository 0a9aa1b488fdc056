/** Opening a Word document with tracked changes as a working draft (completed with the importer). */
import type { Project } from '../../../shared/model/schema';
import type { Controller } from '../state/controller';

export interface ReviewDeps {
  current(): Project | null;
  edit(project: Project, label: string): void;
  notify: Controller['notify'];
  importOne: Controller['importOne'];
  setBusy: Controller['setBusy'];
}

/** Imports `src` as a working draft; returns its id, or null (the person was told why). */
export async function openWordReview(_src: { path: string } | File, deps: ReviewDeps): Promise<string | null> {
  deps.notify('error', 'Opening Word reviews is not available yet.');
  return null;
}
