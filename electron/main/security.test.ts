import { describe, expect, it } from 'vitest';
import { APP_WEB_PREFERENCES, externalUrl, isTrustedSender, PRINT_WEB_PREFERENCES, projectFromArgv, secureWebPreferences } from './security';
import { buildMenuTemplate } from './menu';
import type { MenuCommand } from '../../shared/host/api';

const index = 'app://draftwatch/index.html';

describe('desktop shell security', () => {
  it('windows are isolated and sandboxed without Node, their settings one frozen object', () => {
    const p = secureWebPreferences('/x/preload.cjs');
    expect(p).toEqual({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
    });
    for (const prefs of [p, APP_WEB_PREFERENCES, PRINT_WEB_PREFERENCES]) {
      expect(Object.isFrozen(prefs)).toBe(true);
      expect(() => {
        (prefs as { nodeIntegration: boolean }).nodeIntegration = true;
      }).toThrow(TypeError);
      expect(prefs.nodeIntegration).toBe(false);
    }
    // The print window is the same, with no JavaScript at all.
    expect(PRINT_WEB_PREFERENCES).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(PRINT_WEB_PREFERENCES).not.toHaveProperty('preload');
  });
  it('opens only http(s) links outside the app, without credentials in them', () => {
    expect(externalUrl('https://www.un.org/disarmament/open-ended-working-group/')).toBe('https://www.un.org/disarmament/open-ended-working-group/');
    expect(externalUrl('http://example.org/a?b=c')).toBe('http://example.org/a?b=c');
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-msdt:/id', 'app://draftwatch/index.html', 'https://user:pw@example.org/', 'not a url', 'data:text/html,<script>']) {
      expect(externalUrl(bad), bad).toBeNull();
    }
  });
  it('only the app page in a main frame may call the host', () => {
    expect(isTrustedSender(index, true, index)).toBe(true);
    expect(isTrustedSender(index + '#compare', true, index)).toBe(true);
    expect(isTrustedSender(index, false, index)).toBe(false);
    expect(isTrustedSender('https://evil.example/index.html', true, index)).toBe(false);
    expect(isTrustedSender('file:///tmp/out/renderer/index.html', true, index)).toBe(false);
    expect(isTrustedSender('app://other/index.html', true, index)).toBe(false);
    expect(isTrustedSender(undefined, true, index)).toBe(false);
    expect(isTrustedSender('not a url', true, index)).toBe(false);
  });
  it('finds a project file among the command-line arguments', () => {
    expect(projectFromArgv(['/usr/bin/draftwatch', '--no-sandbox', '/home/a/OEWG.draftwatch'])).toBe('/home/a/OEWG.draftwatch');
    expect(projectFromArgv(['/usr/bin/draftwatch', '.'])).toBeNull();
  });
});

describe('native menu', () => {
  const labelsOf = (items: ReturnType<typeof buildMenuTemplate>) =>
    items.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).filter((i) => i.accelerator).map((i) => [i.label, i.accelerator]);

  it('has the usual accelerators and sends each command', () => {
    const sent: MenuCommand[] = [];
    const tpl = buildMenuTemplate('linux', (c) => sent.push(c));
    const acc = Object.fromEntries(labelsOf(tpl).map(([l, a]) => [String(l).replace(/&/g, ''), a]));
    expect(acc).toMatchObject({
      'New Project': 'CmdOrCtrl+N', 'Open Project…': 'CmdOrCtrl+O', Save: 'CmdOrCtrl+S', 'Save As…': 'CmdOrCtrl+Shift+S',
      'Import Draft…': 'CmdOrCtrl+I', 'Export…': 'CmdOrCtrl+E', Undo: 'CmdOrCtrl+Z', Redo: 'Ctrl+Y', 'Find…': 'CmdOrCtrl+F',
      Present: 'F5',
    });
    for (const m of tpl) for (const i of Array.isArray(m.submenu) ? m.submenu : []) (i.click as (() => void) | undefined)?.();
    expect(sent).toEqual(['new', 'open', 'save', 'save-as', 'import', 'export', 'undo', 'redo', 'find', 'next-change', 'previous-change', 'present']);
    const roles = tpl.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : [])).map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['togglefullscreen', 'zoomIn', 'zoomOut', 'resetZoom', 'quit']));
  });
  it('speaks the interface language: the same commands and accelerators, each submenu with distinct access keys', () => {
    const commands = (lang: 'en' | 'fr' | 'es') => {
      const sent: MenuCommand[] = [];
      const tpl = buildMenuTemplate('linux', (c) => sent.push(c), lang);
      for (const m of tpl) for (const i of Array.isArray(m.submenu) ? m.submenu : []) (i.click as (() => void) | undefined)?.();
      return { tpl, sent, accelerators: labelsOf(tpl).map(([, a]) => a) };
    };
    const en = commands('en');
    for (const lang of ['fr', 'es'] as const) {
      const other = commands(lang);
      expect(other.sent).toEqual(en.sent);
      expect(other.accelerators).toEqual(en.accelerators);
      const labels = other.tpl.flatMap((m) => [m.label, ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.label) : [])]).filter((l): l is string => typeof l === 'string');
      const english = new Set(en.tpl.flatMap((m) => [m.label, ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.label) : [])]).filter(Boolean));
      // Every label translated (none left in English), each with one access key.
      for (const l of labels) {
        expect(english.has(l), `${lang}: ${l}`).toBe(false);
        expect(l.match(/&/g)?.length, `${lang}: ${l}`).toBe(1);
      }
      for (const m of [{ submenu: other.tpl.filter((x) => x.label) }, ...other.tpl]) {
        const items = (Array.isArray(m.submenu) ? m.submenu : []).map((i) => i.label).filter((l): l is string => typeof l === 'string');
        const keys = items.map((l) => l[l.indexOf('&') + 1]!.toLowerCase());
        expect(new Set(keys).size, `${lang}: ${items.join(', ')}`).toBe(keys.length);
      }
    }
    expect(commands('fr').tpl.find((m) => m.label === '&Fichier')).toBeTruthy();
    expect(labelsOf(commands('es').tpl).find(([, a]) => a === 'CmdOrCtrl+Z')![0]).toBe('&Deshacer');
  });
  it('uses the app menu and Cmd+Shift+Z on macOS', () => {
    const tpl = buildMenuTemplate('darwin', () => {});
    expect(tpl[0]!.role).toBe('appMenu');
    expect(labelsOf(tpl).find(([l]) => l === '&Redo')![1]).toBe('Cmd+Shift+Z');
  });
});
