import { describe, expect, it, beforeEach } from 'vitest';
import { spawnSync } from 'node:child_process';
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

describe('ProjectStore: a damaged file and its backup', () => {
  const damages: [string, (good: Buffer) => Buffer][] = [
    ['truncated', (good) => good.subarray(0, Math.floor(good.length * 0.7))],
    ['bytes flipped', (good) => {
      const bad = Buffer.from(good);
      for (let i = 40; i < bad.length; i += 97) bad[i] = bad[i]! ^ 0x5a;
      return bad;
    }],
    ['the wrong type (a PNG)', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['the wrong type (a Word document renamed)', () => fs.readFileSync('shared/import/fixtures/oewg-crp.docx')],
    ['valid JSON of the wrong shape', () => Buffer.from(JSON.stringify({ format: 'draftwatch-project', schemaVersion: 1, drafts: 'none' }))],
  ];

  for (const [what, damage] of damages) {
    it(`${what}: opens with a clear error, the file untouched, and its backup is offered`, async () => {
      const file = path.join(dir, 'p.draftwatch');
      await store.save(file, sample());
      await store.save(file, { ...sample(), name: 'Second save' });
      const bad = damage(fs.readFileSync(file));
      fs.writeFileSync(file, bad);
      const err = await store.open(file).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(ProjectFileError);
      expect((err as Error).name).toBe('DamagedProjectError');
      expect((err as Error).message).toMatch(/Its backup from \d{4}-\d\d-\d\d \d\d:\d\d can be opened instead\.$/);
      expect((err as Error).message).not.toContain('\n');
      expect(fs.readFileSync(file).equals(bad)).toBe(true);

      // Recovery: the backup opens under the file's name; the file is still untouched.
      const opened = await store.openBackup(file);
      expect(opened).toMatchObject({ path: file, recovered: true });
      expect(opened.project.name).toBe('OEWG test');
      expect(fs.readFileSync(file).equals(bad)).toBe(true);

      // Saving replaces the damaged file, keeps it aside, and keeps the good backup.
      await store.save(file, opened.project);
      expect((await store.open(file)).project.name).toBe('OEWG test');
      expect(fs.readFileSync(`${file}.damaged`).equals(bad)).toBe(true);
      expect(JSON.parse(fs.readFileSync(`${file}.bak`, 'utf8')).name).toBe('OEWG test');
    });
  }

  it('a damaged file without a usable backup is a plain ProjectFileError', async () => {
    const file = path.join(dir, 'p.draftwatch');
    fs.writeFileSync(file, '{"format":"draftwatch-project","sch');
    await expect(store.open(file)).rejects.toMatchObject({ name: 'ProjectFileError' });
    fs.writeFileSync(`${file}.bak`, 'also damaged');
    await expect(store.open(file)).rejects.toMatchObject({ name: 'ProjectFileError' });
    await expect(store.openBackup(file)).rejects.toThrow(/backup of p\.draftwatch cannot be opened either/);
  });
});

describe('ProjectStore: temporary files of killed saves', () => {
  it('removes those of dead processes on open and save, and keeps those of live ones', async () => {
    const file = path.join(dir, 'p.draftwatch');
    await store.save(file, sample());
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const leftover = path.join(dir, `.p.draftwatch.${dead}-0123456789ab.dwtmp`);
    const backupLeftover = path.join(dir, `.p.draftwatch.bak.${dead}-0123456789ab.dwtmp`);
    const live = path.join(dir, `.p.draftwatch.${process.ppid}-0123456789ab.dwtmp`);
    const unrelated = path.join(dir, '.p.draftwatch.notes');
    for (const f of [leftover, backupLeftover, live, unrelated]) fs.writeFileSync(f, 'partial');
    await store.open(file);
    expect(fs.existsSync(leftover)).toBe(false);
    expect(fs.existsSync(backupLeftover)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.existsSync(unrelated)).toBe(true);
  });
});
