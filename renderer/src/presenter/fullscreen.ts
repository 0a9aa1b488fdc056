/** Full screen for the window that presents (the browser's Fullscreen API; Electron honours it too). */

export function enterFullscreen(): void {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  // Refused without a user gesture or in a frame: the presentation then simply runs in the window.
  document.documentElement.requestFullscreen().catch(() => {});
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) leaveFullscreen();
  else enterFullscreen();
}
