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

/** The envelope every host call answers with, so errors keep their name and plain message across IPC/HTTP. */
export type HostReply = { ok: true; value: unknown } | { ok: false; error: { name: string; message: string } };
