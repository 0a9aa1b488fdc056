/**
 * IPC channels of the view store's sync between the app's windows in Electron. Dependency-free on
 * purpose: the preload bundles this file and must stay tiny (no zod, no schemas).
 */

/** Renderer → main: one view message to hand to the app's other windows. */
export const VIEW_POST_CHANNEL = 'draftwatch:view-post';
/** Main → renderer: a view message from another window of the app. */
export const VIEW_MESSAGE_CHANNEL = 'draftwatch:view-message';
/** Renderer → main (invoke): open or close the audience window of presenter mode. */
export const AUDIENCE_CHANNEL = 'draftwatch:audience';
