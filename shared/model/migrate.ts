/**
 * Versioned migrations of the project file. A project saved by any earlier version of Draftwatch
 * keeps opening: its parsed JSON is upgraded one version at a time, each step a small pure
 * function from the object of version N to the object of version N + 1, before the current
 * schema validates it. Steps never drop what a person decided; they only add or reshape.
 *
 * To change the schema: bump PROJECT_SCHEMA_VERSION in schema.ts, append a step here whose
 * `from` is the previous version, and store a fixture file of the previous version under
 * `fixtures/` (see migrate.test.ts, which opens every stored fixture).
 */
import { PROJECT_SCHEMA_VERSION } from './schema';

/** A parsed project object of some version, before validation. */
export type ProjectObject = Record<string, unknown>;

/** One upgrade step: from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  /** What the step adds or reshapes, for the log and the tests. */
  describe: string;
  up(project: ProjectObject): ProjectObject;
}

/**
 * Every step, in order. Version 1 is the first released format.
 * Version 2 adds annotations (issue 10); version 3 adds working drafts and delegations (issue 11).
 */
export const migrations: readonly Migration[] = [
  {
    from: 1,
    describe: 'adds an empty list of annotations',
    up: (p) => ({ ...p, annotations: Array.isArray(p.annotations) ? p.annotations : [] }),
  },
  {
    from: 2,
    describe: 'adds the list of delegations (working drafts carry their data on the draft itself)',
    up: (p) => ({ ...p, delegations: Array.isArray(p.delegations) ? p.delegations : [] }),
  },
];

/** The version a parsed project object declares (1 when it predates the field). */
export function versionOf(project: ProjectObject): number {
  const v = project.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/**
 * Upgrade a parsed project object to the current version. Returns the object unchanged when it is
 * already current, and the version it started from so callers can say "upgraded from format 1".
 * Versions newer than this program are left for the validator to refuse with its own message.
 */
export function migrateProject(project: ProjectObject, steps: readonly Migration[] = migrations, current = PROJECT_SCHEMA_VERSION): { project: ProjectObject; from: number } {
  const from = versionOf(project);
  let value = project;
  for (let v = from; v < current; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) throw new Error(`No migration from project format ${v} to ${v + 1}.`);
    value = { ...step.up(value), schemaVersion: v + 1 };
  }
  return { project: value, from };
}
