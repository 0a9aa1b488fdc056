/**
 * Making and settling working drafts. A working draft starts as a copy of a received draft with
 * the same block ids (so its redline keys by them) and is "settled" after every edit: numbers
 * recounted in the base's style, section paths recomputed from the headings above each paragraph.
 */
import type { Block, Draft, HeadingBlock } from '../model/draft';
import { printedHeading } from '../model/draft';
import type { WorkingData } from '../model/working';
import { sha256Hex } from '../util/sha256';
import { renumber, schemeOf, type NumberingScheme } from './numbering';

/** Each paragraph's section path: the printed headings above it, outermost first. */
export function withSections(blocks: readonly Block[]): Block[] {
  const sections: { level: number; printed: string }[] = [];
  return blocks.map((b) => {
    if (b.kind === 'heading') {
      while (sections.length > 0 && sections[sections.length - 1]!.level >= b.level) sections.pop();
      sections.push({ level: b.level, printed: printedHeading(b as HeadingBlock) });
      return b;
    }
    const section = sections.map((s) => s.printed);
    return b.section.length === section.length && b.section.every((s, i) => s === section[i]) ? b : { ...b, section };
  });
}

/** Blocks with numbers recounted and section paths recomputed. */
export function settleBlocks(blocks: readonly Block[], scheme: NumberingScheme): Block[] {
  return withSections(renumber(blocks, scheme));
}

/** A content hash of blocks (the `hash` of a working draft, which has no source file). */
export function blocksHash(blocks: readonly Block[]): string {
  return sha256Hex(JSON.stringify(blocks));
}

export interface NewWorkingDraft {
  id: string;
  label: string;
  delegationId?: string | null;
  now?: Date;
}

/** A new working draft of `base`: the same blocks, ids and numbering, nothing changed yet. */
export function newWorkingDraft(base: Draft, options: NewWorkingDraft): Draft {
  if (base.working) throw new Error('A working draft is made from a received draft, not from another working draft.');
  const now = options.now ?? new Date();
  const blocks = settleBlocks(base.blocks, schemeOf(base.blocks));
  const working: WorkingData = { baseId: base.id, delegationId: options.delegationId ?? null, statuses: {}, reviewed: [], proposals: [] };
  return {
    id: options.id,
    label: options.label,
    date: null,
    sourceName: null,
    hash: blocksHash(blocks),
    title: base.title,
    symbol: base.symbol,
    blocks,
    importedAt: now.toISOString(),
    working,
  };
}

/** A label for a new working draft of `base` that no draft of the project has yet. */
export function workingLabel(base: Draft, taken: Iterable<string>): string {
  const used = new Set(taken);
  const first = `${base.label} (working)`;
  if (!used.has(first)) return first;
  for (let n = 2; ; n++) if (!used.has(`${base.label} (working ${n})`)) return `${base.label} (working ${n})`;
}
