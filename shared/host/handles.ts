/**
 * File handles as the renderer sees them in the desktop app. The main process hands out an opaque
 * handle for each file the user chose (a dialog, the recent list, a file opened from the desktop)
 * and accepts nothing else. A handle reads `dwfile:<token>:<path>`: only the token carries
 * authority; the path after it is there for display, so the UI can show where a file lives.
 * Browser mode passes plain paths, which these helpers return unchanged.
 */

const PREFIX = 'dwfile:';

/** True when `value` has the shape of a file handle. */
export function isFileHandle(value: string): boolean {
  return value.startsWith(PREFIX) && value.indexOf(':', PREFIX.length) > PREFIX.length;
}

/** The handle for `token` showing `display`. */
export function makeFileHandle(token: string, display: string): string {
  return `${PREFIX}${token}:${display}`;
}

/** The token of a handle, or null when `value` is not one. */
export function handleToken(value: string): string | null {
  if (!isFileHandle(value)) return null;
  return value.slice(PREFIX.length, value.indexOf(':', PREFIX.length));
}

/** The path to show for a handle or a plain path. */
export function displayPath(value: string): string {
  return isFileHandle(value) ? value.slice(value.indexOf(':', PREFIX.length) + 1) : value;
}

/** The file name (last path segment) of a handle or a plain path. */
export function displayName(value: string): string {
  return displayPath(value).split(/[\\/]/).pop() ?? value;
}
