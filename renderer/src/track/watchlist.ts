/**
 * Editing the project's watch list: each edit a pure function from project to project (so the app
 * can undo it by keeping the old value), plus the parsing and checks of the add/edit form.
 */
import type { Project, WatchTerm } from '../../../shared/model/schema';
import { defaultWatchList } from '../../../shared/track';
import { t } from '../i18n';

/** What the add/edit form holds. */
export interface TermForm {
  phrase: string;
  /** Comma-separated other wordings. */
  alternatives: string;
  category: string;
  color: string;
}

/** Colours offered to a new term, in turn, so neighbours differ. */
export const TERM_COLORS = ['#1f6feb', '#b42318', '#027a48', '#b54708', '#6941c6', '#0e7490', '#c11574', '#475467'] as const;

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Alternatives from "a, b ,c": trimmed, blanks and repeats (ignoring case) dropped, the phrase itself too. */
export function parseAlternatives(text: string, phrase = ''): string[] {
  const seen = new Set([squash(phrase).toLowerCase()]);
  const out: string[] = [];
  for (const part of text.split(',')) {
    const alt = squash(part);
    if (!alt || seen.has(alt.toLowerCase())) continue;
    seen.add(alt.toLowerCase());
    out.push(alt);
  }
  return out;
}

/** Why the form cannot be saved, or null when it can. `editingId` is the term being edited, if any. */
export function checkTermForm(form: TermForm, terms: readonly WatchTerm[], editingId: string | null = null): string | null {
  const phrase = squash(form.phrase);
  if (!phrase) return t('track.errPhrase');
  if (phrase.length > 500) return t('track.errPhraseLong');
  if (parseAlternatives(form.alternatives, phrase).some((a) => a.length > 500)) return t('track.errAltLong');
  if (form.category.length > 100) return t('track.errCategoryLong');
  if (!/^#[0-9a-fA-F]{6}$/.test(form.color)) return t('track.errColour');

  const clash = terms.find((t) => t.id !== editingId && t.phrase.toLowerCase() === phrase.toLowerCase());
  if (clash) return t('track.errClash', { phrase: clash.phrase });
  return null;
}

/** A project-unique id for a new term, readable in the project file. */
export function newTermId(phrase: string, terms: readonly WatchTerm[]): string {
  const slug = phrase.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'term';
  const ids = new Set(terms.map((t) => t.id));
  let id = `wt-${slug}`;
  for (let n = 2; ids.has(id); n++) id = `wt-${slug}-${n}`;
  return id;
}

/** The term a form describes (the form must have passed `checkTermForm`). */
export function termFromForm(form: TermForm, id: string): WatchTerm {
  const phrase = squash(form.phrase);
  return { id, phrase, alternatives: parseAlternatives(form.alternatives, phrase), category: squash(form.category), color: form.color.toLowerCase() };
}

/** The form showing a term, for editing it. */
export function formFromTerm(term: WatchTerm): TermForm {
  return { phrase: term.phrase, alternatives: term.alternatives.join(', '), category: term.category, color: term.color };
}

/** An empty form for the term that would come after `count` others, with the next colour in turn. */
export function emptyForm(count: number): TermForm {
  return { phrase: '', alternatives: '', category: '', color: TERM_COLORS[count % TERM_COLORS.length]! };
}

const withList = (project: Project, watchList: WatchTerm[]): Project => ({ ...project, watchList, modifiedAt: new Date().toISOString() });

/** Add a term at the end of the watch list. */
export function addTerm(project: Project, form: TermForm): Project {
  return withList(project, [...project.watchList, termFromForm(form, newTermId(form.phrase, project.watchList))]);
}

/** Replace a term's wording, category or colour (it keeps its id and place). */
export function updateTerm(project: Project, id: string, form: TermForm): Project {
  return withList(project, project.watchList.map((t) => (t.id === id ? termFromForm(form, id) : t)));
}

/** Remove a term. */
export function removeTerm(project: Project, id: string): Project {
  return withList(project, project.watchList.filter((t) => t.id !== id));
}

/** Start from the default watch list (only offered when the list is empty). */
export function withDefaultList(project: Project): Project {
  return withList(project, defaultWatchList());
}
