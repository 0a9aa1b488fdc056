/**
 * OOXML elements that wrap text or stand for it, read the same wherever they occur: table rows and
 * cells inside content controls, a symbol's character, text boxes, mc:AlternateContent's chosen
 * branch, an equation's text. Pure functions of one element; the importer (docx.ts) walks.
 */
import { child, elements, textOf, W_NS, type XmlElement } from './xml';

export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/** The rows of a table, also those wrapped in content controls or custom XML (a checklist's rows). */
export const tableRows = (tbl: XmlElement): XmlElement[] => unwrapped(tbl, 'tr');

/** The cells of a row, also those wrapped in content controls or custom XML. */
export const tableCells = (tr: XmlElement): XmlElement[] => unwrapped(tr, 'tc');

/** The `name` children of `el`, looking through the content controls and custom XML around them. */
export function unwrapped(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.ns !== W_NS) continue;
    if (c.name === name) out.push(c);
    else if (c.name === 'sdt') out.push(...unwrapped(child(c, 'sdtContent') ?? c, name));
    else if (c.name === 'customXml') out.push(...unwrapped(c, name));
  }
  return out;
}

/**
 * The character a `w:sym` prints. Symbol fonts address their glyphs in the private use area
 * (F020–F0FF), as Word stores them; other characters are what they say.
 */
export function symbolChar(sym: XmlElement): string {
  const code = parseInt(sym.attrs['char'] ?? '', 16);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
  return String.fromCodePoint(code);
}

/** The text boxes (w:txbxContent) inside a drawing or VML shape, each once. */
export function findTextBoxes(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (e.ns === W_NS && e.name === 'txbxContent') {
      out.push(e);
      return;
    }
    if (e.ns === MC_NS && e.name === 'AlternateContent') {
      for (const b of chosenBranch(e)) visit(b);
      return;
    }
    for (const c of elements(e)) visit(c);
  };
  visit(el);
  return out;
}

/**
 * The content of mc:AlternateContent that a reader takes: the first Choice (the richer markup
 * this importer reads: text boxes as DrawingML, Word 2010 formats), else the Fallback. Exactly one
 * branch, so the same text box is never read twice.
 */
export function chosenBranch(alt: XmlElement): XmlElement[] {
  const branches = elements(alt).filter((b) => b.ns === MC_NS);
  const branch = branches.find((b) => b.name === 'Choice') ?? branches.find((b) => b.name === 'Fallback');
  return branch ? elements(branch) : [];
}

/** The text of an equation (Office Math), as its runs spell it. */
export function mathText(el: XmlElement): string {
  let out = '';
  const visit = (e: XmlElement): void => {
    if (e.ns === MATH_NS && e.name === 't') out += textOf(e);
    else for (const c of elements(e)) visit(c);
  };
  visit(el);
  return out;
}
