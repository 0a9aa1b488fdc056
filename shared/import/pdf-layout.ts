/**
 * From PDF lines to paragraphs: running headers, footers and page numbers are dropped, footnotes
 * at the foot of each page are separated and linked back to the paragraph citing them, and
 * lines are joined into paragraphs by spacing, indentation and numbering patterns, with
 * end-of-line hyphenation undone. Single-column layouts, as UN documents are.
 */
import type { Footnote } from '../model/draft';
import { isAnyHyphenPrefix, isAnyPartHeading } from '../model/structure-words';
import { startsBlock } from './lines';
import { pageLines, type PdfLine, type PdfPage } from './pdf-lines';
import type { RawBlock } from './structure';

/** Paragraphs rebuilt from the pages, plus what could not be placed. */
export interface PdfLayout {
  raws: RawBlock[];
  unlinkedFootnotes: number;
}

/** Rebuilds paragraphs from positioned text. */
export function layoutPages(pages: readonly PdfPage[]): PdfLayout {
  const perPage = pages.map((p, i) => pageLines(p, i));
  dropRunningLines(perPage, pages);
  const bodySize = dominantSize(perPage.flat());
  const footnotes: Footnote[] = [];
  const body: PdfLine[] = [];
  perPage.forEach((lines) => {
    const { main, notes } = splitFootnotes(lines, bodySize, footnotes);
    body.push(...main);
    footnotes.push(...notes);
  });
  const blocks = joinParagraphs(body, bodySize);
  const byMarker = new Map<string, Footnote>();
  for (const fn of footnotes) if (!byMarker.has(fn.marker)) byMarker.set(fn.marker, fn);
  let linked = 0;
  const raws = blocks.map((b): RawBlock => {
    const notes = b.refs.map((m) => byMarker.get(m)).filter((f): f is Footnote => f !== undefined);
    linked += notes.length;
    return {
      text: b.text,
      ...(b.heading !== undefined ? { heading: b.heading } : {}),
      ...(notes.length > 0 ? { footnotes: notes } : {}),
    };
  });
  return { raws, unlinkedFootnotes: Math.max(0, footnotes.length - linked) };
}

const PAGE_NUMBER = /^[-–—\s]*(page\s+)?(\d{1,4}|[ivxlc]{1,6})(\s*(of|\/)\s*\d{1,4})?[-–—\s]*$/i;

/**
 * Drops running headers and footers (the same text, digits aside, at the same height on most
 * pages) and lone page numbers at the top or bottom of a page.
 */
function dropRunningLines(perPage: PdfLine[][], pages: readonly PdfPage[]): void {
  const key = (l: PdfLine): string => l.text.replace(/\d+/g, '#').toLowerCase();
  const edges = perPage.map((lines) => [...lines.slice(0, 3), ...lines.slice(-3)]);
  const counts = new Map<string, number>();
  edges.forEach((lines) => {
    const seen = new Set<string>();
    for (const l of lines) {
      const k = `${key(l)}@${Math.round(l.y / 6)}`;
      if (!seen.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
      seen.add(k);
    }
  });
  const needed = Math.max(2, Math.ceil(perPage.length * 0.5));
  perPage.forEach((lines, i) => {
    const height = pages[i]!.height || 842;
    const edgeSet = new Set(edges[i]);
    const kept = lines.filter((l) => {
      if (!edgeSet.has(l)) return true;
      if ((counts.get(`${key(l)}@${Math.round(l.y / 6)}`) ?? 0) >= needed) return false;
      const nearEdge = l.y > height * 0.85 || l.y < height * 0.15;
      return !(nearEdge && PAGE_NUMBER.test(l.text) && (l === lines[0] || l === lines[lines.length - 1]));
    });
    perPage[i] = kept;
  });
}

/** The font size carrying most of the text: the body size. */
function dominantSize(lines: readonly PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + l.text.length);
  }
  let best = 10;
  let bestW = -1;
  for (const [s, w] of weight) if (w > bestW) [best, bestW] = [s, w];
  return best;
}

/**
 * Footnotes sit at the foot of the page in a smaller font. Walking up from the bottom, the
 * smaller lines form the footnote area; each footnote starts with its marker, and an area that
 * starts without one continues the previous page's last footnote.
 */
function splitFootnotes(lines: PdfLine[], bodySize: number, earlier: Footnote[]): { main: PdfLine[]; notes: Footnote[] } {
  let start = lines.length;
  while (start > 0 && lines[start - 1]!.size < bodySize * 0.9) start--;
  const area = lines.slice(start);
  let expected = nextMarker(earlier);
  const notes: Footnote[] = [];
  for (const l of area) {
    const lead = footnoteLead(l, expected);
    const last = notes[notes.length - 1];
    if (lead) {
      notes.push(lead);
      expected = /^\d+$/.test(lead.marker) ? String(Number(lead.marker) + 1) : expected;
    } else if (last) {
      notes[notes.length - 1] = { ...last, text: joinText(last.text, l.text) };
    } else if (earlier.length > 0) {
      const prev = earlier[earlier.length - 1]!;
      earlier[earlier.length - 1] = { ...prev, text: joinText(prev.text, l.text) };
    } else {
      return { main: lines, notes: [] }; // small print that is not a footnote area
    }
  }
  return { main: lines.slice(0, start), notes };
}

