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
// Control characters a text layer carries for no letter: LibreOffice writes the kashida it
// stretches justified Arabic lines with as U+0015 ("توزي\u0015\u0015ع" is "توزيع").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;
// pdf.js reads the lam-alef ligature of "ولا" as "ول ا": no Arabic word ends in a lone lam before an alef.
const SPLIT_LAM_ALEF = /ل ([اأإآ])(?=[\s\p{P}]|$)/gu;
// A parenthesized label opening a right-to-left line comes out of the mirrored glyphs in any
// order (") (أ", "(ب )", "( ج)"): letters between one "(" and one ")" and spaces.
const RTL_PAREN_LABEL = /^([\s()]*)([\p{Script=Arabic}\p{Nd}]{1,4})([\s()]*)(?=\s)/u;

/**
 * Puts back a punctuation mark pdf.js lifts out of a bidirectional run: in "شباط/فبراير" and
 * "80/241" set right to left, the run comes as "شباط فبراير" (a space where the slash was) and the
 * slash as an item of its own lying inside the run. The mark replaces the run's space nearest to it.
 */
function mergeLiftedMarks(group: PdfItem[]): PdfItem[] {
  const out = [...group];
  for (const mark of group) {
    if (!/^[/\\.,:-]$/.test(mark.text)) continue;
    const centre = mark.x + mark.width / 2;
    const host = out.find((it) => it !== mark && it.text.length > 2 && it.x < centre && it.x + it.width > centre && / /.test(it.text));
    if (!host) continue;
    const share = host.rtl ? (host.x + host.width - centre) / host.width : (centre - host.x) / host.width;
    const at = share * host.text.length;
    let best = -1;
    for (let i = host.text.indexOf(' '); i >= 0; i = host.text.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
    if (best < 0 || Math.abs(best - at) > 2) continue;
    out[out.indexOf(host)] = { ...host, text: host.text.slice(0, best) + mark.text + host.text.slice(best + 1) };
    out.splice(out.indexOf(mark), 1);
  }
  return out;
}

/** A right-to-left line's text with what the text layer garbles of Arabic script put right. */
function repairRtl(text: string): string {
  let out = text.replace(SPLIT_LAM_ALEF, 'ل$1');
  const m = RTL_PAREN_LABEL.exec(out);
  if (m) {
    const marks = (m[1]! + m[3]!).replace(/\s/g, '');
    if (marks.length === 2 && marks.includes('(') && marks.includes(')')) out = `(${m[2]})${out.slice(m[0].length)}`;
  }
  return out;
}

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
  // A line without letters ("2026." ending an Arabic paragraph) reads in the direction of the page's text.
  const rtlPage = letterCounts(items).rtl > letterCounts(items).ltr;
  return groups.map((g) => buildLine(g, pageIndex, column, rtlPage)).filter((l): l is PdfLine => l !== null);
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

/** Letters (not digits, spaces or punctuation) in right-to-left and left-to-right items. */
function letterCounts(items: readonly PdfItem[]): { rtl: number; ltr: number } {
  let rtl = 0;
  let ltr = 0;
  for (const it of items) {
    const letters = it.text.replace(/[\s\d.,;:()[\]-]/g, '').length;
    if (it.rtl) rtl += letters;
    else ltr += letters;
  }
  return { rtl, ltr };
}

function buildLine(group: PdfItem[], page: number, column: number, rtlPage: boolean): PdfLine | null {
  const main = mainItem(group);
  if (main.text.trim() === '') return null;
  const letters = letterCounts(group);
  const rtl = letters.rtl > letters.ltr || (letters.rtl === 0 && letters.ltr === 0 && rtlPage);
  let items = (rtl ? mergeLiftedMarks(group) : [...group]).sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
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
    const t = it.text.replace(CONTROL, '');
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
    // Space set between Chinese and Latin letters or digits is typography (LibreOffice's and
    // Word's autospacing), not a space of the text: "第80/241号决议" is written without one.
    const cjkJoin = text !== '' && (CJK.test(text[text.length - 1]!) || CJK.test(t[0]!));
    if (pendingSpace && !cjkJoin && !/\s$/.test(text) && !/^\s/.test(t)) text += ' ';
    pendingSpace = false;
    text += t;
    prevEdge = rtl ? it.x : it.x + it.width;
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (rtl) text = repairRtl(text);
  if (text === '') return null;
  return { page, y: main.y, x: minX, xEnd: maxX, size: main.size, text, refs, leadMarker, font: main.font, column };
}
