/**
 * DOCX importer. Reads OOXML directly because drafts live or die by Word's automatic paragraph
 * numbering, which general-purpose converters drop: every numbered paragraph gets the number Word
 * would print. Tracked changes are accepted (or rejected on request), footnotes stay on their
 * paragraph, table rows become one paragraph each.
 */
import type { Footnote, Mark, Run } from '../model/draft';
import { readDocxParts } from './docx-package';
import { Numbering, type NumKind } from './docx-numbering';
import { onOff, readStyles, type StyleTable } from './docx-styles';
import { recognizeStructure, type RawBlock } from './structure';
import { importDocxReview } from './docx-revisions';
import type { ImportedContent, ImportOptions } from './types';
import { child, childVal, elements, inlineWrapped, W_NS, type XmlElement } from './xml';

interface Walk {
  reject: boolean;
  tracked: boolean;
  styles: StyleTable;
  numbering: Numbering;
  footnoteTexts: Map<string, XmlElement>;
  footnoteCount: number;
  raws: RawBlock[];
  /** Content of a paragraph whose mark was removed by a tracked change: joins the next one. */
  carry: { runs: Run[]; footnotes: Footnote[] } | null;
}

interface RunCtx {
  marks: Mark[];
  footnotes: Footnote[];
  out: Run[];
}

