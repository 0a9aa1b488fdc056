/**
 * Edits of a project, each a pure function returning a new project (so undo is just keeping the
 * old value). Received drafts themselves are never modified: only their label, date and place in
 * the sequence are the user's to change.
 */
import type { Draft } from '../../../shared/model/draft';
import { distinctLabel } from '../../../shared/import/draft';
import type { Project } from '../../../shared/model/schema';

const touch = (p: Project, drafts: Draft[]): Project => ({ ...p, drafts, modifiedAt: new Date().toISOString() });

/** Append drafts at the end of the sequence, giving each a project-unique id and label. */
export function addDrafts(project: Project, drafts: Draft[]): Project {
  const ids = new Set(project.drafts.map((d) => d.id));
  const taken: Draft[] = [...project.drafts];
  const added = drafts.map((d) => {
    let id = d.id;
    for (let n = 2; ids.has(id); n++) id = `${d.id}-${n}`;
    const label = distinctLabel(d, taken);
    ids.add(id);
    const named = { ...d, id, label };
    taken.push(named);
    return named;
  });
  return touch(project, [...project.drafts, ...added]);
}

/** Read a draft in another language (the person's choice over what import detected). */
export function setDraftLanguage(project: Project, draftId: string, code: string): Project {
  return touch(project, project.drafts.map((d) => (d.id === draftId ? { ...d, language: code } : d)));
}

/**
 * Read the whole project in one language: every draft, and each imported later (`Project.language`
 * is passed to the importer). `null` goes back to detecting each new draft's language; the drafts
 * keep the language they have.
 */
export function setProjectLanguage(project: Project, code: string | null): Project {
  if (code === null) {
    const { language: _dropped, ...rest } = project;
    return { ...rest, modifiedAt: new Date().toISOString() };
  }
  return { ...touch(project, project.drafts.map((d) => (d.language === code ? d : { ...d, language: code }))), language: code };
}

export function renameDraft(project: Project, draftId: string, label: string): Project {
  const clean = label.trim();
  if (!clean) return project;
  return touch(project, project.drafts.map((d) => (d.id === draftId ? { ...d, label: clean } : d)));
}

/**
 * Move a draft one place earlier (-1) or later (+1) in the sequence: among the received drafts,
 * or among the working drafts (each kind is listed apart).
 */
export function moveDraft(project: Project, draftId: string, delta: -1 | 1): Project {
  const i = project.drafts.findIndex((d) => d.id === draftId);
  if (i < 0) return project;
  const working = !!project.drafts[i]!.working;
  let j = i + delta;
  while (j >= 0 && j < project.drafts.length && !!project.drafts[j]!.working !== working) j += delta;
  if (j < 0 || j >= project.drafts.length) return project;
  const drafts = [...project.drafts];
  [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
  return touch(project, drafts);
}

export function removeDraft(project: Project, draftId: string): Project {
  return {
    ...touch(project, project.drafts.filter((d) => d.id !== draftId)),
    lineageOverrides: project.lineageOverrides.filter((o) => o.from.draftId !== draftId && o.to.draftId !== draftId),
  };
}

export function renameProject(project: Project, name: string): Project {
  const clean = name.trim();
  return clean ? { ...project, name: clean, modifiedAt: new Date().toISOString() } : project;
}
