/**
 * A draft as an editor document: each block a node keeping its id, level and whether it is
 * numbered (numbers themselves are computed, never stored), its runs as marked text and its
 * footnotes as inline atoms where they stand. A working draft's statuses go on its paragraphs,
 * its reviewed changes and proposals on the document.
 */
import type { Mark, Node } from 'prosemirror-model';
import type { Block, Draft, Footnote, Run } from '../../../../shared/model/draft';
import { marks, nodes } from '../schema/schema';
import { draftSchema } from '../schema/schema';

function runMarks(run: Run): Mark[] {
  const out: Mark[] = (run.marks ?? []).map((m) => marks[m].create());
  if (run.href) out.push(marks.link.create({ href: run.href }));
  return out;
}

/** The inline content of a block: its runs, with footnote atoms at their offsets (or at the end). */
export function blockContent(block: Block): Node[] {
  const runs: readonly Run[] = block.runs?.length ? block.runs : block.text ? [{ text: block.text }] : [];
  const notes: readonly Footnote[] = block.kind === 'paragraph' ? (block.footnotes ?? []) : [];
  const noteAt = (f: Footnote): number => Math.min(f.at ?? block.text.length, block.text.length);
  const out: Node[] = [];
  let next = 0;
  const notesUpTo = (offset: number, inclusive: boolean): void => {
    while (next < notes.length && (inclusive ? noteAt(notes[next]!) <= offset : noteAt(notes[next]!) < offset)) {
      out.push(nodes.footnote.create({ marker: notes[next]!.marker, text: notes[next]!.text }));
      next++;
    }
  };
  let pos = 0;
  for (const run of runs) {
    let start = 0;
    // Cut the run where footnotes stand inside it.
    while (start < run.text.length) {
      notesUpTo(pos + start, true);
      const nextNote = next < notes.length ? noteAt(notes[next]!) - pos : Infinity;
      const end = Math.min(run.text.length, nextNote > start ? nextNote : run.text.length);
      out.push(draftSchema.text(run.text.slice(start, end), runMarks(run)));
      start = end;
    }
    pos += run.text.length;
  }
  notesUpTo(Infinity, true);
  return out;
}

/** A block as a node of the editor schema. */
export function blockNode(block: Block, status: string | null = null): Node {
  if (block.kind === 'heading') {
    return nodes.heading.create({ id: block.id, level: block.level, numbered: block.number !== null }, blockContent(block));
  }
  return nodes.paragraph.create({ id: block.id, level: block.level, numbered: block.number !== null, status }, blockContent(block));
}

/** The editor document of a draft (a working draft's statuses, reviews and proposals included). */
export function editorDoc(draft: Draft): Node {
  const statuses = draft.working?.statuses ?? {};
  const blocks = draft.blocks.map((b) => blockNode(b, statuses[b.id] ?? null));
  const attrs = { reviewed: draft.working?.reviewed ?? [], proposals: draft.working?.proposals ?? [] };
  return nodes.doc.create(attrs, blocks.length ? blocks : [nodes.paragraph.create({ id: 'p1' })]);
}
