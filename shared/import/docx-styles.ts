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
  /** Language of the style's text (w:lang), inherited from its base and the document defaults. */
  lang?: string;
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
  lang?: string;
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
      lang: langOf(rPr),
    });
  }
  const docDefaults = child(child(child(root ?? undefined, 'docDefaults'), 'rPrDefault'), 'rPr');
  const defaultLang = langOf(docDefaults);
  const resolved = new Map<string, ParagraphStyle>();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const done = resolved.get(id);
    if (done) return done;
    const s = raw.get(id);
    if (!s || depth > 20) return defaultLang ? { lang: defaultLang } : {};
    const base: ParagraphStyle = s.basedOn && s.basedOn !== id ? resolve(s.basedOn, depth + 1) : defaultLang ? { lang: defaultLang } : {};
    const own = headingOfStyle(s);
    const style: ParagraphStyle = {
      heading: own !== undefined ? own : base.heading,
      numId: s.numId ?? base.numId,
      ilvl: s.ilvl ?? (s.numId !== undefined ? undefined : base.ilvl),
      bold: s.bold ?? base.bold,
      italic: s.italic ?? base.italic,
      ...((s.lang ?? base.lang) !== undefined ? { lang: s.lang ?? base.lang } : {}),
    };
    resolved.set(id, style);
    return style;
  };
  for (const id of raw.keys()) resolve(id, 0);
  resolved.set('', (defaultId ? resolved.get(defaultId) : undefined) ?? (defaultLang ? { lang: defaultLang } : {}));
  return resolved;
}

/** The language of run properties (w:lang w:val), or undefined. */
export function langOf(rPr: XmlElement | undefined): string | undefined {
  return child(rPr, 'lang')?.attrs['val'] || undefined;
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

/** What a character style (w:rStyle) says about printing: hidden text, resolved through basedOn. */
export interface CharacterStyle {
  hidden?: boolean;
}

/** Character styles by style id (styles.xml), reduced to what the importer reads. */
export function readCharacterStyles(root: XmlElement | null): ReadonlyMap<string, CharacterStyle> {
  const raw = new Map<string, { basedOn?: string; hidden?: boolean }>();
  for (const s of root ? childrenNamed(root, 'style') : []) {
    if (s.attrs['type'] !== 'character' || !s.attrs['styleId']) continue;
    raw.set(s.attrs['styleId'], { basedOn: childVal(s, 'basedOn'), hidden: onOff(child(child(s, 'rPr'), 'vanish')) });
  }
  const resolved = new Map<string, CharacterStyle>();
  const resolve = (id: string, depth: number): CharacterStyle => {
    const done = resolved.get(id);
    if (done) return done;
    const s = raw.get(id);
    if (!s || depth > 20) return {};
    const base = s.basedOn && s.basedOn !== id ? resolve(s.basedOn, depth + 1) : {};
    const style = { hidden: s.hidden ?? base.hidden };
    resolved.set(id, style);
    return style;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return resolved;
}
