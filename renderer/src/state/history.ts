/**
 * The open project with its undo history. Every change a person makes to the project (an import,
 * a rename, a reorder, a removal) goes through `edit`, so it can be undone and redone; opening or
 * creating a project starts a fresh history. Values are immutable: dirty = "not the saved object".
 *
 * Typing in a working draft is not a project edit: the editor session keeps its own history and
 * commits `checkpoint`s of the working draft. A checkpoint replaces that draft in the project and
 * in every snapshot of the project history, so undoing a project action (a rename, an import)
 * never takes typed text back with it.
 */
import type { Draft } from '../../../shared/model/draft';
import type { Project } from '../../../shared/model/schema';

export interface ProjectState {
  project: Project | null;
  path: string | null;
  /** The project as last saved or opened; the document is dirty while `project` differs from it. */
  saved: Project | null;
  past: { project: Project; label: string }[];
  future: { project: Project; label: string }[];
  /** Label of the last edit, for "Undo import of Rev.2" style hints. */
  lastLabel: string | null;
}

export type ProjectAction =
  | { type: 'open'; project: Project; path: string | null; dirty?: boolean }
  | { type: 'edit'; project: Project; label: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'saved'; project: Project; path: string }
  | { type: 'checkpoint'; drafts: Draft[]; at: string };

const LIMIT = 200;

export const emptyProjectState: ProjectState = { project: null, path: null, saved: null, past: [], future: [], lastLabel: null };

export function projectReducer(state: ProjectState, action: ProjectAction): ProjectState {
  switch (action.type) {
    case 'open':
      return { project: action.project, path: action.path, saved: action.dirty ? null : action.project, past: [], future: [], lastLabel: null };
    case 'edit':
      if (!state.project || action.project === state.project) return state;
      return {
        ...state,
        project: action.project,
        past: [...state.past, { project: state.project, label: action.label }].slice(-LIMIT),
        future: [],
        lastLabel: action.label,
      };
    case 'undo': {
      const prev = state.past[state.past.length - 1];
      if (!prev || !state.project) return state;
      return {
        ...state,
        project: prev.project,
        past: state.past.slice(0, -1),
        future: [{ project: state.project, label: prev.label }, ...state.future],
        lastLabel: prev.label,
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next || !state.project) return state;
      return {
        ...state,
        project: next.project,
        past: [...state.past, { project: state.project, label: next.label }],
        future: state.future.slice(1),
        lastLabel: next.label,
      };
    }
    case 'saved':
      // Saving may take a moment: edits made meanwhile stay dirty.
      return { ...state, path: action.path, saved: action.project };
    case 'checkpoint': {
      if (!state.project || action.drafts.length === 0) return state;
      const project = withDrafts(state.project, action.drafts, action.at);
      if (project === state.project) return state;
      const patch = (e: { project: Project; label: string }) => ({ ...e, project: withDrafts(e.project, action.drafts, null) });
      return { ...state, project, past: state.past.map(patch), future: state.future.map(patch) };
    }
  }
}

/**
 * The project with these working drafts replacing the drafts of the same id (drafts it does not
 * have are left out: a snapshot from before the working draft existed stays without it).
 */
export function withDrafts(project: Project, drafts: readonly Draft[], modifiedAt: string | null): Project {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  let changed = false;
  const next = project.drafts.map((d) => {
    const r = byId.get(d.id);
    if (!r || r === d || !d.working) return d;
    changed = true;
    return r;
  });
  if (!changed) return project;
  return { ...project, drafts: next, ...(modifiedAt ? { modifiedAt } : {}) };
}

/** True when the project has changes that are not saved. */
export const isDirty = (s: ProjectState): boolean => s.project !== null && s.project !== s.saved;
