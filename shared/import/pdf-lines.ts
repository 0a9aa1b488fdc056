/**
 * From positioned PDF text to lines. A PDF only knows glyph runs at coordinates; lines are
 * rebuilt by baseline, spaces by the gaps between runs, and superscript numbers (footnote
 * references) are lifted out of the text so they can be linked to their footnotes.
 */

/** A run of text as placed on the page (PDF coordinates: y grows upwards, baseline). */
export interface PdfItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  font: string;
  rtl: boolean;
}

/** One page's text runs in content order. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
}

/** A rebuilt line of text. */
export interface PdfLine {
  page: number;
  /** Baseline of the line's main text. */
  y: number;
  /** Left and right ends of the inked text. */
  x: number;
  xEnd: number;
  /** Size of the line's main text. */
  size: number;
  text: string;
  /** Markers of superscript footnote references found in the line. */
  refs: string[];
  /** A superscript marker that starts the line (how a footnote begins). */
  leadMarker: string | null;
  font: string;
  /** Column of a multi-column page, counted from the reading start (0 on single-column pages). */
  column: number;
}

const MARKER = /^(\d{1,3}|[*†‡])$/;
const LABEL = /^[([]?([IVXLC]+|[A-Za-z]|\d{1,4})[.)\]]$/;
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

/**
 * Lines of a page in reading order: top to bottom, and on a page set in columns, column by
 * column within each band between lines that span the columns (a title, a heading across).
 */
export function pageLines(page: PdfPage, pageIndex: number): PdfLine[] {
  const items = page.items.filter((item) => item.text !== '' && Number.isFinite(item.x + item.y + item.size) && item.size > 0);
  const gutter = findGutter(items, page.width);
  if (!gutter) return linesOf(items, pageIndex, 0).sort((a, b) => b.y - a.y || a.x - b.x);
  // Items crossing the gutter span the columns; they cut the page into bands read one by one.
  const spans = (it: PdfItem): boolean => it.text.trim() !== '' && it.x < gutter.start && it.x + it.width > gutter.end;
  const spanning = linesOf(items.filter(spans), pageIndex, 0).sort((a, b) => b.y - a.y);
  const rest = items.filter((it) => !spans(it));
  const out: PdfLine[] = [];
  let top = Infinity;
  for (const cut of [...spanning, null]) {
    const bottom = cut ? cut.y : -Infinity;
    const band = rest.filter((it) => it.y < top && it.y > bottom);
    const left = band.filter((it) => it.x + it.width / 2 < (gutter.start + gutter.end) / 2);
    const right = band.filter((it) => !left.includes(it));
    for (const [column, part] of [[0, left], [1, right]] as const) {
      out.push(...linesOf(part, pageIndex, column).sort((a, b) => b.y - a.y || a.x - b.x));
    }
    if (cut) out.push(cut);
    top = bottom;
  }
  return out;
}

/** The items grouped into lines by baseline. */
function linesOf(items: readonly PdfItem[], pageIndex: number, column: number): PdfLine[] {
  const groups: PdfItem[][] = [];
  for (const item of items) {
    let target: PdfItem[] | undefined;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - 4; g--) {
      const group = groups[g]!;
      const base = mainItem(group);
      const tol = 0.6 * Math.max(base.size, item.size);
      if (Math.abs(base.y - item.y) < tol) {
        target = group;
        break;
      }
    }
    if (target) target.push(item);
    else groups.push([item]);
  }
  return groups.map((g) => buildLine(g, pageIndex, column)).filter((l): l is PdfLine => l !== null);
}

/** Lines on each side of a gutter needed to call a page two columns. */
const MIN_COLUMN_LINES = 6;

/**
 * The vertical gap between two columns of text, if the page has one: the widest band of x in the
 * middle of the page that (almost) no text crosses, with many lines ending just left of it and
 * starting just right of it. Single-column text always has words crossing the middle.
 */
