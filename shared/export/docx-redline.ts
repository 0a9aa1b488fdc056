/**
 * The redline as a Word document with native tracked changes (w:ins / w:del, paragraph marks
 * included), authored by the target draft's label and dated with its date, so that Word's
 * "Accept all" gives the target draft and "Reject all" the base draft. Moves, splits and merges
 * are explained in Word comments; annotations become comments too. `static: true` draws the same
 * changes as coloured underline/strike instead, for readers who have nothing to accept.
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ICommentOptions,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { Comparison, DiffOp } from '../compare/types';
import type { Draft, Mark } from '../model/draft';
import { markOps, type MarkedOp } from './emphasis';
import { isRightToLeft } from './direction';
import { draftDateTime, redlineProvenance } from './provenance';
import { exportStrings, fill, templateParts, type ExportStrings } from './strings';
import { redlineRows, rowBaseText, rowTargetText, type RedlineRow } from './redline-rows';
import type { RedlineAnnotation, RedlineExportOptions } from './types';

/** Colours of the static redline and of the legend (Word's own revision colours vary by author). */
export const INSERT_COLOR = '1F4E9A';
export const DELETE_COLOR = 'B00020';

/** Paragraph style ids of the provenance block: not part of either draft. */
export const COVER_STYLE = 'DraftwatchCover';
export const COVER_TITLE_STYLE = 'DraftwatchTitle';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** The docx styles the exports share: body text, cover lines. */
export const exportParagraphStyles: IParagraphStyleOptions[] = [
  {
    id: COVER_TITLE_STYLE,
    name: COVER_TITLE_STYLE,
    basedOn: 'Normal',
    run: { bold: true, size: 32, font: 'Calibri' },
    paragraph: { spacing: { after: 120 } },
  },
  {
    id: COVER_STYLE,
    name: COVER_STYLE,
    basedOn: 'Normal',
    run: { size: 18, color: '444444', font: 'Calibri' },
    paragraph: { spacing: { after: 40 } },
  },
];

interface Revision {
  author: string;
  date: string;
  next(): number;
}

function emphasis(marks: readonly Mark[]): { bold?: true; italics?: true; underline?: { type: 'single' } } {
  return {
    ...(marks.includes('bold') ? { bold: true as const } : {}),
    ...(marks.includes('italic') ? { italics: true as const } : {}),
    ...(marks.includes('underline') ? { underline: { type: 'single' as const } } : {}),
  };
}

function textRuns(ops: readonly MarkedOp[], rev: Revision | null, rtl: boolean, trailing: { from: number; date: string } | null = null): ParagraphChild[] {
  return ops.map(({ op, text, marks }, i) => {
    const base = { text, ...emphasis(marks), ...(rtl ? { rightToLeft: true } : {}) };
    if (op === '=') return new TextRun(base);
    if (rev) {
      const attrs = { id: rev.next(), author: rev.author, date: trailing && i >= trailing.from ? trailing.date : rev.date };
      return op === '+' ? new InsertedTextRun({ ...base, ...attrs }) : new DeletedTextRun({ ...base, ...attrs });
    }
    return op === '+'
      ? new TextRun({ ...base, color: INSERT_COLOR, underline: { type: 'single', color: INSERT_COLOR } })
      : new TextRun({ ...base, color: DELETE_COLOR, strike: true });
  });
}

const plain = (ops: readonly DiffOp[]): MarkedOp[] => ops.map(([op, text]) => ({ op, text, marks: [] }));

/**
 * LibreOffice joins neighbouring revisions of one author and kind dated within a minute of each
 * other into one, also across a paragraph break that is not revised; rejecting (or accepting) the
 * joined revision then removes that break too and merges two paragraphs. A paragraph that ends
 * with an insertion (or deletion) before a paragraph that starts with one therefore dates its
 * trailing revision two minutes later, which keeps the two apart. Returns from which op on, and
 * the date.
 */
