/** The change summary: counts by kind and by section, words inserted and deleted. */
import { countWords } from './text';
import type { Change, ChangeKind, CompareSummary, SectionSummary } from './types';

/** All change kinds, in the order a summary lists them. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['unchanged', 'modified', 'moved', 'split', 'merged', 'deleted', 'inserted'];

/** A zero count for every kind. */
export function emptyCounts(): Record<ChangeKind, number> {
  return { unchanged: 0, modified: 0, moved: 0, split: 0, merged: 0, deleted: 0, inserted: 0 };
}

/** Text of the paragraphs of one side of a change, as needed for word counts. */
export type SideText = (change: Change, side: 'base' | 'target') => string;

/** The counts of the last `countChangeWords` (module state, so the summary makes no object per change). */
let insertedWords = 0;
let deletedWords = 0;

/** Counts the words a change inserts and deletes into `insertedWords` and `deletedWords`. */
function countChangeWords(change: Change, text: SideText): void {
  insertedWords = 0;
  deletedWords = 0;
  if (change.kind === 'inserted') insertedWords = countWords(text(change, 'target'));
  else if (change.kind === 'deleted') deletedWords = countWords(text(change, 'base'));
  else if (change.diff) {
    for (const [op, t] of change.diff) {
      if (op === '+') insertedWords += countWords(t);
      else if (op === '-') deletedWords += countWords(t);
    }
  }
}

/** Words a change inserts and deletes: from its redline, or whole paragraphs when added/removed. */
export function changeWords(change: Change, text: SideText): { inserted: number; deleted: number } {
  countChangeWords(change, text);
  return { inserted: insertedWords, deleted: deletedWords };
}

/** Section separator shown to the user. */
export const SECTION_SEPARATOR = ' › ';

/** Section names by section array: a draft's paragraphs share their section arrays, so each is joined once. */
const names = new WeakMap<readonly string[], string>();

/** The section path as the user reads it. */
function sectionName(path: readonly string[]): string {
  let name = names.get(path);
  if (name === undefined) {
    name = path.join(SECTION_SEPARATOR);
    names.set(path, name);
  }
  return name;
}

/**
 * Summarises changes. A change belongs to its target section, a deletion to the section it
 * was deleted from; sections are listed in the order the changes first meet them.
 */
export function summarize(changes: readonly Change[], text: SideText): CompareSummary {
  const counts = emptyCounts();
  const sections = new Map<string, SectionSummary>();
  let wordsInserted = 0;
  let wordsDeleted = 0;
  // Changes one after another mostly share their section array: its name is joined and its
  // summary looked up once for them.
  let lastPath: readonly string[] | undefined;
  let s: SectionSummary | undefined;
  for (const c of changes) {
    countChangeWords(c, text);
    const inserted = insertedWords;
    const deleted = deletedWords;
    counts[c.kind]++;
    wordsInserted += inserted;
    wordsDeleted += deleted;
    const path = c.kind === 'deleted' ? c.baseSection : c.targetSection;
    if (path !== lastPath || path === undefined || !s) {
      lastPath = path;
      const name = path ? sectionName(path) : '';
      s = sections.get(name);
      if (!s) {
        s = { section: name, counts: emptyCounts(), wordsInserted: 0, wordsDeleted: 0 };
        sections.set(name, s);
      }
    }
    s.counts[c.kind]++;
    s.wordsInserted += inserted;
    s.wordsDeleted += deleted;
  }
  return { counts, wordsInserted, wordsDeleted, bySection: [...sections.values()] };
}
