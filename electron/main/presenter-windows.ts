/**
 * The desktop side of presenter mode: the audience window, placed by displays.ts on the external
 * display (or the presenter's own when it is the only one) and moved when displays come and go;
 * and the relay of view messages between the app's windows, so the audience window follows the
 * presenter's view store. Thin on purpose: the decisions are in displays.ts and in the renderer.
 */
import { BrowserWindow, ipcMain, screen, type IpcMainEvent, type IpcMainInvokeEvent, type WebPreferences } from 'electron';
import { AUDIENCE_CHANNEL, VIEW_MESSAGE_CHANNEL, VIEW_POST_CHANNEL } from '../../shared/view/channels';
import { parseViewMessage } from '../../shared/view/messages';
import { chooseAudienceDisplay, followDisplays, type AudiencePlacement, type DisplayInfo } from './displays';

export interface PresenterWindowsOptions {
  /** The presenter's (main) window, when open. */
  mainWindow(): BrowserWindow | null;
  /** The renderer's address with ?view=audience. */
  audienceUrl: string;
  webPreferences: WebPreferences;
  /** Whether an IPC message comes from the app's own page (see security.ts). */
  isTrusted(event: IpcMainEvent | IpcMainInvokeEvent): boolean;
}

export function setupPresenterWindows(opts: PresenterWindowsOptions): void {
  let audience: BrowserWindow | null = null;
  let placed: AudiencePlacement | null = null;
  /** The audience page's window id, learnt from its hello, for the goodbye main says when it closes. */
  let audienceId: string | null = null;

  const displays = (): DisplayInfo[] => screen.getAllDisplays().map((d) => ({ id: d.id, bounds: d.bounds, internal: d.internal }));
  const presenterDisplay = (): number | null => {
    const main = opts.mainWindow();
    return main && !main.isDestroyed() ? screen.getDisplayMatching(main.getBounds()).id : screen.getPrimaryDisplay().id;
  };
  const open = () => !!audience && !audience.isDestroyed();
  const send = (to: BrowserWindow | null, message: unknown) => {
    if (to && !to.isDestroyed()) to.webContents.send(VIEW_MESSAGE_CHANNEL, message);
  };

  function place(p: AudiencePlacement): void {
    if (!audience) return;
    placed = p;
    // Leave full screen to move: a full-screen window keeps its display.
    audience.setFullScreen(false);
    audience.setBounds(p.bounds);
    audience.setFullScreen(true);
  }

  function openAudience(): { open: boolean; external: boolean } {
    if (open()) {
      audience!.showInactive();
      return { open: true, external: !!placed?.external };
    }
    const p = chooseAudienceDisplay(displays(), presenterDisplay());
    if (!p) return { open: false, external: false };
    placed = p;
    audience = new BrowserWindow({
      ...p.bounds,
      fullscreen: true,
      title: 'Draftwatch audience',
      backgroundColor: '#ffffff',
      autoHideMenuBar: true,
      show: false,
      webPreferences: opts.webPreferences,
    });
    audience.setMenuBarVisibility(false);
    // On its own display it must not take the focus: the presenter's keys go to the console.
    audience.once('ready-to-show', () => (p.external ? audience?.showInactive() : audience?.show()));
    audience.on('closed', () => {
      audience = null;
      placed = null;
      if (audienceId) send(opts.mainWindow(), { type: 'bye', from: audienceId, role: 'audience' });
      audienceId = null;
    });
    void audience.loadURL(opts.audienceUrl);
    opts.mainWindow()?.once('closed', () => closeAudience());
    return { open: true, external: p.external };
  }

  function closeAudience(): { open: boolean; external: boolean } {
    if (open()) audience!.close();
    return { open: false, external: false };
  }

  const follow = () => {
    if (!open() || !placed) return;
    const next = followDisplays(placed, displays(), presenterDisplay());
    if (next) place(next);
  };
  screen.on('display-added', follow);
  screen.on('display-removed', follow);
  screen.on('display-metrics-changed', follow);

  // Every view message from one window of the app goes to the others, once validated.
  ipcMain.on(VIEW_POST_CHANNEL, (event, raw: unknown) => {
    if (!opts.isTrusted(event)) return;
    const message = parseViewMessage(raw);
    if (!message) return;
    if (open() && event.sender === audience!.webContents && message.type === 'hello') audienceId = message.from;
    for (const w of [opts.mainWindow(), audience]) if (w && !w.isDestroyed() && w.webContents !== event.sender) send(w, message);
  });

  ipcMain.handle(AUDIENCE_CHANNEL, (event, action: unknown) => {
    if (!opts.isTrusted(event)) throw new Error('Refused: the request did not come from Draftwatch.');
    if (action === 'open') return openAudience();
    if (action === 'close') return closeAudience();
    throw new Error('Invalid audience window action');
  });
}
