/**
 * The native menu as data: built from plain objects so it is unit-tested without Electron. Custom
 * items send a MenuCommand to the renderer; the rest use Electron's standard roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/host/api';
import type { UiLanguage } from '../../shared/export/strings';
import { shellWords } from './shell-words';

/** The menu in the interface's language (`lang`, English by default); commands and accelerators are the same in every language. */
export function buildMenuTemplate(platform: string, send: (command: MenuCommand) => void, lang: UiLanguage = 'en'): MenuItemConstructorOptions[] {
  const w = shellWords(lang);
  const item = (label: string, accelerator: string | undefined, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: w.file,
      submenu: [
        item(w.newProject, 'CmdOrCtrl+N', 'new'),
        item(w.openProject, 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        item(w.save, 'CmdOrCtrl+S', 'save'),
        item(w.saveAs, 'CmdOrCtrl+Shift+S', 'save-as'),
        { type: 'separator' },
        item(w.importDraft, 'CmdOrCtrl+I', 'import'),
        item(w.export, 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: w.exit },
      ],
    },
    {
      label: w.edit,
      submenu: [
        // Undo/redo go to the renderer: the app's own history (imports, renames) is not the DOM's.
        item(w.undo, 'CmdOrCtrl+Z', 'undo'),
        item(w.redo, mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item(w.find, 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: w.view,
      submenu: [
        item(w.nextChange, 'F8', 'next-change'),
        item(w.previousChange, 'Shift+F8', 'previous-change'),
        item(w.present, 'F5', 'present'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
