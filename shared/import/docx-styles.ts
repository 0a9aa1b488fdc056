/**
 * Paragraph styles of a DOCX (styles.xml) reduced to what structure needs: heading level and
 * numbering, each resolved through the `basedOn` chain the way Word inherits them.
 */
import { child, childVal, childrenNamed, type XmlElement } from './xml';

/** Resolved properties of one paragraph style. */
export interface ParagraphStyle {
  /** 0 = Title, 1.. = heading level, undefined = body text. */
  heading?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  italic?: boolean;
}

interface RawStyle {
  id: string;
  name: string;
  basedOn?: string;
  outlineLvl?: number;
  numId?: string;
  ilvl?: number;
  bold?: boolean;
  italic?: boolean;
}

/** Resolved paragraph styles by style id. */
export type StyleTable = ReadonlyMap<string, ParagraphStyle>;

/** Reads styles.xml (or nothing) into a table of resolved paragraph styles. */
export function readStyles(root: XmlElement | null): StyleTable {
  const raw = new Map<string, RawStyle>();
  let defaultId: string | undefined;
  for (const s of root ? childrenNamed(root, 'style') : []) {
    if ((s.attrs['type'] ?? 'paragraph') !== 'paragraph') continue;
    const id = s.attrs['styleId'];
    if (!id) continue;
    if (s.attrs['default'] === '1' || s.attrs['default'] === 'true') defaultId = id;
    const pPr = child(s, 'pPr');
    const numPr = child(pPr, 'numPr');
    const rPr = child(s, 'rPr');
    const outline = childVal(pPr, 'outlineLvl');
    const ilvl = childVal(numPr, 'ilvl');
    raw.set(id, {
      id,
      name: (childVal(s, 'name') ?? id).toLowerCase(),
      basedOn: childVal(s, 'basedOn'),
      outlineLvl: outline !== undefined ? Number(outline) : undefined,
      numId: childVal(numPr, 'numId'),
      ilvl: ilvl !== undefined ? Number(ilvl) : undefined,
      bold: onOff(child(rPr, 'b')),
      italic: onOff(child(rPr, 'i')),
    });
  }
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const done = resolved.get(id);
    if (done) return done;
    const s = raw.get(id);
    if (!s || depth > 20) return {};
    const base = s.basedOn && s.basedOn !== id ? resolve(s.basedOn, depth + 1) : {};
    const own = headingOfStyle(s);
    const style: ParagraphStyle = {
      heading: own !== undefined ? own : base.heading,
      numId: s.numId ?? base.numId,
      ilvl: s.ilvl ?? (s.numId !== undefined ? undefined : base.ilvl),
      bold: s.bold ?? base.bold,
      italic: s.italic ?? base.italic,
    };
    resolved.set(id, style);
    return style;
  };
  for (const id of raw.keys()) resolve(id, 0);
  if (defaultId) resolved.set('', resolved.get(defaultId) ?? {});
  return resolved;
}

/** Word's on/off property: present means on unless w:val says false. */
export function onOff(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = el.attrs['val'];
  return !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

function headingOfStyle(s: RawStyle): number | undefined {
  if (s.name === 'title' || s.id.toLowerCase() === 'title') return 0;
  const m = /^heading\s*(\d)$/.exec(s.name) ?? /^heading(\d)$/i.exec(s.id);
  if (m) return Number(m[1]);
  if (s.outlineLvl !== undefined && s.outlineLvl >= 0 && s.outlineLvl < 9) return s.outlineLvl + 1;
  return undefined;
}
