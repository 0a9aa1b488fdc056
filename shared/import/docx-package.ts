/**
 * Locating and parsing the parts of a DOCX package: the main document and the styles,
 * numbering and footnotes it points to through its relationships.
 */
import { ImportError } from './types';
import { parseXml, type XmlElement } from './xml';
import { openZip, type ZipArchive } from './zip';

/** The parsed parts the importer needs; optional parts are null when absent. */
export interface DocxParts {
  document: XmlElement;
  styles: XmlElement | null;
  numbering: XmlElement | null;
  footnotes: XmlElement | null;
  endnotes: XmlElement | null;
  /** The comments part: read only to count what the comments rule leaves out. */
  comments: XmlElement | null;
  /** Page headers and footers: read only to tell whether the rule leaving them out dropped text. */
  headersFooters: XmlElement[];
  /** A part the main document points to by relationship id (an embedded document), or null. */
  related(id: string): RelatedPart | null;
}

/** A package part found through a relationship: its path, bytes and content type. */
export interface RelatedPart {
  path: string;
  bytes: Uint8Array;
  contentType: string;
}

/** Opens the package and parses the parts the importer reads. */
export function readDocxParts(bytes: Uint8Array, fileName: string): DocxParts {
  const zip = openZip(bytes, fileName);
  const rootRels = relationships(zip, '_rels/.rels', fileName);
  const mainPath = resolveTarget('', rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target) ?? 'word/document.xml';
  const mainXml = zip.read(mainPath);
  if (!mainXml) {
    throw new ImportError(`${fileName} is not a Word document (it has no main document part).`);
  }
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const rels = relationships(zip, `${dir}_rels/${mainPath.slice(dir.length)}.rels`, fileName);
  const parse = (target: string): XmlElement | null => {
    const data = zip.read(target);
    return data ? parseXml(decodeXml(data), `${fileName} (${target})`) : null;
  };
  const part = (kind: string, fallback: string): XmlElement | null =>
    parse(resolveTarget(dir, rels.find((r) => r.type.endsWith(`/${kind}`))?.target) ?? `${dir}${fallback}`);
  const types = contentTypes(zip, fileName);
  return {
    document: parseXml(decodeXml(mainXml), `${fileName} (${mainPath})`),
    styles: part('styles', 'styles.xml'),
    numbering: part('numbering', 'numbering.xml'),
    footnotes: part('footnotes', 'footnotes.xml'),
    endnotes: part('endnotes', 'endnotes.xml'),
    comments: rels.some((r) => r.type.endsWith('/comments')) ? part('comments', 'comments.xml') : null,
    headersFooters: rels
      .filter((r) => r.type.endsWith('/header') || r.type.endsWith('/footer'))
      .map((r) => resolveTarget(dir, r.target))
      .flatMap((target) => (target ? [parse(target)].filter((x): x is XmlElement => x !== null) : [])),
    related(id) {
      const path = resolveTarget(dir, rels.find((r) => r.id === id)?.target);
      const bytes = path ? zip.read(path) : null;
      if (!path || !bytes) return null;
      const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
      return { path, bytes, contentType: types.overrides.get(`/${path}`) ?? types.defaults.get(ext) ?? '' };
    },
  };
}

/** [Content_Types].xml: the content type of each part, by path or by extension. */
function contentTypes(zip: ZipArchive, fileName: string): { overrides: Map<string, string>; defaults: Map<string, string> } {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  const data = zip.read('[Content_Types].xml');
  if (!data) return { overrides, defaults };
  for (const c of parseXml(decodeXml(data), `${fileName} ([Content_Types].xml)`).children) {
    if (typeof c === 'string') continue;
    if (c.name === 'Override') overrides.set(c.attrs['PartName'] ?? '', (c.attrs['ContentType'] ?? '').toLowerCase());
    if (c.name === 'Default') defaults.set((c.attrs['Extension'] ?? '').toLowerCase(), (c.attrs['ContentType'] ?? '').toLowerCase());
  }
  return { overrides, defaults };
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

function relationships(zip: ZipArchive, path: string, fileName: string): Relationship[] {
  const data = zip.read(path);
  if (!data) return [];
  const root = parseXml(decodeXml(data), `${fileName} (${path})`);
  return root.children
    .filter((c): c is XmlElement => typeof c !== 'string' && c.name === 'Relationship')
    .filter((c) => c.attrs['TargetMode'] !== 'External')
    .map((c) => ({ id: c.attrs['Id'] ?? '', type: c.attrs['Type'] ?? '', target: c.attrs['Target'] ?? '' }));
}

function resolveTarget(dir: string, target: string | undefined): string | undefined {
  if (!target) return undefined;
  const joined = target.startsWith('/') ? target.slice(1) : dir + target;
  const parts: string[] = [];
  for (const seg of joined.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function decodeXml(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data).replace(/^\ufeff/, '');
}
