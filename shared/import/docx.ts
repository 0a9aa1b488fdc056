/**
 * DOCX importer. Reads OOXML directly because drafts live or die by Word's automatic paragraph
 * numbering, which general-purpose converters drop: every numbered paragraph gets the number Word
 * would print. Everything Word shows on the page is kept in reading order (runs inside hyperlinks,
 * smart tags and content controls, field results, symbols, web-hidden text, table cells, text
 * boxes, embedded documents, footnote and endnote references); what is left out is left out by a
 * named rule (`docx-rules.ts`). Tracked changes are accepted (or rejected on request), footnotes
 * stay on their paragraph, table rows become one paragraph each.
 */
import type { Footnote, Run } from '../model/draft';
import { readDocxParts, type DocxParts } from './docx-package';
import { FieldState, macroButtonText } from './docx-fields';
import { Numbering, type NumKind } from './docx-numbering';
import { LeftOut } from './docx-rules';
import { langOf, onOff, readCharacterStyles, readStyles, type CharacterStyle, type StyleTable } from './docx-styles';
import { readEmbedded } from './docx-embedded';
import { toRoman } from './numbers';
import { recognizeStructure, type RawBlock } from './structure';
import { importDocxReview } from './docx-revisions';
import type { ImportedContent, ImportOptions } from './types';
import { child, childVal, elements, textOf, W_NS, type XmlElement } from './xml';
import { chosenBranch, findTextBoxes, MATH_NS, MC_NS, mathText, symbolChar, tableCells, tableRows } from './docx-elements';

/** Embedded documents inside embedded documents are read this deep, no deeper. */
const MAX_EMBED_DEPTH = 3;

/** Where the reader stands in one document (the main one, or one embedded in it). */
interface Walk {
  reject: boolean;
  tracked: boolean;
  styles: StyleTable;
  characterStyles: ReadonlyMap<string, CharacterStyle>;
  numbering: Numbering;
  footnoteTexts: Map<string, XmlElement>;
  endnoteTexts: Map<string, XmlElement>;
  footnoteCount: number;
  endnoteCount: number;
  raws: RawBlock[];
  /** Content of a paragraph whose mark was removed by a tracked change: joins the next one. */
  carry: { runs: Run[]; footnotes: Footnote[] } | null;
  fields: FieldState;
  leftOut: LeftOut;
  parts: DocxParts;
  fileName: string;
  depth: number;
}

interface RunCtx {
  footnotes: Footnote[];
  out: Run[];
  /** Text boxes met inside the paragraph: their paragraphs are read after it. */
  boxes: XmlElement[];
}

const newCtx = (): RunCtx => ({ footnotes: [], out: [], boxes: [] });

/** The raw blocks of a DOCX package, with what the reader learned on the way. */
export interface DocxReading {
  raws: RawBlock[];
  tracked: boolean;
  leftOut: LeftOut;
}

/** Imports a DOCX file's bytes into structured content. */
export function importDocx(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): ImportedContent {
  if (options.trackedChanges === 'proposals') return importDocxReview(bytes, fileName, options);
  const reading = readDocx(bytes, fileName, options, 0, new LeftOut());
  const notes: string[] = [];
  if (reading.tracked) {
    notes.push(
      options.trackedChanges === 'reject'
        ? 'The document contained tracked changes; they were rejected, so the text is as it was before them.'
        : 'The document contained tracked changes; they were accepted, so the text is as it reads with all changes made.',
    );
  }
  const leftOutNote = reading.leftOut.note();
  if (leftOutNote) notes.push(leftOutNote);
  const structured = recognizeStructure(reading.raws, { language: options.language });
  return { format: 'docx', notes, ...structured, ...(reading.tracked ? { hadTrackedChanges: true } : {}) };
}

/**
 * Reads a package's body into raw blocks. `depth` counts embedded documents (w:altChunk) being
 * read, which are whole packages of their own; `leftOut` gathers the rules' counts across them.
 */
export function readDocx(bytes: Uint8Array, fileName: string, options: ImportOptions, depth: number, leftOut: LeftOut): DocxReading {
  const parts = readDocxParts(bytes, fileName);
  const notesOf = (root: XmlElement | null, name: string): Map<string, XmlElement> => {
    const map = new Map<string, XmlElement>();
    for (const n of root ? elements(root) : []) if (n.name === name && !n.attrs['type']) map.set(n.attrs['id'] ?? '', n);
    return map;
  };
  const walk: Walk = {
    reject: options.trackedChanges === 'reject',
    tracked: false,
    styles: readStyles(parts.styles),
    characterStyles: readCharacterStyles(parts.styles),
    numbering: new Numbering(parts.numbering),
    footnoteTexts: notesOf(parts.footnotes, 'footnote'),
    endnoteTexts: notesOf(parts.endnotes, 'endnote'),
    footnoteCount: 0,
    endnoteCount: 0,
    raws: [],
    carry: null,
    fields: new FieldState(),
    leftOut,
    parts,
    fileName,
    depth,
  };
  leftOut.add('comments', parts.comments ? elements(parts.comments).filter((c) => c.name === 'comment').length : 0);
  leftOut.add('headers-footers', parts.headersFooters.filter((h) => textOf(h).trim() !== '').length);
  const body = child(parts.document, 'body');
  const blocks = body ? elements(body) : [];
  blocks.forEach((el, i) => {
    blockLevel(el, walk);
    if (depth === 0 && options.onProgress && i % 100 === 99) options.onProgress((0.9 * (i + 1)) / blocks.length);
  });
  if (walk.carry) walk.raws.push({ text: walk.carry.runs.map((r) => r.text).join(''), runs: walk.carry.runs });
  return { raws: walk.raws, tracked: walk.tracked, leftOut };
}

