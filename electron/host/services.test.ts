import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHostServices } from './services';
import { findAppRoot } from './paths';
import { confinedPaths } from './path-policy';
import { HandleTable } from './handles';
import { createProject } from '../../shared/model/project';

const services = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-svc-'));
  return createHostServices({ paths: confinedPaths({ roots: [os.tmpdir()] }), appRoot: findAppRoot(), userDataDir: path.join(dir, 'user'), documentsDir: dir, mode: 'browser', version: 'test' });
};

describe('host services: import', () => {
  it('reports the progress of a long PDF import while it runs, then forgets it', async () => {
    const host = services();
    const seen: number[] = [];
    const bytes = new Uint8Array(fs.readFileSync('shared/import/fixtures/long-400.pdf'));
    const running = host.importFile({ name: 'long-400.pdf', bytes }, { progressKey: 'k1' });
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      const f = await host.importProgress('k1');
      if (f !== null) seen.push(f);
      await new Promise((r) => setTimeout(r, 5));
    }
    const { draft } = await running;
    expect(draft.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThanOrEqual(400);
    expect(seen.some((f) => f > 0 && f < 1)).toBe(true);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen); // never goes backwards
    expect(await host.importProgress('k1')).toBeNull();
  });

  it('refuses a path that is not there with one sentence', async () => {
    await expect(services().importFile({ path: path.join(os.tmpdir(), 'nonexistent', 'rev9.docx') })).rejects.toThrow(/rev9\.docx was not found/);
  });
});

describe('host services: size limit', () => {
  it('refuses a file over the importer’s limit before reading it, with the importer’s figure', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-big-'));
    const big = path.join(dir, 'huge.txt');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 101 * 1024 * 1024); // sparse: no memory or disk used
    await expect(services().importFile({ path: big })).rejects.toThrow('huge.txt is larger than 100 MB, too large to be a draft.');
  });
});

/** Every file under `dir`, relative, sorted: what a refused call must leave unchanged. */
const tree = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

describe('host services: hostile paths (browser mode)', () => {
  it('refuses every call that names a file outside the allowed folders, hidden, or of the wrong kind, and writes nothing', async () => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dw-hostile-')));
    const home = path.join(base, 'home');
    fs.mkdirSync(path.join(home, '.ssh'), { recursive: true });
    fs.writeFileSync(path.join(home, '.ssh', 'id_rsa'), 'PRIVATE KEY');
    fs.writeFileSync(path.join(home, '.bashrc'), 'echo hi');
    const host = createHostServices({ paths: confinedPaths({ roots: [home] }), appRoot: findAppRoot(), userDataDir: path.join(base, 'user'), documentsDir: home, mode: 'browser', version: 'test' });
    const project = createProject('Hostile');
    const before = tree(base);
    const attempts: [string, () => Promise<unknown>][] = [
      ['import /etc/passwd', () => host.importFile({ path: '/etc/passwd' })],
      ['import ~/.ssh/id_rsa', () => host.importFile({ path: path.join(home, '.ssh', 'id_rsa') })],
      ['open /etc/passwd as a project', () => host.openProject('/etc/passwd')],
      ['open a dotfile as a project', () => host.openBackup(path.join(home, '.bashrc'))],
      ['export over ~/.bashrc', () => host.writeExport(path.join(home, '.bashrc'), new Uint8Array([1]))],
      ['export a script', () => host.writeExport(path.join(home, 'run.sh'), new Uint8Array([1]))],
      ['export outside', () => host.writeExport(path.join(base, 'outside.html'), new Uint8Array([1]))],
      ['save a project over a dotfile', () => host.saveProject(path.join(home, '.bashrc'), project)],
      ['save a project outside', () => host.saveProject('/tmp/../etc/x.draftwatch', project)],
      ['autosave under a path outside', () => host.autosave(path.join(base, 'x.draftwatch'), project)],
      ['relative path', () => host.importFile({ path: 'home/.ssh/id_rsa' })],
    ];
    for (const [what, call] of attempts) {
      const err = await call().then(() => null, (e: unknown) => e);
      expect(err, what).toBeInstanceOf(Error);
      expect((err as Error).name, what).toBe('PathRefusedError');
    }
    expect(tree(base)).toEqual(before);
    expect(fs.readFileSync(path.join(home, '.bashrc'), 'utf8')).toBe('echo hi');
  });
});

describe('host services: handles (desktop app)', () => {
  it('accepts handles the main process issued and refuses raw paths', async () => {
    const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dw-handles-')));
    const handles = new HandleTable();
    const host = createHostServices({ paths: handles, appRoot: findAppRoot(), userDataDir: path.join(base, 'user'), documentsDir: base, mode: 'electron', version: 'test' });
    const file = path.join(base, 'oewg.draftwatch');
    await expect(host.saveProject(file, createProject('Raw'))).rejects.toThrow(/only opens and writes files you chose/);
    expect(fs.existsSync(file)).toBe(false);

    const chosen = handles.issue('project', path.join(base, 'oewg')); // a save dialog's answer, extension added
    const saved = await host.saveProject(chosen, createProject('Chosen'));
    expect(saved.path).toBe(chosen);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).name).toBe('Chosen');
    // What the host hands back is a handle again, which reopens the project.
    const recent = await host.recentProjects();
    expect(recent.map((r) => r.path)).toEqual([chosen]);
    expect((await host.openProject(recent[0]!.path)).project.name).toBe('Chosen');
    // The project's handle is not a licence to overwrite it with an export.
    await expect(host.writeExport(chosen, new Uint8Array([0]))).rejects.toThrow(/not chosen to be written as an export/);
    const exported = handles.issue('export', path.join(base, 'redline.html'));
    expect((await host.writeExport(exported, new TextEncoder().encode('<p>x</p>'))).path).toBe(exported);
    expect(fs.readFileSync(path.join(base, 'redline.html'), 'utf8')).toBe('<p>x</p>');
  });
});
