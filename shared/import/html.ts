/**
 * HTML importer. The source is parsed by parse5, the WHATWG HTML parser browsers follow, so
 * drafts saved from a browser or an office suite read as a browser shows them: implied and
 * unclosed tags, every named character reference (`&Eacute;` is "É"), tables and lists. Only
 * text is kept, never markup: scripts, styles, forms, embedded objects and hidden elements are
 * dropped. Headings, paragraphs, list items (with `ol` numbering, `start`, `type` and `value`),
 * table rows, footnotes and bold/italic/underline become the draft's blocks and runs.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Footnote, Mark, Run } from '../model/draft';
import { toLetters, toRoman } from './numbers';
import { recognizeStructure, type RawBlock } from './structure';
import type { ImportedContent } from './types';

/** Elements whose content is not text a reader sees. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'textarea', 'button']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'blockquote',
  'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'dl', 'dt', 'dd', 'pre', 'hr', 'body', 'caption',
  'figure', 'figcaption', 'address', 'center', 'tbody', 'thead', 'tfoot',
]);

interface List {
  ordered: boolean;
  type: string;
  next: number;
}

/** What an HTML document holds: its blocks as read, and the title its <title> names. */
export interface HtmlReading {
  raws: RawBlock[];
  /** Text of <title>, or ''. */
  title: string;
  /** True when an h1 was read as the title line. */
  titled: boolean;
}

/** Imports HTML source into structured content. */
export function importHtml(source: string, language?: string): ImportedContent {
  const reading = readHtml(source);
  // <title> names the file, it is not printed: a title for the draft, not a paragraph.
  return { format: 'html', notes: [], ...recognizeStructure(reading.raws, { language, ...(reading.titled ? {} : { title: reading.title }) }) };
}

/** Reads HTML source into raw blocks (also used for HTML embedded in a Word file). */
export function readHtml(source: string): HtmlReading {
  const doc = parse(source);
  const r = new HtmlReader();
  const head = findElement(doc, 'head');
  const titleEl = head ? findElement(head, 'title') : null;
  r.walk(doc);
  r.flush();
  return { raws: r.finish(), title: titleEl ? textContent(titleEl).replace(/\s+/g, ' ').trim() : '', titled: r.titleH1 };
}

/** The reader's state while it walks the tree in document order. */
class HtmlReader {
  readonly raws: RawBlock[] = [];
  private readonly lists: List[] = [];
  private readonly marks: Mark[] = [];
  private runs: Run[] = [];
  private pending: Omit<RawBlock, 'text' | 'runs'> = {};
  private row: string[] | null = null;
  private cell: Run[] | null = null;
  private titleSeen = false;
  titleH1 = false;
  // Footnotes: a reference is a short numeric link to "#target"; the note is the block holding
  // the anchor named "target" (how Word and LibreOffice both save footnotes as HTML).
  private anchor: { href: string | null; name: string | null; at: number } | null = null;
  private refs: { target: string; marker: string }[] = [];
  private noteMarker: { target: string; marker: string } | null = null;
  private readonly refTargets = new Set<string>();
  private readonly notes = new Map<string, Footnote>();
  private readonly pendingRefs = new Map<RawBlock, { target: string; marker: string }[]>();

  walk(node: T.Node): void {
    if (node.nodeName === '#text') {
      this.addText((node as T.TextNode).value);
      return;
    }
    if (!('childNodes' in node)) return; // comments, doctype
    const el = 'tagName' in node ? node : null;
    if (el) {
      if (SKIP.has(el.tagName) || hidden(el)) return;
      this.open(el);
    }
    const content = el?.tagName === 'template' ? [] : node.childNodes;
    for (const c of content) this.walk(c);
    if (el) this.close(el);
  }

  flush(): void {
    const text = this.runs.map((r) => r.text).join('');
    if (this.noteMarker) {
      if (text.trim() !== '') this.notes.set(this.noteMarker.target, { marker: this.noteMarker.marker, text: text.replace(/\s+/g, ' ').trim() });
      this.noteMarker = null;
      this.runs = [];
      this.pending = {};
      this.refs = [];
      return;
    }
    if (text.trim() === '') {
      this.runs = [];
      return; // keep the pending number for the block the list item wraps (<li><p>…)
    }
    const raw: RawBlock = { text, runs: this.runs, ...this.pending };
    this.raws.push(raw);
    if (this.refs.length > 0) this.pendingRefs.set(raw, this.refs);
    this.runs = [];
    this.pending = {};
    this.refs = [];
  }

  /** The blocks with their footnotes linked. */
  finish(): RawBlock[] {
    for (const [raw, list] of this.pendingRefs) {
      const found = list.flatMap((r) => {
        const note = this.notes.get(r.target);
        return note ? [{ marker: note.marker || r.marker, text: note.text }] : [];
      });
      if (found.length > 0) raw.footnotes = found;
    }
    return this.raws;
  }

  private addText(text: string): void {
    if (text === '') return;
    const target = this.cell ?? this.runs;
    target.push(this.marks.length > 0 ? { text, marks: [...new Set(this.marks)] } : { text });
  }

