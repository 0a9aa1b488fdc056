/**
 * The tracked changes of a DOCX, with their authors and dates: how amendments from other
 * delegations arrive. For each body paragraph, its text with every change accepted and with every
 * change rejected, and where each insertion (`w:ins`, `w:moveTo`) and deletion (`w:del`,
 * `w:moveFrom`) stands in them, by `w:author` and `w:date`; plus inserted or deleted paragraph
 * marks (a paragraph added, split or merged). Text inserted by one author and deleted by another
 * is in neither text: it is reported, not lost silently. The importer's own walk (docx.ts) makes
 * the drafts; this one only says who changed what.
 */
import { readDocxParts } from './docx-package';
import { onOff } from './docx-styles';
import { importDocx } from './docx';
import type { ImportedContent, ImportOptions } from './types';
import { child, elements, inlineWrapped, W_NS, type XmlElement } from './xml';

/** One tracked change. */
export interface Revision {
  id: string;
  kind: 'ins' | 'del';
  author: string;
  /** ISO date-time from `w:date`, when the file has one. */
  date: string | null;
}

/** Where a revision's text stands: [start, end) of the accepted text (insertions) or rejected text (deletions). */
export interface RevisedSpan {
  start: number;
  end: number;
  revision: Revision;
}

/** A body paragraph with and without its tracked changes. */
export interface RevisedParagraph {
  accepted: string;
  rejected: string;
  inserted: RevisedSpan[];
  deleted: RevisedSpan[];
  /** The paragraph mark was inserted (a new or split paragraph) or deleted (merged with the next). */
  mark: Revision | null;
}

/** Text changed twice: inserted by one revision and deleted by another, in neither text. */
export interface LostText {
  text: string;
  inserted: Revision;
  deleted: Revision;
}

export interface DocxRevisions {
  paragraphs: RevisedParagraph[];
  /** Every author, in order of first appearance. */
  authors: string[];
  lost: LostText[];
  /** Formatting changes (`w:rPrChange`, `w:pPrChange`): not text, not imported as proposals. */
  formatting: number;
}

interface Walk {
  out: DocxRevisions;
  para: RevisedParagraph;
}

interface Context {
  ins: Revision | null;
  del: Revision | null;
}

function revisionOf(el: XmlElement, kind: Revision['kind'], out: DocxRevisions): Revision {
  const author = (el.attrs['author'] ?? '').trim() || 'Unknown author';
  if (!out.authors.includes(author)) out.authors.push(author);
  const date = el.attrs['date']?.trim() || null;
  return { id: el.attrs['id'] ?? '', kind, author, date };
}

/** The text of a run as docx.ts reads it (tabs, breaks and hyphens included, hidden text left out). */
function runText(r: XmlElement): string {
  const rPr = child(r, 'rPr');
  if (onOff(child(rPr, 'vanish')) || onOff(child(rPr, 'webHidden'))) return '';
  let text = '';
  for (const c of elements(r)) {
    if (c.ns !== W_NS) continue;
    if (c.name === 't' || c.name === 'delText') text += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'tab' || c.name === 'ptab') text += '\t';
    else if (c.name === 'br' || c.name === 'cr') text += ' ';
    else if (c.name === 'noBreakHyphen') text += '\u2011';
  }
  return text;
}

function addSpan(spans: RevisedSpan[], start: number, end: number, revision: Revision): void {
  const last = spans[spans.length - 1];
  if (last && last.revision === revision && last.end === start) last.end = end;
  else spans.push({ start, end, revision });
}

function inline(el: XmlElement, ctx: Context, walk: Walk): void {
  for (const c of elements(el)) {
    if (c.ns !== W_NS) continue;
    switch (c.name) {
      case 'r': {
        const text = runText(c);
        if (!text) break;
        if (child(child(c, 'rPr'), 'rPrChange')) walk.out.formatting++;
        const p = walk.para;
        if (ctx.ins && ctx.del) {
          walk.out.lost.push({ text, inserted: ctx.ins, deleted: ctx.del });
          break;
        }
        if (!ctx.del) {
          if (ctx.ins) addSpan(p.inserted, p.accepted.length, p.accepted.length + text.length, ctx.ins);
          p.accepted += text;
        }
        if (!ctx.ins) {
          if (ctx.del) addSpan(p.deleted, p.rejected.length, p.rejected.length + text.length, ctx.del);
          p.rejected += text;
        }
        break;
      }
      case 'ins':
      case 'moveTo':
        inline(c, { ...ctx, ins: revisionOf(c, 'ins', walk.out) }, walk);
        break;
      case 'del':
      case 'moveFrom':
        inline(c, { ...ctx, del: revisionOf(c, 'del', walk.out) }, walk);
        break;
      default: {
        const wrapped = inlineWrapped(c);
        if (wrapped) inline(wrapped, ctx, walk);
        break;
      }
    }
  }
}

function paragraph(p: XmlElement, ctx: Context, out: DocxRevisions): void {
  const para: RevisedParagraph = { accepted: '', rejected: '', inserted: [], deleted: [], mark: null };
  const pPr = child(p, 'pPr');
  if (child(pPr, 'pPrChange')) out.formatting++;
  const markIns = child(child(pPr, 'rPr'), 'ins');
  const markDel = child(child(pPr, 'rPr'), 'del');
  if (markIns) para.mark = revisionOf(markIns, 'ins', out);
  else if (markDel) para.mark = revisionOf(markDel, 'del', out);
  else if (ctx.ins || ctx.del) para.mark = ctx.ins ?? ctx.del;
  inline(p, ctx, { out, para });
  out.paragraphs.push(para);
}

function block(el: XmlElement, ctx: Context, out: DocxRevisions): void {
  if (el.ns !== W_NS) return;
  switch (el.name) {
    case 'p':
      paragraph(el, ctx, out);
      return;
    case 'tbl':
      for (const tr of elements(el)) for (const tc of elements(tr)) for (const c of elements(tc)) block(c, ctx, out);
      return;
    case 'sdt':
      for (const c of elements(child(el, 'sdtContent') ?? el)) block(c, ctx, out);
      return;
    case 'ins':
    case 'moveTo':
      for (const c of elements(el)) block(c, { ...ctx, ins: revisionOf(el, 'ins', out) }, out);
      return;
    case 'del':
    case 'moveFrom':
      for (const c of elements(el)) block(c, { ...ctx, del: revisionOf(el, 'del', out) }, out);
      return;
    case 'customXml':
      for (const c of elements(el)) block(c, ctx, out);
      return;
    default:
      return;
  }
}

/** Every tracked change of a DOCX's body, paragraph by paragraph. */
export function readRevisions(bytes: Uint8Array, fileName: string): DocxRevisions {
  const parts = readDocxParts(bytes, fileName);
  const out: DocxRevisions = { paragraphs: [], authors: [], lost: [], formatting: 0 };
  const body = child(parts.document, 'body');
  for (const el of body ? elements(body) : []) block(el, { ins: null, del: null }, out);
  return out;
}

/**
 * A DOCX imported for review: the draft with every change accepted (the working text), with the
 * text as it was before the changes (every change rejected) and the revisions beside it.
 */
export function importDocxReview(bytes: Uint8Array, fileName: string, options: ImportOptions): ImportedContent {
  const accepted = importDocx(bytes, fileName, { ...options, trackedChanges: 'accept' });
  if (!accepted.hadTrackedChanges) return accepted;
  const rejected = importDocx(bytes, fileName, { trackedChanges: 'reject' });
  return { ...accepted, review: { rejected, revisions: readRevisions(bytes, fileName) } };
}
