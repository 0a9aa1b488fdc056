/**
 * HTML character references decoded as browsers decode them: the WHATWG list, through the
 * `entities` package that parse5 itself uses, so `&Eacute;` is "É" (never "é"), `&notin;` is "∉",
 * numeric references are checked, and what a browser leaves as written stays as written. The one
 * decoder for text outside parse5's tree (annotation comments, their links).
 */
import { decodeHTML } from 'entities/decode';

/** Text with character references replaced. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}