/** The footnote a line starts, if it starts one: a raised marker, "12 Text", or the expected number glued to the text. */
function footnoteLead(l: PdfLine, expected: string): Footnote | null {
  if (l.leadMarker) return { marker: l.leadMarker, text: l.text };
  const spaced = /^(\d{1,3}|\*{1,3}|[†‡])\s+(\S.*)$/.exec(l.text);
  if (spaced) return { marker: spaced[1]!, text: spaced[2]! };
  if (l.text.startsWith(expected) && /^\D/.test(l.text.slice(expected.length))) {
    return { marker: expected, text: l.text.slice(expected.length).trim() };
  }
  return null;
}

function nextMarker(earlier: readonly Footnote[]): string {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const m = earlier[i]!.marker;
    if (/^\d+$/.test(m)) return String(Number(m) + 1);
  }
  return '1';
}

interface Para {
  text: string;
  refs: string[];
  heading?: number;
  lines: PdfLine[];
}

function joinParagraphs(lines: readonly PdfLine[], bodySize: number): Para[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && Math.abs(a.size - b.size) < 0.5) gaps.push(Math.round((a.y - b.y) * 2) / 2);
  }
  const lineGap = smallestFrequent(gaps) ?? bodySize * 1.2;
  // Each column has its own right edge: a line of the left column is full well before the page's.
  const edges = new Map<number, number>();
  for (const column of new Set(lines.map((l) => l.column))) {
    const ends = lines.filter((l) => l.column === column && Math.abs(l.size - bodySize) < 0.5).map((l) => l.xEnd);
    edges.set(column, percentile(ends, 0.9) ?? 500);
  }
  const hy = hyphenation(lines);
  const ctx: JoinContext = { lineGap, edges, bodySize, numberedOnly: numberedBreaks(lines, lineGap, bodySize) };
  const paras: Para[] = [];
  let cur: Para | null = null;
  for (const line of lines) {
    const prev: PdfLine | undefined = cur?.lines[cur.lines.length - 1];
    if (!cur || !prev || startsNew(prev, line, ctx)) {
      cur = { text: line.text, refs: [...line.refs], lines: [line] };
      paras.push(cur);
      continue;
    }
    cur.text = joinLines(cur.text, line.text, hy);
    cur.refs.push(...line.refs);
    cur.lines.push(line);
  }
  // Layout hints: the large text on the first page above any numbered content is the title;
  // other lines set larger than the body are headings.
  let titled = false;
  for (const p of paras) {
    const size = p.lines[0]!.size;
    const larger = size >= bodySize * 1.15;
    const numberedLike = /^([IVXLC]+|[A-Z]|\d+)\.\s/.test(p.text);
    if (!titled && p.lines[0]!.page === 0 && larger && !numberedLike && size >= bodySize * 1.3) {
      p.heading = 0;
      titled = true;
    } else if (larger && !numberedLike && p.text.length < 160) {
      p.heading = 1;
    }
    if (numberedLike || /^\(?[a-z]{1,4}\)\s/.test(p.text)) titled = true;
  }
  return paras;
}

/** What joining lines into paragraphs knows about the document's layout. */
interface JoinContext {
  lineGap: number;
  /** Right edge of the text in each column. */
  edges: ReadonlyMap<number, number>;
  bodySize: number;
  /**
   * True when the document starts every paragraph the spacing shows with a number or heading: then
   * a page or column break starts a paragraph only where a number or heading does.
   */
  numberedOnly: boolean;
}

/** True when paragraph breaks the spacing shows (within a page) nearly all begin with a number or heading. */
function numberedBreaks(lines: readonly PdfLine[], lineGap: number, bodySize: number): boolean {
  let numbered = 0;
  let other = 0;
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.column !== b.column || Math.abs(a.size - bodySize) > 0.5 || Math.abs(b.size - bodySize) > 0.5) continue;
    if (a.y - b.y <= lineGap * 1.35 + 0.5) continue;
    if (startsBlock(b.text)) numbered++;
    else other++;
  }
  return numbered >= 10 && other <= numbered * 0.05;
}

