/** Placeholder replaced by the tracker view (issue 6). */
import type { Project } from '../../../shared/model/schema';

export interface TrackerViewProps {
  project: Project;
  /** Replace the project with an edited one (undoable), e.g. after editing the watch list. */
  onEdit(project: Project, label: string): void;
}

export function TrackerView({ project }: TrackerViewProps) {
  return <p className="empty-hint">Tracker for {project.drafts.length} drafts.</p>;
}
