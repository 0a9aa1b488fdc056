import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { confinedPaths, extensionAllowed, PathRefusedError, withProjectExtension, type PathAccess } from './path-policy';
import { HandleTable } from './handles';
import { displayName, displayPath, handleToken, isFileHandle } from '../../shared/host/handles';

let home: string;
let outside: string;
let policy: PathAccess;

beforeAll(() => {
  const base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dw-paths-')));
  home = path.join(base, 'home');
  outside = path.join(base, 'elsewhere');
  for (const d of [home, outside, path.join(home, 'Documents'), path.join(home, '.ssh'), path.join(home, '.config', 'app')]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(home, 'Documents', 'rev2.docx'), 'x');
  fs.writeFileSync(path.join(home, 'Documents', 'oewg.draftwatch'), '{}');
  fs.writeFileSync(path.join(home, '.ssh', 'id_rsa'), 'secret');
  fs.writeFileSync(path.join(home, '.bashrc'), 'rc');
  fs.writeFileSync(path.join(outside, 'passwd.txt'), 'root:x');
  fs.writeFileSync(path.join(outside, 'startup.draftwatch'), '{}');
  fs.symlinkSync(outside, path.join(home, 'Documents', 'link-out'));
  fs.symlinkSync(path.join(home, '.ssh'), path.join(home, 'Documents', 'keys'));
  fs.mkdirSync(path.join(home, 'Documents', 'folder.docx'));
  execFileSync('mkfifo', [path.join(home, 'Documents', 'pipe.txt')]);
  policy = confinedPaths({ roots: [home], granted: [path.join(outside, 'startup.draftwatch')] });
});

const refused = async (use: Parameters<PathAccess['resolve']>[0], p: string, mode: 'read' | 'write', message: RegExp) => {
  const err = await policy.resolve(use, p, mode).then(() => null, (e: unknown) => e);
  expect(err, `${use} ${mode} ${p}`).toBeInstanceOf(PathRefusedError);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).not.toContain('\n');
};

