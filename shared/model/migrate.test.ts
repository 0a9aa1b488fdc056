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
      // Format 2 added annotations: earlier files open with none, later ones keep theirs.
      expect(project.annotations).toEqual(raw.annotations ?? []);
      // Saved again and reopened, it is the same project (the upgrade is stable).
      expect(parseProject(serializeProject(project))).toEqual(project);
    });
  }

  it('format 2 holds real annotations: placed, orphaned, and one made by another tool with only a quote', async () => {
    const { anchorContext, anchorAnnotations } = await import('../annotate/anchor');
    const { buildLineage } = await import('../compare/lineage');
    const project = parseProject(fs.readFileSync(path.join(fixtures, 'project-v2.draftwatch'), 'utf8'));
    const ctx = anchorContext(project.drafts, buildLineage(project.drafts));
    const anchors = anchorAnnotations(ctx, project.annotations);
    const rev1 = project.drafts[1]!.id;
    const statuses = project.annotations.map((a) => anchors.get(a.id)!.get(rev1)!);
    expect(statuses.map((s) => s.status)).toEqual(['fuzzy', 'orphaned', 'exact']);
    expect(statuses[0]!.quote).toBe('States could consider, as appropriate, measures');
    expect(statuses[1]!.reason).toBe('paragraph 23 deleted in Rev.1');
    expect(anchors.get(project.annotations[2]!.id)!.get(project.drafts[0]!.id)).toMatchObject({ status: 'exact', quote: 'technological neutrality' });
  });

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

describe('format 3: working drafts and delegations', () => {
  const v3 = () => fs.readFileSync(path.join(fixtures, 'project-v3.draftwatch'), 'utf8');

  it('keeps working drafts with their base, statuses, reviewed changes and proposals, the delegations and the annotations', () => {
    const raw = JSON.parse(v3()) as { drafts: { working?: unknown }[]; delegations: unknown[]; annotations: unknown[] };
    const project = parseProject(v3());
    expect(project.delegations).toEqual(raw.delegations);
    expect(project.annotations).toHaveLength(raw.annotations.length);
    const working = project.drafts.filter((d) => d.working);
    expect(working).toHaveLength(1);
    expect(working[0]!.working).toEqual(raw.drafts.find((d) => d.working)!.working);
    expect(working[0]!.working!.proposals.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(working[0]!.working!.statuses)).toHaveLength(3);
  });

  it('upgrades formats 1 and 2 with an empty list of delegations, annotations kept and nothing dropped', () => {
    for (const [file, annotations] of [['project-v1.draftwatch', 0], ['project-v2.draftwatch', 3]] as const) {
      const project = parseProject(fs.readFileSync(path.join(fixtures, file), 'utf8'));
      expect(project.schemaVersion).toBe(3);
      expect(project.delegations).toEqual([]);
      expect(project.annotations).toHaveLength(annotations);
      expect(project.drafts.every((d) => d.working === undefined)).toBe(true);
    }
  });

  it('keeps delegations a format 2 file already holds (saved by a pre-release build with working drafts)', () => {
    const raw = JSON.parse(v3()) as Record<string, unknown>;
    const project = parseProject(JSON.stringify({ ...raw, schemaVersion: 2 }));
    expect(project.delegations).toEqual(raw.delegations);
    expect(project.drafts.filter((d) => d.working)).toHaveLength(1);
  });

  it('refuses working drafts whose base or delegations are missing, saying which', () => {
    const raw = JSON.parse(v3()) as { drafts: { id: string; working?: { baseId: string } }[]; delegations: unknown[]; annotations: unknown[] };
    const noBase = { ...raw, annotations: [], drafts: raw.drafts.filter((d) => d.id !== raw.drafts.find((x) => x.working)!.working!.baseId) };
    expect(() => parseProject(JSON.stringify(noBase))).toThrow(/names a base draft the project does not have/);
    expect(() => parseProject(JSON.stringify({ ...raw, delegations: [] }))).toThrow(/names a delegation the project does not list/);
  });
});