/** Imports a DOCX file's bytes into structured content. */
export function importDocx(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportedContent {
  if (options.trackedChanges === 'proposals') return importDocxReview(bytes, fileName, options);
  const parts = readDocxParts(bytes, fileName);
  const footnoteTexts = new Map<string, XmlElement>();
  for (const fn of parts.footnotes ? elements(parts.footnotes) : []) {
    if (fn.name === 'footnote' && !fn.attrs['type']) footnoteTexts.set(fn.attrs['id'] ?? '', fn);
  }
  const walk: Walk = {
    reject: options.trackedChanges === 'reject',
    tracked: false,
    styles: readStyles(parts.styles),
    numbering: new Numbering(parts.numbering),
    footnoteTexts,
    footnoteCount: 0,
    raws: [],
    carry: null,
  };
  const body = child(parts.document, 'body');
  const blocks = body ? elements(body) : [];
  blocks.forEach((el, i) => {
    blockLevel(el, walk);
    if (options.onProgress && i % 100 === 99) options.onProgress((0.9 * (i + 1)) / blocks.length);
  });
  if (walk.carry) walk.raws.push({ text: walk.carry.runs.map((r) => r.text).join(''), runs: walk.carry.runs });
  const notes: string[] = [];
  if (walk.tracked) {
    notes.push(
      walk.reject
        ? 'The document contained tracked changes; they were rejected, so the text is as it was before them.'
        : 'The document contained tracked changes; they were accepted, so the text is as it reads with all changes made.',
    );
  }
  const structured = recognizeStructure(walk.raws);
  return { format: 'docx', notes, ...structured, ...(walk.tracked ? { hadTrackedChanges: true } : {}) };
}

function blockLevel(el: XmlElement, walk: Walk): void {
  if (el.ns !== W_NS) return;
  switch (el.name) {
    case 'p':
      paragraph(el, walk);
      return;
    case 'tbl':
      table(el, walk);
      return;
    case 'sdt':
      for (const c of elements(child(el, 'sdtContent') ?? el)) blockLevel(c, walk);
      return;
    case 'ins':
    case 'moveTo':
      walk.tracked = true;
      if (!walk.reject) for (const c of elements(el)) blockLevel(c, walk);
      return;
    case 'del':
    case 'moveFrom':
      walk.tracked = true;
      if (walk.reject) for (const c of elements(el)) blockLevel(c, walk);
      return;
    case 'customXml':
      for (const c of elements(el)) blockLevel(c, walk);
      return;
    default:
      return;
  }
}

function paragraph(p: XmlElement, walk: Walk): void {
  const pPr = child(p, 'pPr');
  const ctx: RunCtx = { marks: [], footnotes: [], out: [] };
  inline(p, ctx, walk);
  const markChange = child(child(pPr, 'rPr'), walk.reject ? 'ins' : 'del');
  if (child(child(pPr, 'rPr'), 'ins') || child(child(pPr, 'rPr'), 'del')) walk.tracked = true;
  let runs = ctx.out;
  let footnotes = ctx.footnotes;
  if (walk.carry) {
    runs = [...walk.carry.runs, ...runs];
    footnotes = [...walk.carry.footnotes, ...footnotes];
    walk.carry = null;
  }
  if (markChange) {
    // The paragraph mark does not exist in the text being imported: this paragraph runs on into the next.
    walk.carry = { runs, footnotes };
    return;
  }
  const styleId = childVal(pPr, 'pStyle') ?? '';
  const style = walk.styles.get(styleId) ?? walk.styles.get('') ?? {};
  const numPr = child(pPr, 'numPr');
  let numId = childVal(numPr, 'numId');
  let ilvl = childVal(numPr, 'ilvl') !== undefined ? Number(childVal(numPr, 'ilvl')) : undefined;
  if (numId === undefined && style.numId !== undefined) {
    numId = style.numId;
    ilvl ??= style.ilvl ?? walk.numbering.levelForStyle(numId, styleId) ?? 0;
  }
  const printed = numId !== undefined ? walk.numbering.next(numId, ilvl ?? 0) : null;
  const outline = childVal(pPr, 'outlineLvl');
  const heading = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.heading;
  const raw: RawBlock = {
    text: runs.map((r) => r.text).join(''),
    runs,
    ...(printed && printed.text !== '' ? { autoNumber: printed.text, autoKind: autoKind(printed.kind), listLevel: printed.ilvl } : {}),
    ...(heading !== undefined ? { heading } : {}),
    ...(footnotes.length > 0 ? { footnotes } : {}),
  };
  walk.raws.push(raw);
}

function table(tbl: XmlElement, walk: Walk): void {
  for (const tr of elements(tbl)) {
    if (tr.name !== 'tr') continue;
    const cells: string[] = [];
    const footnotes: Footnote[] = [];
    for (const tc of elements(tr)) {
      if (tc.name !== 'tc' && tc.name !== 'sdt') continue;
      const before = walk.raws.length;
      for (const c of elements(tc.name === 'sdt' ? (child(tc, 'sdtContent') ?? tc) : tc)) {
        if (c.name === 'tc') for (const cc of elements(c)) blockLevel(cc, walk);
        else blockLevel(c, walk);
      }
      const inCell = walk.raws.splice(before);
      cells.push(
        inCell
          .map((r) => (r.autoNumber ? `${r.autoNumber} ${r.text}` : r.text).trim())
          .filter((t) => t !== '')
          .join(' '),
      );
      for (const r of inCell) footnotes.push(...(r.footnotes ?? []));
    }
    if (cells.some((c) => c !== '')) {
      walk.raws.push({ text: cells.join(' | '), ...(footnotes.length > 0 ? { footnotes } : {}) });
    }
  }
}

function inline(el: XmlElement, ctx: RunCtx, walk: Walk): void {
  for (const c of elements(el)) {
    if (c.ns !== W_NS) continue;
    switch (c.name) {
      case 'r':
        run(c, ctx, walk);
        break;
      case 'ins':
      case 'moveTo':
        walk.tracked = true;
        if (!walk.reject) inline(c, ctx, walk);
        break;
      case 'del':
      case 'moveFrom':
        walk.tracked = true;
        if (walk.reject) inline(c, ctx, walk);
        break;
      default: {
        // Links, tags, content controls: their runs; pPr, bookmarks, comments, proofing marks: nothing.
        const wrapped = inlineWrapped(c);
        if (wrapped) inline(wrapped, ctx, walk);
        break;
      }
    }
  }
}

function run(r: XmlElement, ctx: RunCtx, walk: Walk): void {
  const rPr = child(r, 'rPr');
  if (onOff(child(rPr, 'vanish')) || onOff(child(rPr, 'webHidden'))) return;
  const marks: Mark[] = [];
  if (onOff(child(rPr, 'b'))) marks.push('bold');
  if (onOff(child(rPr, 'i'))) marks.push('italic');
  const u = child(rPr, 'u');
  if (u && u.attrs['val'] !== 'none') marks.push('underline');
  let text = '';
  let customIndex = -1; // index in ctx.footnotes of a note whose marker is typed in this run
  for (const c of elements(r)) {
    if (c.ns !== W_NS) continue;
    switch (c.name) {
      case 't':
      case 'delText': {
        const t = c.children.filter((x): x is string => typeof x === 'string').join('');
        const note = ctx.footnotes[customIndex];
        if (note) {
          ctx.footnotes[customIndex] = { ...note, marker: note.marker + t };
        } else {
          text += t;
        }
        break;
      }
      case 'tab':
      case 'ptab':
        text += '\t';
        break;
      case 'br':
      case 'cr':
        text += ' ';
        break;
      case 'noBreakHyphen':
        text += '\u2011';
        break;
      case 'footnoteReference': {
        const custom = c.attrs['customMarkFollows'] === '1' || c.attrs['customMarkFollows'] === 'true';
        const note = footnote(c.attrs['id'] ?? '', custom ? '' : String(++walk.footnoteCount), walk);
        ctx.footnotes.push(note);
        if (custom) customIndex = ctx.footnotes.length - 1;
        break;
      }
      default:
        break; // rPr, softHyphen, field codes, drawings
    }
  }
  if (text !== '') ctx.out.push(marks.length > 0 ? { text, marks } : { text });
}

function footnote(id: string, marker: string, walk: Walk): Footnote {
  const el = walk.footnoteTexts.get(id);
  if (!el) return { marker, text: '' };
  const texts: string[] = [];
  for (const p of elements(el)) {
    if (p.name !== 'p') continue;
    const ctx: RunCtx = { marks: [], footnotes: [], out: [] };
    const saved = walk.footnoteCount;
    inline(p, ctx, walk);
    walk.footnoteCount = saved;
    texts.push(ctx.out.map((r) => r.text).join(''));
  }
  return { marker, text: texts.join(' ').replace(/\s+/g, ' ').trim() };
}

function autoKind(kind: NumKind): RawBlock['autoKind'] {
  return kind === 'none' ? 'other' : kind;
}
