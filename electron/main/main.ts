/**
 * The Electron main process: one secure window, the native menu and dialogs, and one IPC handler
 * per host method (sender checked, payload validated) delegating to the host services. The only
 * place besides the preload that imports electron; everything it decides is in menu.ts,
 * security.ts and the host modules, which the unit tests cover.
 *
 * Paths are capabilities: the renderer only ever holds opaque handles this process issued for
 * files the user chose (dialogs, recent projects, a file opened with the app), and every file is
 * parsed in a utility process, never here.
 */
import { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session, shell, type Session } from 'electron';
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS, contentTypeOf, resolveStatic } from '../host/static-files';
import { pageTemplates } from '../host/pdf';
import { createHostServices } from '../host/services';
import { findAppRoot } from '../host/paths';
import { APP_VERSION } from '../host/version';
import { HandleTable } from '../host/handles';
import { isolatedImporter } from '../host/import-isolate';
import { lockDownHtml, printRequestAllowed, PRINT_CSP } from '../host/print-policy';
import { USE_EXTENSIONS, withProjectExtension, type PathUse } from '../host/path-policy';
import { validateHostArgs } from '../../shared/host/payloads';
import { ASSISTIVE_CHANNEL, HOST_METHODS, MENU_CHANNEL, channelOf, type HostReply } from '../../shared/host/methods';
import type { MenuCommand, PathKind, PdfPrintOptions } from '../../shared/host/api';
import { PROJECT_EXTENSION } from '../../shared/model/schema';
import { buildMenuTemplate } from './menu';
import { shellWords } from './shell-words';
import type { UiLanguage } from '../../shared/export/strings';
import { externalUrl, isTrustedSender, projectFromArgv, PRINT_WEB_PREFERENCES, secureWebPreferences } from './security';
import { utilityProcessIsolates } from './import-process';
import { setupPresenterWindows } from './presenter-windows';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');
// The page is served from a private app:// origin rather than file://: a real origin for the
// engine's module worker, CSP headers on every response, and no access to other local files.
const APP_ORIGIN = 'app://draftwatch';
const rendererUrl = `${APP_ORIGIN}/index.html`;
// Exports print from memory under their own scheme, in a session of their own.
const PRINT_SCHEME = 'dwprint';
protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
]);

if (!app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;
let dirty = false;
let closeAfterSave = false;

/** Every path the renderer may name: handles for the files the user chose. */
const handles = new HandleTable();
const launchFile = projectFromArgv(process.argv);

const services = createHostServices({
  paths: handles,
  // Each file is parsed in its own utility process, with a heap cap and a time limit.
  importer: isolatedImporter(utilityProcessIsolates(path.join(here, '..', 'node', 'import-worker.mjs'))),
  appRoot: findAppRoot(here),
  userDataDir: app.getPath('userData'),
  documentsDir: path.join(app.getPath('documents'), 'Draftwatch'),
  mode: 'electron',
  version: APP_VERSION,
  startupFile: launchFile ? path.resolve(launchFile) : null,
});

/** The interface's language, as the renderer last said (the menu and the shell's dialogs follow it). */
let uiLanguage: UiLanguage = 'en';
const words = () => shellWords(uiLanguage);
const sendMenu = (command: MenuCommand) => win?.webContents.send(MENU_CHANNEL, command);

function createWindow(): void {
  win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'Draftwatch',
    show: false,
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
  });
  win.once('ready-to-show', () => win?.show());
  // Whether a screen reader is using the window decides whether "Fast typing" is on by default
  // (renderer/src/drafting/lazy-paragraphs.ts); said on every load, and on every change below.
  win.webContents.on('did-finish-load', () => win?.webContents.send(ASSISTIVE_CHANNEL, app.isAccessibilitySupportEnabled()));
  win.on('close', (e) => {
    if (!dirty || !win) return;
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: [words().closeSave, words().closeDiscard, words().cancel],
      defaultId: 0,
      cancelId: 2,
      message: words().closeMessage,
      detail: words().closeDetail,
    });
    if (choice === 1) return;
    e.preventDefault();
    if (choice === 0) {
      closeAfterSave = true;
      sendMenu('close-requested');
    }
  });
  win.on('closed', () => (win = null));
  void win.loadURL(rendererUrl);
}

function registerIpc(): void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(channelOf(method), async (event, ...raw: unknown[]): Promise<HostReply> => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame === event.sender.mainFrame, rendererUrl)) {
        return { ok: false, error: { name: 'Error', message: 'Refused: the request did not come from Draftwatch.' } };
      }
      try {
        const args = validateHostArgs(method, raw);
        return { ok: true, value: (await dispatch(method, args)) ?? null };
      } catch (e) {
        const err = e as Error;
        return { ok: false, error: { name: err.name ?? 'Error', message: err.message } };
      }
    });
  }
}

async function dispatch(method: (typeof HOST_METHODS)[number], args: unknown[]): Promise<unknown> {
  switch (method) {
    case 'choosePath':
      return { path: await choosePath(args[0] as PathKind, args[1] as string | undefined) };
    case 'printPdf':
      return printPdf(args[0] as string, args[1] as PdfPrintOptions);
    case 'setUiLanguage':
      uiLanguage = args[0] as UiLanguage;
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendMenu, uiLanguage)));
      return null;
    case 'setDirty':
      dirty = args[0] as boolean;
      if (!dirty && closeAfterSave) {
        closeAfterSave = false;
        win?.close();
      }
      return null;
    default: {
      const fn = (services as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[method]!;
      return fn(...args);
    }
  }
}