function blockLevel(el: XmlElement, walk: Walk): void {
  if (el.ns === MC_NS && el.name === 'AlternateContent') {
    for (const c of chosenBranch(el)) blockLevel(c, walk);
    return;
  }
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
      else walk.leftOut.add('deleted-revisions');
      return;
    case 'del':
    case 'moveFrom':
      walk.tracked = true;
      if (walk.reject) for (const c of elements(el)) blockLevel(c, walk);
      else walk.leftOut.add('deleted-revisions');
      return;
    case 'customXml':
      for (const c of elements(el)) blockLevel(c, walk);
      return;
    case 'altChunk':
      embedded(el, walk);
      return;
    default:
      return;
  }
}

function paragraph(p: XmlElement, walk: Walk): void {
  const pPr = child(p, 'pPr');
  const ctx = newCtx();
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
    textBoxes(ctx.boxes, walk);
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
  const lang = langOf(child(pPr, 'rPr')) ?? firstRunLang(p) ?? style.lang ?? 'en';
  const printed = numId !== undefined ? walk.numbering.next(numId, ilvl ?? 0, lang) : null;
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
  textBoxes(ctx.boxes, walk);
}

/** The language of the paragraph's first run that names one (spelled-out list numbers follow it). */
function firstRunLang(p: XmlElement): string | undefined {
  for (const r of elements(p)) if (r.name === 'r' && r.ns === W_NS) return langOf(child(r, 'rPr'));
  return undefined;
}

/** The paragraphs of text boxes anchored in a paragraph, read after it as blocks of their own. */
function textBoxes(boxes: readonly XmlElement[], walk: Walk): void {
  if (boxes.length === 0) return;
  const saved = walk.fields.save();
  for (const box of boxes) for (const c of elements(box)) blockLevel(c, walk);
  walk.fields.restore(saved);
}

