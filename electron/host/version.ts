/** The app's version, injected at build time from package.json (falls back for unbundled runs). */
declare const __DRAFTWATCH_VERSION__: string | undefined;
export const APP_VERSION: string = typeof __DRAFTWATCH_VERSION__ === 'string' ? __DRAFTWATCH_VERSION__ : '0.0.0-dev';
