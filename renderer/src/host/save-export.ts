/**
 * Saving an export: through the host's save dialog in Electron, as a browser download in browser
 * mode (where the host has no dialog and the user's browser decides where files go).
 */
import { getHost } from './client';

/** What happened to an export. */
export type ExportOutcome = { saved: 'path'; path: string } | { saved: 'download'; name: string } | { saved: 'cancelled' };

/** Offer `data` as a download named `name`. */
export function downloadText(name: string, data: string | Uint8Array, mime: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Save `data` (text is written as UTF-8) as `suggestedName`, asking the host where; falls back to a download. */
export async function saveExport(suggestedName: string, data: string | Uint8Array, mime: string): Promise<ExportOutcome> {
  const host = getHost();
  const choice = await host.choosePath('export', suggestedName);
  if ('unsupported' in choice) {
    downloadText(suggestedName, data, mime);
    return { saved: 'download', name: suggestedName };
  }
  if (!choice.path) return { saved: 'cancelled' };
  const { path } = await host.writeExport(choice.path, typeof data === 'string' ? new TextEncoder().encode(data) : data);
  return { saved: 'path', path };
}

/** A file name from a project name: safe on every system, never empty. */
export function fileStem(name: string): string {
  const cleaned = [...name].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? ' ' : c)).join('');
  const stem = cleaned.replace(/\s+/g, ' ').trim().slice(0, 80);
  return stem || 'draftwatch';
}
