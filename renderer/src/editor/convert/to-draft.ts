/**
 * An editor document back to a Draft: blocks with their runs, footnotes (an offset when not at
 * the end) and the numbers and section paths the document implies. Blocks are cached per node,
 * so converting after an edit only reads the paragraphs that changed.
 */
import type { Node } from 'prosemirror-model';
import type { Block, Draft, Footnote, Mark, Run } from '../../../../shared/model/draft';
import type { ParagraphStatus, Proposal, WorkingData } from '../../../../shared/model/working';
import type { NumberingScheme } from '../../../../shared/draft/numbering';
import { blocksHash, settleBlocks } from '../../../../shared/draft/working';
import { statusOf } from '../nodes/paragraph';

const EMPHASIS: readonly Mark[] = ['bold', 'italic', 'underline'];
const cache = new WeakMap<Node, Block>();

function sameRunStyle(a: Run, b: Run): boolean {
  return a.href === b.href && (a.marks ?? []).join() === (b.marks ?? []).join();
}

/**
 * A block node as an unsettled Block: its number is '' when numbered (numbering fills it in) and
 * a paragraph's section is left empty (settling fills it in).
 */
export function nodeBlock(node: Node): Block {
  const hit = cache.get(node);
  if (hit) return hit;
  let text = '';
  const runs: Run[] = [];
  const footnotes: Footnote[] = [];
  node.forEach((child) => {
    if (child.isText) {
      const marks = EMPHASIS.filter((m) => child.marks.some((x) => x.type.name === m));
      const href = child.marks.find((x) => x.type.name === 'link')?.attrs.href as string | undefined;
      const run: Run = { text: child.text!, ...(marks.length ? { marks } : {}), ...(href ? { href } : {}) };
      const last = runs[runs.length - 1];
      if (last && sameRunStyle(last, run)) runs[runs.length - 1] = { ...last, text: last.text + run.text };
      else runs.push(run);
      text += child.text!;
    } else if (child.type.name === 'footnote') {
      footnotes.push({ marker: String(child.attrs.marker), text: String(child.attrs.text), at: text.length });
    }
  });
  // Footnotes at the very end carry no offset, as the importers write them.
  for (const f of footnotes) if (f.at === text.length) delete f.at;
  const styled = runs.some((r) => r.marks || r.href) ? { runs } : {};
  const id = String(node.attrs.id);
  const level = Number(node.attrs.level);
  const number = node.attrs.numbered ? '' : null;
  const block: Block =
    node.type.name === 'heading'
      ? { kind: 'heading', id, level, number, text, ...styled }
      : { kind: 'paragraph', id, number, level, section: [], text, ...styled, ...(footnotes.length ? { footnotes } : {}) };
  cache.set(node, block);
  return block;
}

/** The document's blocks, numbered and sectioned. */
export function docBlocks(doc: Node, scheme: NumberingScheme): Block[] {
  const blocks: Block[] = [];
  doc.forEach((child) => blocks.push(nodeBlock(child)));
  return settleBlocks(blocks, scheme);
}

/** Paragraph statuses by block id. */
export function docStatuses(doc: Node): Record<string, ParagraphStatus> {
  const out: Record<string, ParagraphStatus> = {};
  doc.forEach((child) => {
    const s = statusOf(child.attrs.status);
    if (s) out[String(child.attrs.id)] = s;
  });
  return out;
}

/**
 * The working draft the document stands for: `draft` (the last checkpoint) with the document's
 * blocks, statuses, reviewed changes and proposals.
 */
export function docDraft(doc: Node, draft: Draft, scheme: NumberingScheme): Draft {
  const blocks = docBlocks(doc, scheme);
  const working: WorkingData = {
    baseId: draft.working?.baseId ?? draft.id,
    delegationId: draft.working?.delegationId ?? null,
    statuses: docStatuses(doc),
    reviewed: [...(doc.attrs.reviewed as string[])],
    proposals: [...(doc.attrs.proposals as Proposal[])],
  };
  return { ...draft, blocks, hash: blocksHash(blocks), working };
}