function startsNew(prev: PdfLine, line: PdfLine, ctx: JoinContext): boolean {
  const { lineGap, bodySize } = ctx;
  // A part heading ("Recommended next steps") stands alone wherever it falls: after a full last
  // line, at the top of a page or column.
  if (startsBlock(line.text) || isAnyPartHeading(prev.text)) return true;
  if (Math.abs(prev.size - line.size) > 0.5 && (prev.size >= bodySize * 1.1 || line.size >= bodySize * 1.1)) return true;
  const rightEdge = ctx.edges.get(prev.column) ?? 500;
  const ended = /[.;:!?。！？"”)]$/.test(prev.text);
  const full = prev.xEnd >= rightEdge - 3 * bodySize;
  if (prev.page !== line.page || prev.column !== line.column) return !ctx.numberedOnly && ended && !full;
  const gap = prev.y - line.y;
  if (gap > lineGap * Math.max(1, line.size / bodySize) * 1.35 + 0.5) return true;
  return ended && !full && prev.xEnd < rightEdge - 6 * bodySize;
}

const CJK_END = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

/** A line ending in a hyphen after a letter or digit (pdf.js may put a space before it in justified text). */
const LINE_END_HYPHEN = /([\p{L}\p{N}]+) ?([-\u00ad\u2010])$/u;

/**
 * What the document says about its line-end hyphens: the words it writes whole, the compounds it
 * writes with a hyphen, and its habit: "soft" where it was hyphenated automatically (some breaks
 * split a word written whole elsewhere, "negoti-" / "ation"), else "real" (the usual UN layout:
 * no automatic hyphenation, so a hyphen at a line end belongs to the word).
 */
export interface Hyphenation {
  /** Words and hyphenated compounds seen inside lines, lower case. */
  words: ReadonlySet<string>;
  /** Words seen on their own (not as a part of a compound), lower case. */
  standalone: ReadonlySet<string>;
  soft: boolean;
}

/** Reads the document's hyphenation from its lines. */
export function hyphenation(lines: readonly PdfLine[]): Hyphenation {
  const words = new Set<string>();
  const standalone = new Set<string>();
  // Every word but the pieces of a break: the one ending a line with a hyphen, the one after it.
  lines.forEach((l, i) => {
    let text = l.text;
    if (LINE_END_HYPHEN.test(text)) text = text.replace(/\S+$/, '');
    if (i > 0 && LINE_END_HYPHEN.test(lines[i - 1]!.text)) text = text.replace(/^\S+/, '');
    for (const w of text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) {
      words.add(w);
      if (!w.includes('-')) standalone.add(w);
    }
  });
  const base = { words, standalone, soft: false };
  let soft = 0;
  let real = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const end = LINE_END_HYPHEN.exec(lines[i]!.text);
    const head = /^(\p{Ll}\p{L}*)/u.exec(lines[i + 1]!.text);
    if (!end || !head) continue;
    const evidence = knownBreak(end[1]!, head[1]!, end[2]!, base);
    if (evidence === 'soft') soft++;
    else if (evidence === 'real') real++;
  }
  return { ...base, soft: soft > 0 && soft >= real / 4 };
}

/** What the document itself says about the break "first-" / "rest", or null when it says nothing. */
function knownBreak(first: string, rest: string, mark: string, hy: Omit<Hyphenation, 'soft'>): 'soft' | 'real' | null {
  if (mark === '\u00ad') return 'soft';
  const hyphenated = `${first}-${rest}`.toLowerCase();
  const joined = (first + rest).toLowerCase();
  if (hy.words.has(hyphenated) && !hy.words.has(joined)) return 'real';
  if (hy.words.has(joined) && !hy.words.has(hyphenated)) return 'soft';
  return null;
}

/**
 * Joins a wrapped line to its paragraph, undoing end-of-line hyphenation: a soft hyphen goes
 * ("negoti-" + "ation"), a real one stays ("non-" + "State", "2020-" + "2025", "capacity-" +
 * "building"). A break the document itself does not decide is real after a hyphenated prefix
 * ("non-") or between two words it uses on their own ("health-" + "care"), else as its habit.
 */
export function joinLines(text: string, next: string, hy: Hyphenation): string {
  const end = LINE_END_HYPHEN.exec(text);
  if (end) {
    const stem = text.slice(0, end.index) + end[1]!;
    if (/^[\p{Lu}\p{N}]/u.test(next)) return `${stem}-${next}`; // "non-State", "2020-2025": a hyphen before a capital or a digit is real
    const head = /^(\p{Ll}\p{L}*)/u.exec(next);
    if (head) {
      const first = end[1]!;
      const known = knownBreak(first, head[1]!, end[2]!, hy);
      const keep =
        known !== null
          ? known === 'real'
          : isAnyHyphenPrefix(first) ||
            (hy.standalone.has(first.toLowerCase()) && hy.standalone.has(head[1]!.toLowerCase())) ||
            !hy.soft;
      return keep ? `${stem}-${next}` : stem + next;
    }
  }
  if (CJK_END.test(text) && CJK_START.test(next)) return text + next;
  return joinText(text, next);
}

function joinText(a: string, b: string): string {
  if (a === '') return b;
  if (CJK_END.test(a) && CJK_START.test(b)) return a + b;
  return `${a} ${b}`;
}


function smallestFrequent(values: readonly number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) if (v > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  const total = values.length;
  const frequent = [...counts].filter(([, c]) => c >= Math.max(2, total * 0.1)).map(([v]) => v);
  if (frequent.length > 0) return Math.min(...frequent);
  return values.length > 0 ? Math.min(...values.filter((v) => v > 0)) : null;
}

function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
