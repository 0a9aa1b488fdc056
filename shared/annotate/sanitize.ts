/**
 * The comment of an annotation is a little rich text: paragraphs, bold, italic, lists and links.
 * Comments arrive from other people's annotation files, so they are hostile until cleaned. This
 * is an allow-list sanitiser without a DOM (shared/ runs in workers and the command line, where
 * DOMPurify has no document to parse with): the input is cut into tags and text, every tag not on
 * the list is dropped (its text kept), the content of script-like elements is dropped whole, the
 * only attribute kept is `href` on links, and only http, https and mailto links survive. The
 * output is rebuilt from scratch (text re-escaped, every tag closed), so nothing the parser did
 * not understand can pass through. It runs on input (editing, import) and again on render.
 */
import { decodeEntities } from '../import/html-entities';
import { escapeHtml } from '../export/html-style';

/** Allowed elements, with the name they are written as (b → strong, i → em). */
const ALLOWED: Record<string, string> = {
  p: 'p', br: 'br', strong: 'strong', b: 'strong', em: 'em', i: 'em', ul: 'ul', ol: 'ol', li: 'li', a: 'a', div: 'p',
};
/** Elements whose whole content is dropped, not just the tags. */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'title', 'svg', 'math', 'select', 'head']);
const VOID = new Set(['br']);
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</;
const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const SAFE_SCHEME = /^(?:https?:\/\/|mailto:)/i;

/**
 * The link as written if it is safe to follow: http, https or mailto, after undoing the tricks
 * used to hide a scheme (entities, control characters, spaces). Anything else gives null.
 */
export function safeHref(raw: string): string | null {
  // eslint-disable-next-line no-control-regex -- browsers ignore control characters in URLs, so must we
  const href = decodeEntities(raw).replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  if (!SAFE_SCHEME.test(href) || href.length > 2048) return null;
  return href;
}

/** The comment HTML with only allowed elements and safe links, every element closed. */
export function sanitizeComment(html: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let dropping: string | null = null;
  let m: RegExpExecArray | null;
  const re = new RegExp(TOKEN.source, 'g');
  while ((m = re.exec(html)) !== null) {
    const token = m[0];
    if (token === '') {
      re.lastIndex++;
      continue;
    }
    const name = m[1]?.toLowerCase();
    if (!name) {
      // Text (comments, doctypes and CDATA are dropped; a stray "<" is text).
      if (!dropping && !token.startsWith('<!') && !token.startsWith('<?')) out.push(escapeHtml(decodeEntities(token)));
      continue;
    }
    const closing = token.startsWith('</');
    if (dropping) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    if (DROP_CONTENT.has(name)) {
      if (!closing && !token.endsWith('/>')) dropping = name;
      continue;
    }
    const tag = ALLOWED[name];
    if (!tag) continue;
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at < 0) continue;
      while (open.length > at) out.push(`</${open.pop()!}>`);
      continue;
    }
    if (VOID.has(tag)) {
      out.push('<br>');
      continue;
    }
    if (tag === 'a') {
      const h = HREF.exec(m[2] ?? '');
      const href = h ? safeHref(h[1] ?? h[2] ?? h[3] ?? '') : null;
      // A link that may not be followed keeps its text, without the link.
      if (!href) continue;
      out.push(`<a href="${escapeHtml(href)}" rel="noopener noreferrer" target="_blank">`);
    } else out.push(`<${tag}>`);
    open.push(tag);
  }
  while (open.length) out.push(`</${open.pop()!}>`);
  return out.join('').trim();
}

/** The comment as plain text (for CSV, search, Word comments): block ends become line breaks. */
export function commentText(html: string): string {
  const withBreaks = sanitizeComment(html)
    .replace(/<li>/g, '• ')
    .replace(/<\/(p|li)>|<br>/g, '\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(withBreaks).replace(/\n{2,}/g, '\n').trim();
}

/** Plain text typed by a person, as comment HTML: paragraphs at blank lines, breaks at newlines. */
export function plainToComment(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
