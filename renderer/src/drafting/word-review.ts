/**
 * Opening a Word document with tracked changes as a working draft: each revision becomes a
 * pending proposal attributed to its author (who joins the project's delegations), dated from
 * its w:date; the text before the changes is its base (a received draft already in the project
 * when the text is the same, else a new one).
 */
import type { Project } from '../../../shared/model/schema';
import type { Controller } from '../state/controller';
import { adoptReview } from '../state/working-commands';

export interface ReviewDeps {
  current(): Project | null;
  edit(project: Project, label: string): void;
  notify: Controller['notify'];
  importOne: Controller['importOne'];
  setBusy: Controller['setBusy'];
}

/** Imports `src` as a working draft; returns its id, or null (the person was told why). */
export async function openWordReview(src: { path: string } | File, deps: ReviewDeps): Promise<string | null> {
  const name = src instanceof File ? src.name : src.path.split(/[\\/]/).pop()!;
  try {
    const imported = await deps.importOne(src, { label: `Opening ${name} for review…` }, { trackedChanges: 'proposals' });
    const review = imported.review;
    if (!review) {
      deps.notify('info', `${name} holds no tracked changes, so there is nothing to review. Import it as a draft instead (Import…).`);
      return null;
    }
    const project = deps.current();
    if (!project) return null;
    const adopted = adoptReview(project, review);
    deps.edit(adopted.project, `Open ${name} for review`);
    const count = review.working.working!.proposals.length;
    deps.notify(
      'info',
      `${name}: ${count} tracked change${count === 1 ? '' : 's'} by ${review.authors.join(', ')} ${count === 1 ? 'is' : 'are'} now pending proposals on ${adopted.baseLabel}${adopted.reusedBase ? ' (already in the project)' : ''}.`,
    );
    for (const note of review.notes) deps.notify('info', `${name}: ${note}`);
    return adopted.id;
  } catch (e) {
    deps.notify('error', `${name} was not opened for review: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  } finally {
    deps.setBusy(null);
  }
}
