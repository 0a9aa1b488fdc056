/**
 * Creating, reading and writing projects. Parsing never throws anything but ProjectFileError,
 * whose message is written for the person who chose the file.
 */
import { PROJECT_FORMAT, PROJECT_SCHEMA_VERSION, projectSchema, type Project } from './schema';
import { migrateProject } from './migrate';

/** The file chosen is not a readable Draftwatch project; the message says why, in plain words. */
export class ProjectFileError extends Error {
  override name = 'ProjectFileError';
}

/** A new empty project. `now` is injectable so tests are deterministic. */
export function createProject(name: string, now: Date = new Date(), id = newId('prj')): Project {
  const t = now.toISOString();
  return {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    id,
    name,
    createdAt: t,
    modifiedAt: t,
    drafts: [],
    watchList: [],
    lineageOverrides: [],
    annotations: [],
    delegations: [],
  };
}

/** A random id with a readable prefix ("drf-k3j9x2…"). */
export function newId(prefix: string): string {
  const rnd = Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(Math.random() * 36)]).join('');
  return `${prefix}-${rnd}`;
}

/** Validate an unknown value (parsed JSON, an IPC payload) as a project. */
export function validateProject(value: unknown): Project {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProjectFileError('This file is not a Draftwatch project (it holds no project object).');
  }
  const v = value as Record<string, unknown>;
  if (v.format !== PROJECT_FORMAT) {
    throw new ProjectFileError('This file is JSON, but not a Draftwatch project.');
  }
  if (typeof v.schemaVersion === 'number' && v.schemaVersion > PROJECT_SCHEMA_VERSION) {
    throw new ProjectFileError(
      `This project was saved by a newer version of Draftwatch (format ${v.schemaVersion}); update Draftwatch to open it.`,
    );
  }
  // Earlier formats are upgraded step by step before the current schema validates them.
  let upgraded: unknown;
  try {
    upgraded = migrateProject(v).project;
  } catch (e) {
    throw new ProjectFileError(`This Draftwatch project could not be upgraded: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = projectSchema.safeParse(upgraded);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ProjectFileError(`This Draftwatch project is damaged${where}: ${issue.message}.`);
  }
  return parsed.data;
}

/** Parse a project file's text. */
export function parseProject(text: string): Project {
  if (text.trim() === '') throw new ProjectFileError('This project file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ProjectFileError('This file is not a Draftwatch project: it is not valid JSON (it may be truncated or damaged).');
  }
  return validateProject(value);
}

/** The project as the text of its file: stable key order, indented, so files diff well. */
export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 1) + '\n';
}