function trailingRevision(ops: readonly MarkedOp[], row: RedlineRow, next: RedlineRow | undefined, date: string): { from: number; date: string } | null {
  const last = ops[ops.length - 1];
  if (!next || row.mark !== null || !last || last.op === '=') return null;
  const first = [...next.numberOps, ...next.textOps].find(([, t]) => t !== '');
  if (!first || first[0] !== last.op) return null;
  let from = ops.length - 1;
  while (from > 0 && ops[from - 1]!.op === last.op) from--;
  const later = new Date(Date.parse(date) + 120_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { from, date: later };
}

interface PendingComment {
  text: string;
  author: string;
  /** A passage of one side's text: the comment range wraps it instead of the whole paragraph. */
  passage?: { side: 'base' | 'target'; start: number; end: number };
}

function annotationIndex(annotations: readonly RedlineAnnotation[]): Map<string, RedlineAnnotation[]> {
  const byKey = new Map<string, RedlineAnnotation[]>();
  for (const a of annotations) {
    const key = `${a.draftId}\u0000${a.paragraphId}`;
    byKey.set(key, [...(byKey.get(key) ?? []), a]);
  }
  return byKey;
}

/** Comments of a row: its note, then annotations on its base or target paragraph. */
function rowComments(row: RedlineRow, base: Draft, target: Draft, notes: Map<string, RedlineAnnotation[]>): PendingComment[] {
  const out: PendingComment[] = [];
  if (row.note) out.push({ text: row.note, author: 'Draftwatch' });
  // An annotation goes to the row showing its paragraph in its own draft: the new place of a moved
  // target paragraph, the old place of a moved base paragraph.
  const sides: [Draft, string | undefined, 'base' | 'target'][] = [];
  if (!(row.kind === 'moved' && !row.ghost)) sides.push([base, row.base?.id, 'base']);
  if (!row.ghost) sides.push([target, row.target?.id, 'target']);
  for (const [draft, id, side] of sides) {
    if (id === undefined) continue;
    // On the passage only where this row spells that paragraph's text whole (not a piece of a split or merge).
    const block = draft.blocks.find((b) => b.id === id);
    const spelled = row.textOps.filter(([op]) => op !== (side === 'base' ? '+' : '-')).map(([, t]) => t).join('');
    for (const a of notes.get(`${draft.id}\u0000${id}`) ?? []) {
      const placeable = a.start !== undefined && a.end !== undefined && a.end > a.start && block?.text === spelled && a.end <= spelled.length;
      out.push({ text: a.text, author: a.author, ...(placeable ? { passage: { side, start: a.start!, end: a.end! } } : {}) });
    }
  }
  return out;
}

/** The ops cut so that `points` (offsets in one side's text) fall on piece boundaries. */
function cutAt(ops: readonly MarkedOp[], side: 'base' | 'target', points: ReadonlySet<number>): { op: MarkedOp; at: number; index: number }[] {
  const skip = side === 'base' ? '+' : '-';
  const out: { op: MarkedOp; at: number; index: number }[] = [];
  let at = 0;
  for (const [index, op] of ops.entries()) {
    if (op.op === skip) {
      out.push({ op, at, index });
      continue;
    }
    let from = 0;
    const cuts = [...points].filter((p) => p > at && p < at + op.text.length).sort((x, y) => x - y);
    for (const c of cuts) {
      out.push({ op: { ...op, text: op.text.slice(from, c - at) }, at: at + from, index });
      from = c - at;
    }
    out.push({ op: { ...op, text: op.text.slice(from) }, at: at + from, index });
    at += op.text.length;
  }
  return out;
}

/**
 * The revision on each paragraph mark, written as Word itself writes a whole inserted (or deleted)
 * paragraph: the revised mark is the one before its text (the previous paragraph's), so the
 * revised stretch is one contiguous run of text and marks. Accepting and rejecting give the same
 * paragraphs either way; but LibreOffice joins neighbouring revisions of one author into one, and
 * a revised paragraph whose own mark carried the revision could swallow the unrevised mark of the
 * paragraph before it on Reject All. Only between paragraphs of the same style, since the mark
 * that survives gives the joined paragraph its style.
 */
export function paragraphMarks(rows: readonly RedlineRow[]): Array<RedlineRow['mark']> {
  const marks = rows.map((r) => r.mark);
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    const whole = (row.mark === 'inserted' && rowBaseText(row) === '') || (row.mark === 'deleted' && rowTargetText(row) === '');
    // The surviving mark carries the paragraph's style: only between paragraphs of one shape.
    if (whole && marks[i - 1] === null && prev.block === row.block && prev.level === row.level) {
      marks[i - 1] = row.mark;
      marks[i] = null;
    }
  }
  return marks;
}

