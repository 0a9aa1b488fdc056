/**
 * A small XML tree on top of saxes, for the parts of a DOCX package. Refuses DOCTYPEs (and so
 * any entity declarations): no legitimate OOXML part has one, and they are how billion-laughs and
 * external-entity attacks arrive.
 */
import { SaxesParser } from 'saxes';
import { ImportError } from './types';

/** An element: local name, namespace URI, attributes by local name, children in order. */
export interface XmlElement {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * Deepest element nesting accepted. Word nests a few dozen levels (tables in tables, content
 * controls); a part nested thousands deep is built to stall the parser, whose namespace lookup
 * and the walks after it grow with depth, so it is refused as soon as the limit is passed.
 */
export const MAX_XML_DEPTH = 256;

/** The WordprocessingML main namespace. */
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Parses an XML document into its root element; ImportError when it is malformed or has a DOCTYPE. */
export function parseXml(text: string, what: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { name: '#document', ns: '', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  parser.on('doctype', () => {
    throw new ImportError(`${what} contains a DOCTYPE declaration, which is refused for safety.`);
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const el: XmlElement = { name: tag.local, ns: tag.uri, attrs, children: [] };
    if (stack.length > MAX_XML_DEPTH) throw new ImportError(`${what} nests its XML more than ${MAX_XML_DEPTH} levels deep; no Word document does, so it is refused.`);
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  parser.on('cdata', (t) => {
    stack[stack.length - 1]!.children.push(t);
  });
  try {
    parser.write(text).close();
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(`${what} is damaged (its XML cannot be read).`);
  }
  const el = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!el) throw new ImportError(`${what} is empty.`);
  return el;
}

/** Child elements of `el` with local name `name` (any namespace when `ns` is omitted: W_NS by default). */
export function childrenNamed(el: XmlElement, name: string, ns: string = W_NS): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name && c.ns === ns);
}

/** First child element named `name` in the WordprocessingML namespace, or undefined. */
export function child(el: XmlElement | undefined, name: string, ns: string = W_NS): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name && c.ns === ns) return c;
  return undefined;
}

/** `w:val` of the child `name`, or undefined. */
export function childVal(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['val'];
}

/** Element children only. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** All text under `el`, in document order. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** WordprocessingML elements that only wrap runs (links, tags, simple fields, direction). */
const INLINE_WRAPPERS: ReadonlySet<string> = new Set(['hyperlink', 'smartTag', 'customXml', 'fldSimple', 'bdo', 'dir']);

/**
 * The element whose children are a paragraph's runs when `el` only wraps them (a hyperlink, a
 * smart tag, a content control's content, ...), or undefined when `el` is no such wrapper.
 */
export function inlineWrapped(el: XmlElement): XmlElement | undefined {
  if (el.ns !== W_NS) return undefined;
  if (el.name === 'sdt') return child(el, 'sdtContent') ?? el;
  return INLINE_WRAPPERS.has(el.name) ? el : undefined;
}
