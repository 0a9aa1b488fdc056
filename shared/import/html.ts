/**
 * HTML importer with its own tolerant tokenizer: drafts saved from a browser or an office suite
 * are rarely well-formed XML. Scripts, styles and other non-content are dropped; headings,
 * paragraphs, list items (with `ol` numbering, `start`, `type` and `value`), table rows and
 * bold/italic/underline are kept.
 */
import type { Footnote, Mark, Run } from '../model/draft';
import { decodeEntities } from './html-entities';
import { toLetters, toRoman } from './numbers';
import { recognizeStructure, type RawBlock } from './structure';
import type { ImportedContent } from './types';

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'textarea']);
const BLOCK = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th', 'blockquote',
  'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'dl', 'dt', 'dd', 'pre', 'hr', 'body', 'caption',
  'figure', 'figcaption', 'address', 'center', 'tbody', 'thead', 'tfoot',
]);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);

interface List {
  ordered: boolean;
  type: string;
  next: number;
}

/** Imports HTML source into structured content. */
export function importHtml(source: string): ImportedContent {
  const raws: RawBlock[] = [];
  const lists: List[] = [];
  const marks: Mark[] = [];
  let runs: Run[] = [];
  let pending: Omit<RawBlock, 'text' | 'runs'> = {};
  let row: string[] | null = null;
  let cell: Run[] | null = null;
  let titleSeen = false;
  let titleH1 = false;
  let docTitle = '';
  let skipping: string | null = null;
  // Footnotes: a reference is a short numeric link to "#target"; the note is the block holding
  // the anchor named "target" (how Word and LibreOffice both save footnotes as HTML).
  let anchor: { href: string | null; name: string | null; at: number } | null = null;
  let refs: { target: string; marker: string }[] = [];
  let noteMarker: { target: string; marker: string } | null = null;
  const refTargets = new Set<string>();
  const notes = new Map<string, Footnote>();
  const pendingRefs = new Map<RawBlock, { target: string; marker: string }[]>();

  const flush = (): void => {
    const text = runs.map((r) => r.text).join('');
    if (noteMarker) {
      if (text.trim() !== '') notes.set(noteMarker.target, { marker: noteMarker.marker, text: text.replace(/\s+/g, ' ').trim() });
      noteMarker = null;
      runs = [];
      pending = {};
      refs = [];
      return;
    }
    if (text.trim() === '') {
      runs = [];
      return; // keep the pending number for the block the list item wraps (<li><p>…)
    }
    const raw: RawBlock = { text, runs, ...pending };
    raws.push(raw);
    if (refs.length > 0) pendingRefs.set(raw, refs);
    runs = [];
    pending = {};
    refs = [];
  };
  const addText = (text: string): void => {
    if (text === '') return;
    const target = cell ?? runs;
    target.push(marks.length > 0 ? { text, marks: [...new Set(marks)] } : { text });
  };

  const tagRe = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,4000})>/g;
  let last = 0;
  for (let m = tagRe.exec(source); m; m = tagRe.exec(source)) {
    const textBefore = source.slice(last, m.index);
    last = tagRe.lastIndex;
    const name = m[2]?.toLowerCase();
    if (skipping) {
      if (name === skipping && m[1] === '/') skipping = null;
      else if (name === 'title' && skipping === 'head' && m[1] === '/') docTitle = decodeEntities(textBefore).trim() || docTitle;
      continue;
    }
    addText(decodeEntities(textBefore));
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    if (!closing && SKIP.has(name) && !/\/\s*$/.test(attrs)) {
      skipping = name;
      continue;
    }
    if (name === 'br') {
      addText(' ');
      continue;
    }
    if (name === 'a') {
      if (!closing) {
        const href = attr(attrs, 'href') ?? null;
        const own = attr(attrs, 'name') ?? attr(attrs, 'id') ?? null;
        anchor = { href: href && href.startsWith('#') ? href.slice(1) : null, name: own, at: runs.length };
        if (own && refTargets.has(own) && !cell) {
          flush();
          noteMarker = { target: own, marker: '' };
          anchor.at = 0;
        }
      } else if (anchor) {
        const label = runs.slice(anchor.at).map((r) => r.text).join('').trim().replace(/^\[(.*)\]$/, '$1');
        const note = noteMarker as { target: string; marker: string } | null;
        if (note && anchor.name === note.target) {
          noteMarker = { target: note.target, marker: label };
          runs = runs.slice(0, anchor.at);
        } else if (anchor.href && /^(\d{1,3}|\*{1,3}|[†‡])$/.test(label) && !noteMarker) {
          refTargets.add(anchor.href);
          refs.push({ target: anchor.href, marker: label });
          runs = runs.slice(0, anchor.at);
        }
        anchor = null;
      }
      continue;
    }
    const mark: Mark | null = name === 'b' || name === 'strong' ? 'bold' : name === 'i' || name === 'em' ? 'italic' : name === 'u' ? 'underline' : null;
    if (mark) {
      if (closing) {
        const at = marks.lastIndexOf(mark);
        if (at >= 0) marks.splice(at, 1);
      } else marks.push(mark);
      continue;
    }
    if (!BLOCK.has(name) || VOID.has(name) && name !== 'hr') continue;
    if (name === 'td' || name === 'th') {
      if (!closing) {
        if (row) cell = [];
      } else if (row && cell) {
        row.push(cell.map((r) => r.text).join('').replace(/\s+/g, ' ').trim());
        cell = null;
      }
      continue;
    }
    if (cell) continue; // block structure inside a cell stays in the cell
    flush();
    if (name === 'tr') {
      if (closing && row) {
        if (row.some((c) => c !== '')) raws.push({ text: row.join(' | ') });
        row = null;
      } else if (!closing) row = [];
      continue;
    }
    if (name === 'ol' || name === 'ul') {
      if (closing) lists.pop();
      else {
        const start = Number(attr(attrs, 'start') ?? '1');
        lists.push({ ordered: name === 'ol', type: attr(attrs, 'type') ?? '1', next: Number.isFinite(start) ? start : 1 });
      }
      continue;
    }
    if (closing) continue;
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      const n = Number(heading[1]);
      const numbered = /^\s*(<[^>]*>\s*)*([IVXLC]+|[A-Z])\./.test(source.slice(last, last + 200));
      // The first h1 is the title unless it is a numbered chapter; below a title h1, h2 is a chapter.
      const isTitle = n === 1 && !titleSeen && !numbered;
      if (isTitle) titleH1 = true;
      titleSeen = true;
      const level = isTitle ? 0 : Math.max(1, n - (titleH1 ? 1 : 0));
      pending = { heading: level };
    } else if (name === 'li') {
      const list = lists[lists.length - 1];
      if (list?.ordered) {
        const value = Number(attr(attrs, 'value') ?? NaN);
        if (Number.isFinite(value)) list.next = value;
        pending = { autoNumber: printed(list.next, list.type), autoKind: kindOf(list.type), listLevel: lists.length - 1 };
        list.next++;
      } else {
        pending = { autoKind: 'bullet', listLevel: Math.max(0, lists.length - 1) };
      }
    }
  }
  if (!skipping) addText(decodeEntities(source.slice(last)));
  flush();
  for (const [raw, list] of pendingRefs) {
    const found = list.flatMap((r) => {
      const note = notes.get(r.target);
      return note ? [{ marker: note.marker || r.marker, text: note.text }] : [];
    });
    if (found.length > 0) raw.footnotes = found;
  }
  if (!titleSeen && docTitle) raws.unshift({ text: docTitle, heading: 0 });
  return { format: 'html', notes: [], ...recognizeStructure(raws) };
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
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
