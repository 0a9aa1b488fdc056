/**
 * Which links a draft may hold: http, https and mailto only. Every document is hostile, so a
 * pasted `javascript:` or `data:` link (or anything else) never becomes a link: its text stays,
 * its target goes.
 */

/** Longest link target kept. */
export const MAX_HREF_LENGTH = 2000;

/** The link target as kept, or null when it is not a safe http(s) or mailto link. */
export function safeHref(href: string | null | undefined): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > MAX_HREF_LENGTH) return null;
  // Control characters and whitespace inside a scheme are how filters get fooled ("java\tscript:").
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return null;
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return /^mailto:[^\s<>"]+$/i.test(trimmed) ? trimmed : null;
  if (scheme !== 'http' && scheme !== 'https') return null;
  try {
    const url = new URL(trimmed);
    return url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
