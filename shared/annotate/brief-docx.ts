/**
 * The delegation's brief as a Word document: every annotated paragraph of one draft with its
 * text (annotated passages highlighted), then each annotation's position, owner, priority, tags,
 * comment and proposed text; orphaned annotations close the brief with the reason each was lost.
 */
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, ShadingType, TextRun, type ParagraphChild } from 'docx';
import { isParagraph, type Draft } from '../model/draft';
import { COVER_STYLE, COVER_TITLE_STYLE, exportParagraphStyles } from '../export/docx-redline';
import { paragraphCitation, type AnchorContext, type AnchorMap } from './anchor';
import { commentBlocks } from './rich';
import { annotationOwner, POSITION_LABEL, type Annotation } from './schema';

export interface BriefOptions {
  appVersion: string;
  generatedAt?: Date;
  /** Title line; defaults to "Annotations on <draft>". */
  title?: string;
}

function commentParagraphs(html: string): Paragraph[] {
  return commentBlocks(html).map((b) => {
    const children: ParagraphChild[] = [];
    if (b.list) children.push(new TextRun(b.list.kind === 'ul' ? '• ' : `${b.list.n}. `));
    for (const r of b.runs) {
      const run = new TextRun({ text: r.text === '\n' ? '' : r.text, break: r.text === '\n' ? 1 : undefined, bold: r.bold, italics: r.italic, ...(r.href ? { style: 'Hyperlink' } : {}) });
      children.push(r.href ? new ExternalHyperlink({ link: r.href, children: [run] }) : run);
    }
    return new Paragraph({ children, indent: { left: b.list ? 720 : 360 }, spacing: { after: 60 } });
  });
}

function meta(a: Annotation): Paragraph {
  const bits = [annotationOwner(a), a.body.priority !== 'normal' ? `${a.body.priority} priority` : '', a.body.tags.length ? `tags: ${a.body.tags.join(', ')}` : '', a.modified.slice(0, 10)].filter(Boolean);
  return new Paragraph({
    indent: { left: 360 },
    spacing: { before: 120, after: 40 },
    children: [new TextRun({ text: POSITION_LABEL[a.body.position].toUpperCase(), bold: true }), new TextRun({ text: ` — ${bits.join(' · ')}`, color: '444444' })],
  });
}

function proposal(a: Annotation): Paragraph[] {
  if (a.body.replacement === null) return [];
  return [new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: 'Proposed text: ', bold: true }), new TextRun({ text: a.body.replacement, italics: true })] })];
}

/** The brief of the annotations shown on `draft` as a .docx. */
export async function annotationBriefDocx(draft: Draft, annotations: readonly Annotation[], ctx: AnchorContext, anchors: AnchorMap, options: BriefOptions): Promise<Uint8Array> {
  const at = options.generatedAt ?? new Date();
  const title = options.title ?? `Annotations on ${draft.label}`;
  const placed = annotations.map((a) => ({ a, anchor: anchors.get(a.id)?.get(draft.id) })).filter((x) => x.anchor);
  const byParagraph = new Map<string, typeof placed>();
  for (const x of placed) if (x.anchor!.paragraphId) byParagraph.set(x.anchor!.paragraphId, [...(byParagraph.get(x.anchor!.paragraphId) ?? []), x]);
  const body: Paragraph[] = [];
  let section = '';
  for (const block of draft.blocks) {
    if (!isParagraph(block)) continue;
    const here = byParagraph.get(block.id);
    if (!here) continue;
    const s = block.section.join(' › ');
    if (s && s !== section) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(s)] }));
    section = s;
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(paragraphCitation(ctx, draft.id, block.id))] }));
    // The paragraph's text with every annotated passage highlighted.
    const cuts = new Set([0, block.text.length]);
    for (const x of here) cuts.add(x.anchor!.start).add(x.anchor!.end);
    const points = [...cuts].sort((p, q) => p - q);
    const runs: TextRun[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const [from, to] = [points[i]!, points[i + 1]!];
      const marked = here.some((x) => x.anchor!.start <= from && x.anchor!.end >= to);
      runs.push(new TextRun({ text: block.text.slice(from, to), ...(marked ? { bold: true, shading: { type: ShadingType.CLEAR, fill: 'FFF2B3', color: 'auto' } } : {}) }));
    }
    body.push(new Paragraph({ children: runs, spacing: { after: 80 } }));
    for (const { a, anchor } of here) {
      body.push(meta(a));
      if (anchor!.status === 'fuzzy' || anchor!.ambiguous) {
        body.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: `Made on “${a.target.quote.exact}”${anchor!.ambiguous ? '; the place is ambiguous, please check' : ''}.`, italics: true, color: '6A3D9A' })] }));
      }
      body.push(...commentParagraphs(a.body.comment), ...proposal(a));
    }
  }
  const orphans = placed.filter((x) => x.anchor!.status === 'orphaned');
  if (orphans.length) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`Orphaned annotations (${orphans.length})`)] }));
    for (const { a, anchor } of orphans) {
      body.push(new Paragraph({ children: [new TextRun({ text: `“${a.target.quote.exact}”`, italics: true }), new TextRun({ text: ` — ${anchor!.reason ?? 'passage not found'}`, color: 'B00020' })] }));
      body.push(meta(a), ...commentParagraphs(a.body.comment), ...proposal(a));
    }
  }
  if (!placed.length) body.push(new Paragraph({ children: [new TextRun({ text: 'No annotations are shown on this draft.', italics: true })] }));
  const doc = new Document({
    creator: 'Draftwatch',
    title,
    styles: { paragraphStyles: exportParagraphStyles },
    sections: [
      {
        children: [
          new Paragraph({ style: COVER_TITLE_STYLE, children: [new TextRun(title)] }),
          new Paragraph({ style: COVER_STYLE, children: [new TextRun(`${draft.title}${draft.symbol ? ` (${draft.symbol})` : ''} · ${draft.label}${draft.date ? `, ${draft.date}` : ''}`)] }),
          new Paragraph({ style: COVER_STYLE, spacing: { after: 240 }, children: [new TextRun(`${placed.length - orphans.length} annotations on ${byParagraph.size} paragraphs, ${orphans.length} orphaned · Draftwatch ${options.appVersion}, ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`)] }),
          ...body,
        ],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
