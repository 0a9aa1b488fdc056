import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { migrateProject, migrations, versionOf, type Migration } from './migrate';
import { parseProject, ProjectFileError, serializeProject } from './project';
import { PROJECT_SCHEMA_VERSION } from './schema';

const fixtures = path.join(__dirname, 'fixtures');
const stored = fs.readdirSync(fixtures).filter((f) => /^project-v\d+\.draftwatch$/.test(f));

describe('project migrations', () => {
  it('has one step per version, in order, up to the current version', () => {
    expect(migrations.map((m) => m.from)).toEqual(Array.from({ length: PROJECT_SCHEMA_VERSION - 1 }, (_, i) => i + 1));
  });

  it('stores a fixture file of every version up to the current one', () => {
    const versions = stored.map((f) => Number(/v(\d+)/.exec(f)![1])).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: PROJECT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  for (const file of stored) {
    it(`opens ${file} as a current project, keeping its drafts, watch list and links`, () => {
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
      const raw = JSON.parse(text) as Record<string, unknown>;
      const project = parseProject(text);
      expect(project.schemaVersion).toBe(PROJECT_SCHEMA_VERSION);
      expect(project.id).toBe(raw.id);
      expect(project.drafts).toEqual(raw.drafts);
      expect(project.watchList).toEqual(raw.watchList);
      expect(project.lineageOverrides).toEqual(raw.lineageOverrides);
      // Saved again and reopened, it is the same project (the upgrade is stable).
      expect(parseProject(serializeProject(project))).toEqual(project);
    });
  }

  it('applies steps one version at a time and stamps each version', () => {
    const seen: number[] = [];
    const steps: Migration[] = [
      { from: 1, describe: 'add a', up: (p) => (seen.push(versionOf(p)), { ...p, a: 1 }) },
      { from: 2, describe: 'add b', up: (p) => (seen.push(versionOf(p)), { ...p, b: (p.a as number) + 1 }) },
    ];
    const { project, from } = migrateProject({ schemaVersion: 1 }, steps, 3);
    expect(from).toBe(1);
    expect(seen).toEqual([1, 2]);
    expect(project).toEqual({ schemaVersion: 3, a: 1, b: 2 });
    expect(migrateProject({ schemaVersion: 3, c: 1 }, steps, 3).project).toEqual({ schemaVersion: 3, c: 1 });
  });

  it('says so when a step is missing, and refuses a newer format with a clear message', () => {
    expect(() => migrateProject({ schemaVersion: 1 }, [], 2)).toThrow(/No migration from project format 1 to 2/);
    const text = fs.readFileSync(path.join(fixtures, stored[0]!), 'utf8');
    const newer = JSON.stringify({ ...JSON.parse(text), schemaVersion: PROJECT_SCHEMA_VERSION + 1 });
    expect(() => parseProject(newer)).toThrow(ProjectFileError);
    expect(() => parseProject(newer)).toThrow(/newer version of Draftwatch/);
  });
});

describe('format 2: working drafts and delegations', () => {
  it('keeps working drafts with their base, statuses, reviewed changes and proposals, and the delegations', () => {
    const text = fs.readFileSync(path.join(fixtures, 'project-v2.draftwatch'), 'utf8');
    const raw = JSON.parse(text) as { drafts: { working?: unknown }[]; delegations: unknown[] };
    const project = parseProject(text);
    expect(project.delegations).toEqual(raw.delegations);
    const working = project.drafts.filter((d) => d.working);
    expect(working).toHaveLength(1);
    expect(working[0]!.working).toEqual(raw.drafts.find((d) => d.working)!.working);
    expect(working[0]!.working!.proposals.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(working[0]!.working!.statuses)).toHaveLength(3);
  });

  it('upgrades format 1 with an empty list of delegations and nothing dropped', () => {
    const v1 = fs.readFileSync(path.join(fixtures, 'project-v1.draftwatch'), 'utf8');
    const project = parseProject(v1);
    expect(project.delegations).toEqual([]);
    expect(project.drafts.every((d) => d.working === undefined)).toBe(true);
  });

  it('refuses working drafts whose base or delegations are missing, saying which', () => {
    const text = fs.readFileSync(path.join(fixtures, 'project-v2.draftwatch'), 'utf8');
    const raw = JSON.parse(text) as { drafts: { id: string; working?: { baseId: string } }[]; delegations: unknown[] };
    const noBase = { ...raw, drafts: raw.drafts.filter((d) => d.id !== raw.drafts.find((x) => x.working)!.working!.baseId) };
    expect(() => parseProject(JSON.stringify(noBase))).toThrow(/names a base draft the project does not have/);
    expect(() => parseProject(JSON.stringify({ ...raw, delegations: [] }))).toThrow(/names a delegation the project does not list/);
  });
});