  private open(el: T.Element): void {
    const name = el.tagName;
    if (name === 'br') {
      this.addText(' ');
      return;
    }
    if (name === 'a') {
      const href = attr(el, 'href') ?? null;
      const own = attr(el, 'name') ?? attr(el, 'id') ?? null;
      this.anchor = { href: href && href.startsWith('#') ? href.slice(1) : null, name: own, at: this.runs.length };
      if (own && this.refTargets.has(own) && !this.cell) {
        this.flush();
        this.noteMarker = { target: own, marker: '' };
        this.anchor.at = 0;
      }
      return;
    }
    const mark = markOf(name);
    if (mark) {
      this.marks.push(mark);
      return;
    }
    if (!BLOCK.has(name)) return;
    if (name === 'td' || name === 'th') {
      if (this.row) this.cell = [];
      return;
    }
    if (this.cell) return; // block structure inside a cell stays in the cell
    this.flush();
    if (name === 'tr') {
      this.row = [];
      return;
    }
    if (name === 'ol' || name === 'ul') {
      const start = Number(attr(el, 'start') ?? '1');
      this.lists.push({ ordered: name === 'ol', type: attr(el, 'type') ?? '1', next: Number.isFinite(start) ? start : 1 });
      return;
    }
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      const n = Number(heading[1]);
      const numbered = /^\s*([IVXLC]+|[A-Z])\./.test(textContent(el));
      // The first h1 is the title unless it is a numbered chapter; below a title h1, h2 is a chapter.
      const isTitle = n === 1 && !this.titleSeen && !numbered;
      if (isTitle) this.titleH1 = true;
      this.titleSeen = true;
      this.pending = { heading: isTitle ? 0 : Math.max(1, n - (this.titleH1 ? 1 : 0)) };
    } else if (name === 'li') {
      const list = this.lists[this.lists.length - 1];
      if (list?.ordered) {
        const value = Number(attr(el, 'value') ?? NaN);
        if (Number.isFinite(value)) list.next = value;
        this.pending = { autoNumber: printed(list.next, list.type), autoKind: kindOf(list.type), listLevel: this.lists.length - 1 };
        list.next++;
      } else {
        this.pending = { autoKind: 'bullet', listLevel: Math.max(0, this.lists.length - 1) };
      }
    }
  }

  private close(el: T.Element): void {
    const name = el.tagName;
    if (name === 'a') {
      const anchor = this.anchor;
      if (!anchor) return;
      const label = this.runs.slice(anchor.at).map((r) => r.text).join('').trim().replace(/^\[(.*)\]$/, '$1');
      const note = this.noteMarker;
      if (note && anchor.name === note.target) {
        this.noteMarker = { target: note.target, marker: label };
        this.runs = this.runs.slice(0, anchor.at);
      } else if (anchor.href && /^(\d{1,3}|\*{1,3}|[†‡])$/.test(label) && !this.noteMarker) {
        this.refTargets.add(anchor.href);
        this.refs.push({ target: anchor.href, marker: label });
        this.runs = this.runs.slice(0, anchor.at);
      }
      this.anchor = null;
      return;
    }
    const mark = markOf(name);
    if (mark) {
      const at = this.marks.lastIndexOf(mark);
      if (at >= 0) this.marks.splice(at, 1);
      return;
    }
    if (!BLOCK.has(name)) return;
    if (name === 'td' || name === 'th') {
      if (this.row && this.cell) {
        this.row.push(this.cell.map((r) => r.text).join('').replace(/\s+/g, ' ').trim());
        this.cell = null;
      }
      return;
    }
    if (this.cell) return;
    this.flush();
    if (name === 'tr' && this.row) {
      if (this.row.some((c) => c !== '')) this.raws.push({ text: this.row.join(' | ') });
      this.row = null;
    } else if (name === 'ol' || name === 'ul') {
      this.lists.pop();
    }
  }
}

function markOf(name: string): Mark | null {
  return name === 'b' || name === 'strong' ? 'bold' : name === 'i' || name === 'em' ? 'italic' : name === 'u' ? 'underline' : null;
}

/** True for elements a browser does not show: the `hidden` attribute or an inline `display: none`. */
function hidden(el: T.Element): boolean {
  if (attr(el, 'hidden') !== undefined) return true;
  const style = attr(el, 'style');
  return style !== undefined && /(?:^|;)\s*display\s*:\s*none\b/i.test(style);
}

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function findElement(node: T.ParentNode, tag: string): T.Element | null {
  for (const c of node.childNodes) {
    if (!('tagName' in c)) continue;
    if (c.tagName === tag) return c;
    const found = findElement(c, tag);
    if (found) return found;
  }
  return null;
}

function textContent(node: T.Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textContent).join('');
}

/**
 * The number an `ol` item shows. Lettered and roman items are given in the UN form "(a)",
 * "(iv)" because that is how subparagraphs in drafts are labelled, whatever the browser draws.
 */
function printed(n: number, type: string): string {
  switch (type) {
    case 'a':
      return `(${toLetters(n)})`;
    case 'A':
      return `${toLetters(n).toUpperCase()}.`;
    case 'i':
      return `(${toRoman(n)})`;
    case 'I':
      return `${toRoman(n).toUpperCase()}.`;
    default:
      return `${n}.`;
  }
}

function kindOf(type: string): RawBlock['autoKind'] {
  return type === 'a' ? 'letter' : type === 'A' ? 'upperLetter' : type === 'i' ? 'roman' : type === 'I' ? 'upperRoman' : 'decimal';
}