function findGutter(items: readonly PdfItem[], pageWidth: number): { start: number; end: number } | null {
  const inked = items.filter((it) => it.text.trim() !== '' && it.width > 0);
  if (inked.length < 2 * MIN_COLUMN_LINES || !(pageWidth > 0)) return null;
  const cover = new Uint16Array(Math.ceil(pageWidth) + 1);
  for (const it of inked) {
    for (let x = Math.max(0, Math.floor(it.x)); x < Math.min(cover.length, Math.ceil(it.x + it.width)); x++) cover[x]!++;
  }
  // A few crossing items (a title, a spanning heading) are allowed; a body line crossing is not.
  const allowed = Math.max(2, Math.floor(inked.length * 0.03));
  let best: { start: number; end: number } | null = null;
  let start = -1;
  const lo = Math.floor(pageWidth * 0.3);
  const hi = Math.ceil(pageWidth * 0.7);
  for (let x = lo; x <= hi + 1; x++) {
    const free = x <= hi && cover[x]! <= allowed;
    if (free && start < 0) start = x;
    if (!free && start >= 0) {
      if (!best || x - start > best.end - best.start) best = { start, end: x };
      start = -1;
    }
  }
  if (!best || best.end - best.start < 6) return null;
  const near = 0.15 * pageWidth;
  const leftEnds = inked.filter((it) => it.x + it.width <= best.start && it.x + it.width > best.start - near).length;
  const rightStarts = inked.filter((it) => it.x >= best.end && it.x < best.end + near).length;
  return leftEnds >= MIN_COLUMN_LINES && rightStarts >= MIN_COLUMN_LINES ? best : null;
}

function mainItem(group: readonly PdfItem[]): PdfItem {
  let best = group[0]!;
  for (const it of group) if (it.text.trim() !== '' && (best.text.trim() === '' || it.size > best.size)) best = it;
  return best;
}

function buildLine(group: PdfItem[], page: number, column: number): PdfLine | null {
  const main = mainItem(group);
  if (main.text.trim() === '') return null;
  let rtlChars = 0;
  let ltrChars = 0;
  for (const it of group) {
    const letters = it.text.replace(/[\s\d.,;:()[\]-]/g, '').length;
    if (it.rtl) rtlChars += letters;
    else ltrChars += letters;
  }
  const rtl = rtlChars > ltrChars;
  let items = [...group].sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
  if (rtl) {
    // A left-to-right paragraph whose text is Arabic still prints its number at the left.
    const inked = items.filter((it) => it.text.trim() !== '');
    const leftmost = inked[inked.length - 1];
    if (leftmost && !leftmost.rtl && LABEL.test(leftmost.text.trim()) && inked.length > 1) {
      items = [leftmost, { ...leftmost, text: ' ' }, ...items.filter((it) => it !== leftmost)];
    }
  }
  let text = '';
  let pendingSpace = false;
  let prevEdge: number | null = null;
  const refs: string[] = [];
  let leadMarker: string | null = null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const it of items) {
    const t = it.text;
    if (t.trim() === '') {
      if (text !== '') pendingSpace = true;
      prevEdge = null;
      continue;
    }
    const raised = it.size < 0.8 * main.size && it.y > main.y + 0.15 * main.size;
    if (raised && MARKER.test(t.trim())) {
      if (text === '') leadMarker = t.trim();
      else refs.push(t.trim());
      prevEdge = rtl ? it.x : it.x + it.width;
      continue;
    }
    minX = Math.min(minX, it.x);
    maxX = Math.max(maxX, it.x + it.width);
    if (text !== '' && prevEdge !== null) {
      const gap = rtl ? prevEdge - (it.x + it.width) : it.x - prevEdge;
      const joinsCjk = CJK.test(text[text.length - 1]!) || CJK.test(t[0]!);
      if (gap > 0.18 * main.size && !joinsCjk) pendingSpace = true;
    }
    if (pendingSpace && !/\s$/.test(text) && !/^\s/.test(t)) text += ' ';
    pendingSpace = false;
    text += t;
    prevEdge = rtl ? it.x : it.x + it.width;
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  return { page, y: main.y, x: minX, xEnd: maxX, size: main.size, text, refs, leadMarker, font: main.font, column };
}