/** The redline of `comparison` as a .docx file. */
export async function docxRedline(base: Draft, target: Draft, comparison: Comparison, options: RedlineExportOptions): Promise<Uint8Array> {
  const at = options.generatedAt ?? new Date();
  const s = exportStrings(options.uiLanguage);
  const rows = redlineRows(base, target, comparison, s);
  let nextId = 1;
  const author = options.author?.trim() || target.label;
  const rev: Revision | null = options.static ? null : { author, date: draftDateTime(target, at), next: () => nextId++ };
  const notes = annotationIndex(options.annotations ?? []);
  const comments: ICommentOptions[] = [];

  const marks = paragraphMarks(rows);
  const body = rows.map((row, i) => {
    const baseBlock = row.base ? base.blocks[row.base.index] : undefined;
    const targetBlock = row.target ? target.blocks[row.target.index] : undefined;
    const rtl = isRightToLeft((targetBlock ?? baseBlock)?.text ?? '');
    const pending = rowComments(row, base, target, notes);
    const marked = markOps(row.textOps, baseBlock, targetBlock);
    const trailing = rev ? trailingRevision(marked.length ? marked : plain(row.numberOps), row, rows[i + 1], rev.date) : null;
    const onPassage = pending.filter((c) => c.passage);
    const passageSide = onPassage[0]?.passage!.side ?? 'target';
    const placed = onPassage.filter((c) => c.passage!.side === passageSide);
    const children: ParagraphChild[] = [...textRuns(plain(row.numberOps), rev, rtl, marked.length ? null : trailing)];
    // Comments on passages: range markers at the passage's offsets in its side's text.
    const ids = new Map(placed.map((c) => [c, comments.length + pending.indexOf(c)]));
    const points = new Set(placed.flatMap((c) => [c.passage!.start, c.passage!.end]));
    const pieces = cutAt(marked, passageSide, points);
    const skip = passageSide === 'base' ? '+' : '-';
    pieces.forEach(({ op, at: offset, index }) => {
      if (op.op !== skip) for (const c of placed) if (c.passage!.start === offset) children.push(new CommentRangeStart(ids.get(c)!));
      children.push(...textRuns([op], rev, rtl, trailing && index >= trailing.from ? { from: 0, date: trailing.date } : null));
      const end = op.op === skip ? offset : offset + op.text.length;
      if (op.op !== skip) for (const c of placed) if (c.passage!.end === end) children.push(new CommentRangeEnd(ids.get(c)!));
    });
    for (const c of pending) {
      const id = comments.length;
      comments.push({ id, author: c.author, initials: initials(c.author), date: at, children: [new Paragraph(c.text)] });
      if (ids.has(c)) {
        children.push(new TextRun({ children: [new CommentReference(id)] }));
        continue;
      }
      children.unshift(new CommentRangeStart(id));
      children.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    }
    const attrs = rev && marks[i] ? { id: rev.next(), author: rev.author, date: rev.date } : undefined;
    const mark = attrs ? (marks[i] === 'inserted' ? { insertion: attrs } : { deletion: attrs }) : undefined;
    if (row.block === 'heading') {
      return new Paragraph({ heading: HEADINGS[Math.min(Math.max(row.level, 1), 6) - 1], children, run: mark, bidirectional: rtl || undefined });
    }
    return new Paragraph({
      children,
      run: mark,
      bidirectional: rtl || undefined,
      indent: row.level > 0 ? { left: 567 * row.level } : undefined,
      spacing: { after: 120 },
    });
  });

  const provenance = redlineProvenance(base, target, comparison.options, options.appVersion, at, s);
  const legend = options.static
    ? [
        new TextRun(s.legend + s.colon),
        new TextRun({ text: s.insertedText, color: INSERT_COLOR, underline: { type: 'single', color: INSERT_COLOR } }),
        new TextRun(', '),
        new TextRun({ text: s.deletedText, color: DELETE_COLOR, strike: true }),
        new TextRun(s.staticLegend),
      ]
    : [new TextRun(fill(s.docxLegend, { author, target: target.label, base: base.label }))];
  const cover = [
    new Paragraph({ style: COVER_TITLE_STYLE, children: [new TextRun(provenance.title)] }),
    ...provenance.lines.map(
      (l) => new Paragraph({ style: COVER_STYLE, children: [new TextRun({ text: l.label + s.colon, bold: true }), new TextRun(l.value)] }),
    ),
    new Paragraph({
      style: COVER_STYLE,
      children: legend,
      spacing: { after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 4 } },
    }),
  ];

  const doc = new Document({
    creator: 'Draftwatch',
    title: provenance.title,
    description: provenance.lines.map((l) => `${l.label}${s.colon}${l.value}`).join('\n'),
    styles: { paragraphStyles: exportParagraphStyles },
    comments: { children: comments },
    sections: [
      {
        headers: {
          default: new Header({
            children: [new Paragraph({ style: COVER_STYLE, alignment: AlignmentType.RIGHT, children: [new TextRun(provenance.title)] })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: COVER_STYLE,
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: pageNumberRuns(s) })],

              }),
            ],
          }),
        },
        children: [...cover, ...body],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase())
      .join('')
      .slice(0, 4) || 'DW'
  );
}

/** "Page 3 of 12" in the export's language, with Word's page-number fields in place. */
export function pageNumberRuns(s: ExportStrings): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
  return templateParts(s.page).map((p) => (typeof p === 'string' ? p : p.name === 'page' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES));
}
