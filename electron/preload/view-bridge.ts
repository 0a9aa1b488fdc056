/**
 * The view bridge of the preload: view messages to and from the app's other windows (relayed and
 * validated by main), and opening or closing presenter mode's audience window. Nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { AUDIENCE_CHANNEL, VIEW_MESSAGE_CHANNEL, VIEW_POST_CHANNEL } from '../../shared/view/channels';

export function exposeViewBridge(): void {
  contextBridge.exposeInMainWorld('draftwatchView', {
    post: (message: unknown) => ipcRenderer.send(VIEW_POST_CHANNEL, message),
    onMessage: (callback: (raw: unknown) => void) => {
      const listener = (_e: unknown, message: unknown) => callback(message);
      ipcRenderer.on(VIEW_MESSAGE_CHANNEL, listener);
      return () => ipcRenderer.removeListener(VIEW_MESSAGE_CHANNEL, listener);
    },
    audience: (action: 'open' | 'close') => ipcRenderer.invoke(AUDIENCE_CHANNEL, action === 'open' ? 'open' : 'close'),
  });
}
