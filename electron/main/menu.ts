/**
 * The native menu as data: built from plain objects so it is unit-tested without Electron. Custom
 * items send a MenuCommand to the renderer; the rest use Electron's standard roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/host/api';

export function buildMenuTemplate(platform: string, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const item = (label: string, accelerator: string | undefined, command: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('&New Project', 'CmdOrCtrl+N', 'new'),
        item('&Open Project…', 'CmdOrCtrl+O', 'open'),
        { type: 'separator' },
        item('&Save', 'CmdOrCtrl+S', 'save'),
        item('Save &As…', 'CmdOrCtrl+Shift+S', 'save-as'),
        { type: 'separator' },
        item('&Import Draft…', 'CmdOrCtrl+I', 'import'),
        item('&Export…', 'CmdOrCtrl+E', 'export'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo/redo go to the renderer: the app's own history (imports, renames) is not the DOM's.
        item('&Undo', 'CmdOrCtrl+Z', 'undo'),
        item('&Redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y', 'redo'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('&Find…', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('&Next Change', 'F8', 'next-change'),
        item('&Previous Change', 'Shift+F8', 'previous-change'),
        item('P&resent', 'F5', 'present'),
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