/** A native dialog; the file chosen comes back as a handle granted for that use only. */
async function choosePath(kind: PathKind, suggested?: string): Promise<string | null> {
  const use: PathUse = kind === 'import' ? 'import' : kind === 'export' ? 'export' : 'project';
  const chosen = await showPathDialog(kind, suggested);
  return chosen ? handles.issue(use, kind === 'save-project' ? withProjectExtension(chosen) : chosen) : null;
}

async function showPathDialog(kind: PathKind, suggested?: string): Promise<string | null> {
  if (!win) return null;
  const projectFilter = { name: words().filterProject, extensions: [PROJECT_EXTENSION] };
  const docs = path.join(app.getPath('documents'), 'Draftwatch');
  if (kind === 'open-project' || kind === 'import') {
    const r = await dialog.showOpenDialog(win, {
      properties: ['openFile'],
      filters:
        kind === 'import' ? [{ name: words().filterDrafts, extensions: [...USE_EXTENSIONS.import] }] : [projectFilter],
    });
    return r.canceled ? null : (r.filePaths[0] ?? null);
  }
  const exportExt = path.extname(suggested ?? '').slice(1).toLowerCase();
  const r = await dialog.showSaveDialog(win, {
    defaultPath: path.join(docs, path.basename(suggested ?? (kind === 'save-project' ? `Untitled.${PROJECT_EXTENSION}` : 'export'))),
    filters:
      kind === 'save-project'
        ? [projectFilter]
        : [{ name: words().filterExport, extensions: USE_EXTENSIONS.export.includes(exportExt) ? [exportExt] : [...USE_EXTENSIONS.export] }],
  });
  return r.canceled ? null : (r.filePath ?? null);
}

function serveApp(): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'draftwatch' ? resolveStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await fs.readFile(file), { headers: { 'Content-Type': contentTypeOf(file), ...SECURITY_HEADERS } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

/** Pages waiting to be printed, by their private URL. */
const printPages = new Map<string, string>();
let printSession: Session | null = null;

/**
 * The session the print window lives in: in memory only, serving pages from `printPages` under
 * dwprint:// with a policy that forbids scripts and every request, and refusing every request
 * but the page itself.
 */
function printingSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition('draftwatch-print', { cache: false });
  ses.protocol.handle(PRINT_SCHEME, (request) => {
    const html = printPages.get(request.url);
    if (html === undefined) return new Response('Not found', { status: 404 });
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CSP } });
  });
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(printPages.has(details.url) || printRequestAllowed(details.url, '')) }));
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  printSession = ses;
  return ses;
}

/**
 * An export printed by Chromium inside Electron: a hidden window without JavaScript, loading the
 * HTML from memory (never from a file), never shown.
 */
async function printPdf(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
  const url = `${PRINT_SCHEME}://print/${crypto.randomBytes(16).toString('hex')}.html`;
  printPages.set(url, lockDownHtml(html));
  const printer = new BrowserWindow({ show: false, webPreferences: { ...PRINT_WEB_PREFERENCES, session: printingSession() } });
  try {
    await printer.loadURL(url);
    const pdf = await printer.webContents.printToPDF({
      pageSize: 'A4',
      landscape: options.landscape ?? false,
      printBackground: true,
      displayHeaderFooter: true,
      ...pageTemplates(options.runningHeader),
      margins: { top: 0.7, bottom: 0.7, left: 0.63, right: 0.63 },
    });
    return new Uint8Array(pdf);
  } finally {
    printer.destroy();
    printPages.delete(url);
  }
}

/** A link the page tried to open: offered to the user's browser, only http(s), only if they agree. */
async function offerExternal(url: string): Promise<void> {
  const target = externalUrl(url);
  if (!target || !win) return;
  const { response } = await dialog.showMessageBox(win, {
    type: 'question',
    buttons: [words().linkOpen, words().cancel],
    defaultId: 1,
    cancelId: 1,
    message: words().linkMessage,
    detail: target,
  });
  if (response === 0) await shell.openExternal(target);
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (e, url) => {
      e.preventDefault();
      void offerExternal(url);
    });
    contents.on('will-redirect', (e) => e.preventDefault());
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void offerExternal(url);
      return { action: 'deny' };
    });
  });
}

// A second launch (double-clicking another project) focuses the running window and opens the file there.
app.on('second-instance', (_e, argv) => {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
  const file = projectFromArgv(argv);
  if (file) win.webContents.send(MENU_CHANNEL, 'open-path', handles.issue('project', path.resolve(file)));
});
// macOS delivers files opened from the Finder as an event.
app.on('open-file', (e, file) => {
  e.preventDefault();
  win?.webContents.send(MENU_CHANNEL, 'open-path', handles.issue('project', path.resolve(file)));
});

app.on('accessibility-support-changed', (_e, enabled: boolean) => win?.webContents.send(ASSISTIVE_CHANNEL, enabled));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(() => {
  lockDown();
  serveApp();
  registerIpc();
  setupPresenterWindows({
    mainWindow: () => win,
    audienceUrl: `${rendererUrl}?view=audience`,
    webPreferences: secureWebPreferences(path.join(here, 'preload.cjs')),
    isTrusted: (e) => isTrustedSender(e.senderFrame?.url, e.senderFrame !== null && e.senderFrame === e.sender.mainFrame, rendererUrl),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendMenu)));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});