function table(tbl: XmlElement, walk: Walk): void {
  for (const tr of tableRows(tbl)) {
    // A row inserted or deleted as a tracked change exists only on one side.
    const trPr = child(tr, 'trPr');
    const rowChange = child(trPr, walk.reject ? 'ins' : 'del');
    if (child(trPr, 'ins') || child(trPr, 'del')) walk.tracked = true;
    if (rowChange) {
      walk.leftOut.add('deleted-revisions');
      continue;
    }
    const cells: string[] = [];
    const footnotes: Footnote[] = [];
    for (const tc of tableCells(tr)) {
      const before = walk.raws.length;
      for (const c of elements(tc)) blockLevel(c, walk);
      const inCell = walk.raws.splice(before);
      cells.push(
        inCell
          .map((r) => (r.autoNumber && r.autoKind !== 'bullet' ? `${r.autoNumber} ${r.text}` : r.text).trim())
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
  for (const c of elements(el)) inlineItem(c, ctx, walk);
}

function inlineItem(c: XmlElement, ctx: RunCtx, walk: Walk): void {
  if (c.ns === MC_NS && c.name === 'AlternateContent') {
    for (const b of chosenBranch(c)) inlineItem(b, ctx, walk);
    return;
  }
  if (c.ns === MATH_NS && (c.name === 'oMath' || c.name === 'oMathPara')) {
    const text = mathText(c);
    if (text !== '' && !walk.fields.inCode) ctx.out.push({ text });
    return;
  }
  if (c.ns !== W_NS) return;
  switch (c.name) {
    case 'r':
      run(c, ctx, walk);
      break;
    case 'ins':
    case 'moveTo':
      walk.tracked = true;
      if (!walk.reject) inline(c, ctx, walk);
      else walk.leftOut.add('deleted-revisions');
      break;
    case 'del':
    case 'moveFrom':
      walk.tracked = true;
      if (walk.reject) inline(c, ctx, walk);
      else walk.leftOut.add('deleted-revisions');
      break;
    case 'hyperlink':
    case 'smartTag':
    case 'customXml':
    case 'bdo':
    case 'dir':
      inline(c, ctx, walk);
      break;
    case 'fldSimple': {
      walk.leftOut.add('field-codes');
      const before = ctx.out.length;
      inline(c, ctx, walk);
      const shown = ctx.out.slice(before).some((r) => r.text !== '');
      const macro = shown ? '' : macroButtonText(c.attrs['instr'] ?? '');
      if (macro !== '' && !walk.fields.inCode) ctx.out.push({ text: macro });
      break;
    }
    case 'sdt':
      inline(child(c, 'sdtContent') ?? c, ctx, walk);
      break;
    default:
      break; // pPr, bookmarks, comment ranges, proofing marks
  }
}

function run(r: XmlElement, ctx: RunCtx, walk: Walk): void {
  const rPr = child(r, 'rPr');
  // Hidden text is not printed; its field characters still open and close fields.
  const hidden = onOff(child(rPr, 'vanish')) ?? walk.characterStyles.get(childVal(rPr, 'rStyle') ?? '')?.hidden ?? false;
  const marks: Run['marks'] = [];
  if (onOff(child(rPr, 'b'))) marks.push('bold');
  if (onOff(child(rPr, 'i'))) marks.push('italic');
  const u = child(rPr, 'u');
  if (u && u.attrs['val'] !== 'none') marks.push('underline');
  let text = '';
  let hiddenText = false;
  let customIndex = -1; // index in ctx.footnotes of a note whose marker is typed in this run
  const add = (t: string): void => {
    if (t === '' || walk.fields.inCode) return;
    if (hidden) {
      hiddenText ||= t.trim() !== '';
      return;
    }
    walk.fields.shown();
    const note = ctx.footnotes[customIndex];
    if (note) ctx.footnotes[customIndex] = { ...note, marker: note.marker + t };
    else text += t;
  };
  const runChild = (c: XmlElement): void => {
    if (c.ns === MC_NS && c.name === 'AlternateContent') {
      for (const b of chosenBranch(c)) runChild(b);
      return;
    }
    if (c.ns !== W_NS) return;
    switch (c.name) {
      case 't':
      case 'delText':
        add(c.children.filter((x): x is string => typeof x === 'string').join(''));
        break;
      case 'instrText':
      case 'delInstrText':
        walk.fields.instruction(textOf(c));
        break;
      case 'fldChar':
        if (c.attrs['fldCharType'] === 'begin') walk.leftOut.add('field-codes');
        add(walk.fields.fldChar(c.attrs['fldCharType']));
        break;
      case 'sym':
        add(symbolChar(c));
        break;
      case 'tab':
      case 'ptab':
        add('\t');
        break;
      case 'br':
      case 'cr':
        add(' ');
        break;
      case 'noBreakHyphen':
        add('\u2011');
        break;
      case 'footnoteReference':
      case 'endnoteReference': {
        if (walk.fields.inCode || hidden) break;
        const custom = c.attrs['customMarkFollows'] === '1' || c.attrs['customMarkFollows'] === 'true';
        const endnote = c.name === 'endnoteReference';
        const marker = custom ? '' : endnote ? toRoman(++walk.endnoteCount) : String(++walk.footnoteCount);
        const note = noteOf(c.attrs['id'] ?? '', marker, endnote ? walk.endnoteTexts : walk.footnoteTexts, walk);
        ctx.footnotes.push(note);
        if (custom) customIndex = ctx.footnotes.length - 1;
        break;
      }
      case 'drawing':
      case 'pict':
      case 'object':
        if (!hidden) ctx.boxes.push(...findTextBoxes(c));
        break;
      default:
        break; // rPr, soft hyphens (printed only at a line end), comment references
    }
  };
  for (const c of elements(r)) runChild(c);
  if (hiddenText) walk.leftOut.add('hidden-text');
  if (text !== '') ctx.out.push(marks.length > 0 ? { text, marks } : { text });
}

function noteOf(id: string, marker: string, texts: Map<string, XmlElement>, walk: Walk): Footnote {
  const el = texts.get(id);
  if (!el) return { marker, text: '' };
  const parts: string[] = [];
  const saved = walk.fields.save();
  for (const p of elements(el)) {
    if (p.name !== 'p') continue;
    const ctx = newCtx();
    const footnoteCount = walk.footnoteCount;
    const endnoteCount = walk.endnoteCount;
    inline(p, ctx, walk);
    walk.footnoteCount = footnoteCount;
    walk.endnoteCount = endnoteCount;
    parts.push(ctx.out.map((r) => r.text).join(''));
  }
  walk.fields.restore(saved);
  return { marker, text: parts.join(' ').replace(/\s+/g, ' ').trim() };
}

/** An embedded document (w:altChunk): its paragraphs stand where the chunk stands. */
function embedded(el: XmlElement, walk: Walk): void {
  const part = walk.parts.related(el.attrs['id'] ?? '');
  if (!part) return;
  if (walk.depth >= MAX_EMBED_DEPTH) {
    walk.leftOut.add('unreadable-embedded');
    return;
  }
  const raws = readEmbedded(part, `${walk.fileName} (${part.path})`, (bytes, name) =>
    readDocx(bytes, name, { trackedChanges: walk.reject ? 'reject' : 'accept' }, walk.depth + 1, walk.leftOut),
  );
  if (raws === null) walk.leftOut.add('unreadable-embedded');
  else walk.raws.push(...raws);
}

function autoKind(kind: NumKind): RawBlock['autoKind'] {
  return kind === 'none' ? 'other' : kind;
}
