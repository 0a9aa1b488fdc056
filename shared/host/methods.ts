/**
 * Names of the callable host methods. Dependency-free on purpose: the Electron preload bundles
 * this list and must stay tiny (no zod, no schemas) since it runs in every renderer.
 */
export const HOST_METHODS = [
  'info', 'openDemo', 'openProject', 'openBackup', 'saveProject', 'autosave', 'recentProjects', 'recoverUntitled',
  'importFile', 'importProgress', 'printPdf', 'writeExport', 'choosePath', 'setDirty', 'setUiLanguage',
] as const;

export type HostMethodName = (typeof HOST_METHODS)[number];

/** IPC channel of a host method. */
export const channelOf = (method: HostMethodName): string => `draftwatch:${method}`;
/** IPC channel on which the main process sends menu commands. */
export const MENU_CHANNEL = 'draftwatch:menu';
/**
 * IPC channel on which the main process says whether assistive technology (a screen reader) is
 * using the window: Electron's accessibility support, sent once the page has loaded and again each
 * time it changes. The value is a boolean; anything else is ignored.
 */
export const ASSISTIVE_CHANNEL = 'draftwatch:assistive-technology';

/** The envelope every host call answers with, so errors keep their name and plain message across IPC/HTTP. */
export type HostReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
