/**
 * What presenter mode can show: the tracker, or a redline of two drafts. A redline source names
 * its two drafts by id and the tab Esc returns to, so every view that shows a redline enters
 * presenter mode the same way: the Compare view with its pair, and a working draft's redline
 * (issue 11) with `{ baseId: working.baseId, targetId: working.id, returnTab: 'draft' }`.
 */
import type { Draft } from '../../../shared/model/draft';
import type { Project } from '../../../shared/model/schema';

/** A redline to present: `targetId` against `baseId`, and the tab to return to (Compare when absent). */
export interface RedlineSource {
  baseId: string;
  targetId: string;
  returnTab?: string;
}

/** What to present: the tracker, the comparison on the Compare tab, or a given redline. */
export type PresentWhat = 'tracker' | 'comparison' | RedlineSource;

/** Every draft a presented redline may show, in negotiation order: received and working drafts. */
export function redlineDrafts(project: Pick<Project, 'drafts'>): readonly Draft[] {
  return project.drafts;
}