describe('browser mode: paths confined to the allowed folders', () => {
  it('accepts files inside the root with the right extension', async () => {
    expect(await policy.resolve('import', path.join(home, 'Documents', 'rev2.docx'), 'read')).toBe(path.join(home, 'Documents', 'rev2.docx'));
    expect(await policy.resolve('project', path.join(home, 'Documents', 'oewg.draftwatch'), 'read')).toBe(path.join(home, 'Documents', 'oewg.draftwatch'));
    expect(await policy.resolve('export', path.join(home, 'Documents', 'new', 'redline.pdf'), 'write')).toBe(path.join(home, 'Documents', 'new', 'redline.pdf'));
    // A project saved without an extension gets one.
    expect(await policy.resolve('project', path.join(home, 'Documents', 'OEWG'), 'write')).toBe(path.join(home, 'Documents', 'OEWG.draftwatch'));
  });

  it('refuses system files, keys and dotfiles, whatever the call', async () => {
    await refused('import', '/etc/passwd', 'read', /outside the folders Draftwatch may use/);
    await refused('import', path.join(outside, 'passwd.txt'), 'read', /outside the folders/);
    await refused('import', path.join(home, '.ssh', 'id_rsa'), 'read', /hidden files and folders/);
    await refused('import', path.join(home, '.ssh', 'id_rsa.txt'), 'read', /hidden files and folders/);
    await refused('export', path.join(home, '.bashrc'), 'write', /hidden/);
    await refused('export', path.join(home, 'Documents', 'run.sh'), 'write', /only \.docx, \.pdf, \.html, \.csv, \.svg, \.json, \.jsonld/);
    await refused('export', path.join(home, '.profile.html'), 'write', /hidden/);
    await refused('export', path.join(home, '.config', 'app', 'autostart.json'), 'write', /hidden/);
    await refused('project', path.join(home, '.hidden.draftwatch'), 'write', /hidden/);
    await refused('project', '/etc/cron.d/x.draftwatch', 'write', /outside/);
  });

  it('refuses relative paths, traversal and NUL bytes', async () => {
    await refused('import', 'Documents/rev2.docx', 'read', /full path/);
    await refused('import', path.join(home, 'Documents', '..', '..', 'elsewhere', 'passwd.txt'), 'read', /outside/);
    await refused('import', `${home}/Documents/rev2.docx\0.txt`, 'read', /NUL/);
  });

  it('follows links: a link inside the root to a file outside it, or into a hidden folder, is refused', async () => {
    await refused('import', path.join(home, 'Documents', 'link-out', 'passwd.txt'), 'read', /outside/);
    await refused('export', path.join(home, 'Documents', 'link-out', 'x.html'), 'write', /outside/);
    await refused('import', path.join(home, 'Documents', 'keys', 'id_rsa.txt'), 'read', /hidden/);
  });

  it('checks each call’s extensions', async () => {
    await refused('import', path.join(home, 'Documents', 'run.sh'), 'read', /cannot be imported/);
    await refused('export', path.join(home, 'Documents', 'run.sh'), 'write', /cannot be written as an export/);
    await refused('export', path.join(home, 'Documents', 'x.draftwatch'), 'write', /cannot be written as an export/);
    await refused('project', path.join(home, 'Documents', 'rev2.docx'), 'read', /cannot be opened or saved as a project/);
    await refused('project', path.join(home, 'Documents', 'notes.txt'), 'write', /only \.draftwatch/);
    for (const ext of ['docx', 'pdf', 'html', 'txt', 'md']) expect(extensionAllowed('import', `a.${ext.toUpperCase()}`)).toBe(true);
    for (const ext of ['docx', 'pdf', 'html', 'csv', 'svg', 'json', 'jsonld']) expect(extensionAllowed('export', `a.${ext}`)).toBe(true);
    expect(extensionAllowed('import', 'a.exe')).toBe(false);
  });

  it('refuses folders and special files (a pipe would hang a read)', async () => {
    await refused('import', path.join(home, 'Documents', 'folder.docx'), 'read', /a folder/);
    await refused('import', path.join(home, 'Documents', 'pipe.txt'), 'read', /not a regular file/);
  });

  it('refuses the app’s own data folder, and the folders Windows and macOS hide without a dot', async () => {
    const data = path.join(home, 'Documents', 'draftwatch-data');
    const guarded = confinedPaths({ roots: [home], denied: [data] });
    await expect(guarded.resolve('export', path.join(data, 'recent.json'), 'write')).rejects.toThrow(/own data folder/);
    const windows = confinedPaths({ roots: [home], platform: 'win32' });
    await expect(windows.resolve('export', path.join(home, 'AppData', 'Roaming', 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup', 'x.html'), 'write')).rejects.toThrow(/hidden/);
    const mac = confinedPaths({ roots: [home], platform: 'darwin' });
    await expect(mac.resolve('export', path.join(home, 'Library', 'LaunchAgents', 'x.json'), 'write')).rejects.toThrow(/hidden/);
    expect(await windows.resolve('export', path.join(home, 'Library', 'x.json'), 'write')).toBe(path.join(home, 'Library', 'x.json'));
  });

  it('grants the project named at start exactly, not its neighbours', async () => {
    expect(await policy.resolve('project', path.join(outside, 'startup.draftwatch'), 'read')).toBe(path.join(outside, 'startup.draftwatch'));
    await refused('project', path.join(outside, 'other.draftwatch'), 'write', /outside/);
  });

  it('adds the project extension only where there is none', () => {
    expect(withProjectExtension('/a/OEWG')).toBe('/a/OEWG.draftwatch');
    expect(withProjectExtension('/a/OEWG.draftwatch')).toBe('/a/OEWG.draftwatch');
    expect(withProjectExtension('/a/x.txt')).toBe('/a/x.txt');
  });
});

describe('desktop app: paths are handles the main process issued', () => {
  it('resolves only handles it issued, for the uses they were granted', async () => {
    const table = new HandleTable();
    const file = path.join(home, 'Documents', 'oewg.draftwatch');
    const h = table.issue('project', file);
    expect(isFileHandle(h)).toBe(true);
    expect(displayPath(h)).toBe(file);
    expect(displayName(h)).toBe('oewg.draftwatch');
    expect(table.issue('project', file)).toBe(h); // stable: the recent list can compare them
    expect(await table.resolve('project', h)).toBe(file);

    // A real path, a made-up handle, a handle with its token changed: all refused.
    for (const forged of [file, '/etc/passwd', `dwfile:${'0'.repeat(32)}:${file}`, h.replace(handleToken(h)!, handleToken(h)!.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')))]) {
      await expect(table.resolve('project', forged)).rejects.toThrow(/only opens and writes files you chose/);
    }
    // A project handle cannot be used to write an export over the project, nor to import it.
    await expect(table.resolve('export', h)).rejects.toThrow(/was not chosen to be written as an export/);
    await expect(table.resolve('import', h)).rejects.toThrow(/was not chosen to be imported/);
  });

  it('checks the extension of the file behind a handle too', async () => {
    const table = new HandleTable();
    const h = table.issue('export', path.join(home, 'Documents', 'payload.sh'));
    await expect(table.resolve('export', h)).rejects.toThrow(/cannot be written as an export/);
    const save = table.issue('project', path.join(home, 'Documents', 'Untitled'));
    expect(displayName(save)).toBe('Untitled.draftwatch');
  });

  it('the display helpers leave browser mode’s plain paths as they are', () => {
    expect(displayPath('/home/a/x.draftwatch')).toBe('/home/a/x.draftwatch');
    expect(displayName('C:\\Users\\a\\x.draftwatch')).toBe('x.draftwatch');
    expect(handleToken('/home/a/x')).toBeNull();
  });
});
