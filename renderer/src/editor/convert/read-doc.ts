/**
 * A Draft as a ProseMirror document. Derived on demand from the immutable draft; bracketed spans
 * get a mark so unagreed text stands out.
 */
import type { Mark, Node } from 'prosemirror-model';
import type { Draft, Run } from '../../../../shared/model/draft';
import { findBrackets } from '../../../../shared/model/brackets';
import { draftSchema } from '../schema/schema';

const s = draftSchema;

/** Inline content for text with optional runs: emphasis marks plus a bracket mark over [ … ] spans. */
export function inlineContent(text: string, runs?: Run[]): Node[] {
  if (!text) return [];
  const brackets = findBrackets(text);
  const pieces: Node[] = [];
  const source = runs && runs.length ? runs : [{ text }];
  let offset = 0;
  for (const run of source) {
    const base: Mark[] = (run.marks ?? []).map((m) => s.marks[m]!.create());
    if (run.href) base.push(s.marks.link!.create({ href: run.href }));
    // Split the run at bracket boundaries.
    const cuts = new Set<number>([0, run.text.length]);
    for (const b of brackets) {
      if (b.start > offset && b.start < offset + run.text.length) cuts.add(b.start - offset);
      if (b.end > offset && b.end < offset + run.text.length) cuts.add(b.end - offset);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < sorted.length - 1; i++) {
      const from = sorted[i]!, to = sorted[i + 1]!;
      if (to <= from) continue;
      const inBracket = brackets.some((b) => b.start <= offset + from && b.end >= offset + to);
      pieces.push(s.text(run.text.slice(from, to), inBracket ? [...base, s.marks.bracket!.create()] : base));
    }
    offset += run.text.length;
  }
  return pieces;
}

/** The whole draft as a document. */
export function draftToDoc(draft: Draft): Node {
  const blocks = draft.blocks.map((b) =>
    b.kind === 'heading'
      ? s.nodes.heading!.create({ level: b.level, number: b.number, numberSuffix: b.numberSuffix ?? null, id: b.id }, inlineContent(b.text, b.runs))
      : s.nodes.paragraph!.create({ number: b.number, numberSuffix: b.numberSuffix ?? null, level: b.level, id: b.id, footnotes: b.footnotes ?? null }, inlineContent(b.text, b.runs)),
  );
  return s.nodes.doc!.create(null, blocks.length ? blocks : [s.nodes.paragraph!.create()]);
}
