import { describe, expect, it, beforeEach } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProjectStore } from './project-store';
import { createProject, ProjectFileError, serializeProject } from '../../shared/model/project';
import type { Project } from '../../shared/model/schema';

let dir: string;
let store: ProjectStore;
const sample = (): Project => ({
  ...createProject('OEWG test', new Date('2026-03-01T10:00:00Z'), 'prj-test'),
  drafts: [{
    id: 'd1', label: 'Zero draft', date: '2026-02-10', sourceName: 'zero.md', hash: 'a'.repeat(64), title: 'Zero', symbol: null,
    importedAt: '2026-03-01T10:00:00Z', blocks: [{ kind: 'paragraph', id: 'p1', number: '1', level: 0, section: ['I. Introduction'], text: 'States [should] cooperate.' }],
  }],
});

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-store-'));
  store = new ProjectStore(path.join(dir, 'user'));
});

describe('ProjectStore', () => {
  it('saves, reopens and finds everything; adds the extension; remembers recent projects', async () => {
    const { path: written } = await store.save(path.join(dir, 'oewg'), sample());
    expect(written).toBe(path.join(dir, 'oewg.draftwatch'));
    const opened = await store.open(written);
    expect(opened.project).toEqual(sample());
    expect(opened.recovered).toBeUndefined();
    expect((await store.recent()).map((r) => r.path)).toEqual([written]);
  });

  it('keeps the previous version as a backup and leaves no temp files', async () => {
    const file = path.join(dir, 'p.draftwatch');
    await store.save(file, sample());
    await store.save(file, { ...sample(), name: 'Renamed' });
    expect(JSON.parse(fs.readFileSync(`${file}.bak`, 'utf8')).name).toBe('OEWG test');
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).name).toBe('Renamed');
    expect(fs.readdirSync(dir).sort()).toEqual(['p.draftwatch', 'p.draftwatch.bak', 'user']);
  });

  it('refuses corrupt, truncated, foreign and newer files with a clear error and touches nothing', async () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      [serializeProject(sample()).slice(0, 120), /not valid JSON/],
      [JSON.stringify({ name: 'x', version: '1.0.0' }), /not a Draftwatch project/],
      [JSON.stringify([1, 2]), /not a Draftwatch project/],
      [JSON.stringify({ ...sample(), schemaVersion: 9 }), /newer version/],
      [JSON.stringify({ ...sample(), drafts: [{ ...sample().drafts[0], hash: 'nope' }] }), /damaged at drafts\.0\.hash/],
    ];
    for (const [text, message] of cases) {
      const file = path.join(dir, 'bad.draftwatch');
      fs.writeFileSync(file, text);
      await expect(store.open(file)).rejects.toThrow(message);
      await expect(store.open(file)).rejects.toBeInstanceOf(ProjectFileError);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    }
    await expect(store.open(path.join(dir, 'missing.draftwatch'))).rejects.toThrow(/not found/);
    await expect(store.open(dir)).rejects.toThrow(/folder/);
    expect(await store.recent()).toEqual([]);
  });

  it('recovers unsaved work from an autosave newer than the file, and forgets it after a save', async () => {
    const file = path.join(dir, 'p.draftwatch');
    await store.save(file, sample());
    const edited = { ...sample(), name: 'Edited after save', modifiedAt: '2026-03-02T00:00:00.000Z' };
    await store.autosave(file, edited);
    const opened = await store.open(file);
    expect(opened.recovered).toBe(true);
    expect(opened.project.name).toBe('Edited after save');
    await store.save(file, opened.project);
    expect((await store.open(file)).recovered).toBeUndefined();
  });

  it('ignores a damaged autosave', async () => {
    const file = path.join(dir, 'p.draftwatch');
    await store.save(file, sample());
    await store.autosave(file, { ...sample(), modifiedAt: '2030-01-01T00:00:00.000Z' });
    const autosaves = fs.readdirSync(path.join(dir, 'user', 'autosave'));
    fs.writeFileSync(path.join(dir, 'user', 'autosave', autosaves[0]!), '{"truncated');
    const opened = await store.open(file);
    expect(opened.recovered).toBeUndefined();
    expect(opened.project.name).toBe('OEWG test');
  });
});
