/**
 * The side-by-side table as a Word document: a real Word table, landscape, one column per draft,
 * changes drawn as coloured underline/strike (static formatting, not revisions: there is nothing
 * to accept in a comparison of several drafts).
 */
import {
  Document,
  Footer,
  Header,
  AlignmentType,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell as DocxCell,
  TableRow as DocxRow,
  TextRun,
  WidthType,
  ShadingType,
} from 'docx';
import type { DiffOp } from '../compare/types';
import type { Draft } from '../model/draft';
import { COVER_STYLE, COVER_TITLE_STYLE, DELETE_COLOR, INSERT_COLOR, exportParagraphStyles, pageNumberRuns } from './docx-redline';
import { exportStrings, fill, type ExportStrings } from './strings';
import { describeDraft, describeGeneration } from './provenance';
import { gapText, kindNote, tableTitle } from './table-html';
import { isCell, type TableCell, type TableGap, type TableRow } from './table';
import type { TableExportOptions } from './types';

function runs(ops: readonly DiffOp[], bold: boolean): TextRun[] {
  const out: TextRun[] = [];
  for (const [op, text] of ops) {
    text.split('\n').forEach((piece, i) => {
      const style = op === '+' ? { color: INSERT_COLOR, underline: { type: 'single' as const, color: INSERT_COLOR } } : op === '-' ? { color: DELETE_COLOR, strike: true } : {};
      if (piece || i > 0) out.push(new TextRun({ text: piece, break: i > 0 ? 1 : undefined, bold: bold || undefined, ...style }));
    });
  }
  return out;
}

function cell(c: TableCell | TableGap, draft: Draft, heading: boolean, width: number, s: ExportStrings): DocxCell {
  const shading = heading ? { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } : undefined;
  if (!isCell(c)) {
    return new DocxCell({
      width: { size: width, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, fill: 'FAFAFA', color: 'auto' },
      children: [new Paragraph({ children: [new TextRun({ text: gapText(c, draft, s), italics: true, color: '666666', size: 18 })] })],
    });
  }
  const note = kindNote(c, s);
  return new DocxCell({
    width: { size: width, type: WidthType.DXA },
    shading,
    children: [
      ...(note ? [new Paragraph({ children: [new TextRun({ text: note.toUpperCase(), bold: true, size: 14, color: '6A3D9A' })] })] : []),
      new Paragraph({ children: runs(c.ops, heading) }),
    ],
  });
}

/** The side-by-side table of `drafts` as a .docx file. */
export async function tableDocx(drafts: readonly Draft[], rows: readonly TableRow[], options: TableExportOptions): Promise<Uint8Array> {
  const at = options.generatedAt ?? new Date();
  const s = exportStrings(options.uiLanguage);
  const title = tableTitle(drafts, s);
  // A4 landscape less 2 cm margins, in twentieths of a point.
  const total = 16838 - 2 * 1134;
  const width = Math.floor(total / Math.max(drafts.length, 1));
  const header = new DocxRow({
    tableHeader: true,
    children: drafts.map(
      (d) =>
        new DocxCell({
          width: { size: width, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: 'E7E7E7', color: 'auto' },
          children: [new Paragraph({ children: [new TextRun({ text: d.label, bold: true }), new TextRun({ text: `  ${d.date ?? s.undated}`, size: 16, color: '555555' })] })],
        }),
    ),
  });
  const body = rows.map((r) => new DocxRow({ cantSplit: true, children: r.cells.map((c, k) => cell(c, drafts[k]!, r.block === 'heading', width, s)) }));
  const doc = new Document({
    creator: 'Draftwatch',
    title,
    styles: { paragraphStyles: exportParagraphStyles, default: { document: { run: { size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: new Header({ children: [new Paragraph({ style: COVER_STYLE, alignment: AlignmentType.RIGHT, children: [new TextRun(title)] })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: COVER_STYLE, alignment: AlignmentType.CENTER, children: [new TextRun({ children: pageNumberRuns(s) })] })],
          }),
        },
        children: [
          new Paragraph({ style: COVER_TITLE_STYLE, children: [new TextRun(title)] }),
          ...drafts.map((d, i) => new Paragraph({ style: COVER_STYLE, children: [new TextRun({ text: fill(s.column, { n: i + 1 }) + s.colon, bold: true }), new TextRun(describeDraft(d, s))] })),
          new Paragraph({ style: COVER_STYLE, children: [new TextRun({ text: s.generated + s.colon, bold: true }), new TextRun(describeGeneration(options.appVersion, at, s))] }),
          new Paragraph({
            style: COVER_STYLE,
            spacing: { after: 200 },
            children: [
              new TextRun(s.marksSentence),
              new TextRun({ text: s.insertedText, color: INSERT_COLOR, underline: { type: 'single', color: INSERT_COLOR } }),
              new TextRun(', '),
              new TextRun({ text: s.deletedText, color: DELETE_COLOR, strike: true }),

              new TextRun('.'),
            ],
          }),
          new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: drafts.map(() => width), rows: [header, ...body] }),
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
