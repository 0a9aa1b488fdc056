/**
 * The preload: exposes the HostApi to the page through contextBridge and nothing else. The page
 * never sees ipcRenderer; each method is one invoke on its own channel.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { ASSISTIVE_CHANNEL, HOST_METHODS, MENU_CHANNEL, channelOf } from '../../shared/host/methods';
import type { MenuCommand } from '../../shared/host/api';
import { exposeViewBridge } from './view-bridge';
import { assistiveRelay } from './assistive';

const api: Record<string, unknown> = {};
for (const method of HOST_METHODS) {
  api[method] = (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args);
}
api.onMenuCommand = (callback: (command: MenuCommand, argument?: string) => void) => {
  const listener = (_e: unknown, command: MenuCommand, argument?: string) => callback(command, typeof argument === 'string' ? argument : undefined);
  ipcRenderer.on(MENU_CHANNEL, listener);
  return () => ipcRenderer.removeListener(MENU_CHANNEL, listener);
};

// Listening from the start: main may say it before the page subscribes.
api.onAssistiveTechnology = assistiveRelay((receive) => ipcRenderer.on(ASSISTIVE_CHANNEL, (_e, value: unknown) => receive(value)));

contextBridge.exposeInMainWorld('draftwatchHost', api);
exposeViewBridge();
