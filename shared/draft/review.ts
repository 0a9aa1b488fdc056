/**
 * The Word review round trip, incoming: a DOCX holding tracked changes becomes a received draft
 * (its text with every change rejected: what the reviewers started from) and a working draft on
 * it (every change accepted), whose changes are pending proposals attributed to the revisions'
 * authors (`w:author`) and dated from `w:date`. Paragraphs of the two texts are paired by the
 * comparison engine; each change of the working draft is matched to the revisions standing in
 * the same words of the same paragraph. What cannot be attributed is said, not guessed.
 */
import { compareDrafts } from '../compare/compare';
import type { Block, Draft } from '../model/draft';
import type { Proposal } from '../model/working';
import type { DocxRevisions, Revision, RevisedParagraph, RevisedSpan } from '../import/docx-revisions';
import type { ImportedContent } from '../import/types';
import { toDraft } from '../import/draft';
import { workingChanges, type WorkingChange } from './changes';
import { schemeOf } from './numbering';
import { blocksHash, newWorkingDraft, settleBlocks } from './working';

/** A Word review as drafts: proposals name authors (by name) until the project lists them as delegations. */
export interface WordReview {
  base: Draft;
  working: Draft;
  /** Every revision author, in order of first appearance. */
  authors: string[];
  /** What the person should know: changes that could not be attributed, text changed twice, formatting left out. */
  notes: string[];
}

/** Paragraph of the working draft (its index among blocks) → id of the base block it continues. */
function pairIds(base: Draft, accepted: Draft): Map<number, string> {
  const out = new Map<number, string>();
  for (const c of compareDrafts(base, accepted).changes) {
    if (c.base.length === 0 || c.target.length === 0) continue;
    // A split keeps the id on its first piece; a merge takes the first base paragraph's.
    out.set(c.target[0]!.index, c.base[0]!.id);
  }
  // Headings: in order, by their text.
  let from = 0;
  accepted.blocks.forEach((b, i) => {
    if (b.kind !== 'heading') return;
    const at = base.blocks.findIndex((x, j) => j >= from && x.kind === 'heading' && x.level === b.level && x.text === b.text);
    if (at >= 0) {
      out.set(i, base.blocks[at]!.id);
      from = at + 1;
    }
  });
  return out;
}

/** The raw paragraph holding a block's text (in the accepted or rejected text), and its offset there. */
function locate(paragraphs: readonly RevisedParagraph[], text: string, side: 'accepted' | 'rejected', used: Set<number>): { p: RevisedParagraph; at: number } | null {
  if (!text) return null;
  let fallback: { p: RevisedParagraph; at: number; i: number } | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const at = p[side].indexOf(text);
    if (at < 0) continue;
    if (!used.has(i)) {
      used.add(i);
      return { p, at };
    }
    fallback ??= { p, at, i };
  }
  return fallback;
}

const overlapping = (spans: readonly RevisedSpan[], start: number, end: number): RevisedSpan[] =>
  spans.filter((s) => (end > start ? s.start < end && s.end > start : s.start <= start && s.end >= start));

/** Revisions whose text the change's words hold (when its paragraph could not be located). */
function byText(revs: DocxRevisions, c: WorkingChange): Revision[] {
  const out: Revision[] = [];
  for (const p of revs.paragraphs) {
    for (const s of p.inserted) if (c.inserted && c.inserted.includes(p.accepted.slice(s.start, s.end).trim())) out.push(s.revision);
    for (const s of p.deleted) if (c.deleted && c.deleted.includes(p.rejected.slice(s.start, s.end).trim())) out.push(s.revision);
  }
  return out;
}

interface Located {
  accepted: Map<string, { p: RevisedParagraph; at: number } | null>;
  rejected: Map<string, { p: RevisedParagraph; at: number } | null>;
}

/** The revisions behind one change, with the characters each accounts for. */
function revisionsOf(c: WorkingChange, located: Located, revs: DocxRevisions): Map<Revision, number> {
  const weight = new Map<Revision, number>();
  const add = (r: Revision, n: number) => weight.set(r, (weight.get(r) ?? 0) + Math.max(1, n));
  const acc = located.accepted.get(c.blockId) ?? null;
  const rej = located.rejected.get(c.blockId) ?? null;
  const whole = c.kind === 'new' || c.kind === 'removed' || c.kind === 'moved';
  if (acc && (c.inserted || whole) && c.kind !== 'removed') {
    const [s, e] = whole ? [acc.at, acc.at + c.end] : [acc.at + c.start, acc.at + c.end];
    for (const span of overlapping(acc.p.inserted, s, e)) add(span.revision, Math.min(e, span.end) - Math.max(s, span.start));
    if (whole && acc.p.mark) add(acc.p.mark, 1);
  }
  if (rej && (c.deleted || whole) && c.kind !== 'new') {
    const [s, e] = whole ? [rej.at, rej.at + c.baseEnd] : [rej.at + c.baseStart, rej.at + c.baseEnd];
    for (const span of overlapping(rej.p.deleted, s, e)) add(span.revision, Math.min(e, span.end) - Math.max(s, span.start));
    if (whole && rej.p.mark) add(rej.p.mark, 1);
  }
  if (weight.size === 0) for (const r of byText(revs, c)) add(r, 1);
  return weight;
}

const describe = (c: WorkingChange, block: Block | undefined): string => {
  const where = block?.number ? `¶${block.number}` : 'an unnumbered paragraph';
  const words = c.deleted && c.inserted ? `“${c.deleted.trim()}” → “${c.inserted.trim()}”` : `“${(c.inserted || c.deleted).trim().slice(0, 80)}”`;
  return `${where}: ${words}`;
};

/**
 * The drafts of a Word review. `content` is the import with `trackedChanges: 'proposals'`;
 * `source` names the file (the working draft's label and the base's come from it).
 */
export function reviewDrafts(content: ImportedContent, source: { fileName: string; label: string; now?: Date; workingId: string; baseId: string }): WordReview {
  const review = content.review;
  if (!review) throw new Error(`${source.fileName} has no tracked changes to review.`);
  const now = source.now ?? new Date();
  const base = toDraft(review.rejected, { fileName: source.fileName, label: `${source.label} (before tracked changes)`, id: source.baseId, now });
  const accepted = toDraft(content, { fileName: source.fileName, label: source.label, id: `${source.workingId}-accepted`, now });
  const pairs = pairIds(base, accepted);
  const taken = new Set(base.blocks.map((b) => b.id));
  let n = 0;
  const fresh = (): string => {
    let id: string;
    do id = `r${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
  const keyed = accepted.blocks.map((b, i): Block => ({ ...b, id: pairs.get(i) ?? fresh() }));
  const blocks = settleBlocks(keyed, schemeOf(base.blocks));
  const changes = workingChanges(base, blocks);

  const revs = review.revisions;
  const usedA = new Set<number>();
  const usedR = new Set<number>();
  const located: Located = { accepted: new Map(), rejected: new Map() };
  for (const b of blocks) located.accepted.set(b.id, locate(revs.paragraphs, b.text, 'accepted', usedA));
  for (const b of base.blocks) located.rejected.set(b.id, locate(revs.paragraphs, b.text, 'rejected', usedR));

  const notes: string[] = [];
  const proposals: Proposal[] = [];
  const blockById = new Map([...base.blocks, ...blocks].map((b) => [b.id, b]));
  changes.forEach((c, i) => {
    if (c.kind === 'format') return;
    const weights = revisionsOf(c, located, revs);
    if (weights.size === 0) {
      notes.push(`${describe(c, blockById.get(c.blockId))} matches no tracked change: it is listed without an author.`);
      return;
    }
    const ranked = [...weights.entries()].sort((a, b) => b[1] - a[1]);
    const authors = [...new Set(ranked.map(([r]) => r.author))];
    const dates = ranked.map(([r]) => r.date).filter((d): d is string => d !== null).sort();
    const others = authors.slice(1);
    if (others.length) notes.push(`${describe(c, blockById.get(c.blockId))} holds revisions by ${authors.join(' and ')}: it is proposed by ${authors[0]}.`);
    proposals.push({
      id: `${source.workingId}-rev-${i + 1}`,
      change: c.key,
      kind: c.kind,
      paragraphId: c.blockId,
      proposer: authors[0]!,
      supporters: [],
      opponents: [],
      status: 'pending',
      date: dates[0] ?? null,
      deleted: c.deleted,
      inserted: c.inserted,
      ...(others.length ? { note: `Also holds revisions by ${others.join(', ')}` } : {}),
    });
  });
  for (const l of revs.lost) {
    notes.push(`“${l.text.trim()}” was inserted by ${l.inserted.author} and deleted by ${l.deleted.author}: it is in neither text, so it is no proposal.`);
  }
  if (revs.formatting > 0) notes.push(`${revs.formatting} formatting change${revs.formatting === 1 ? ' was' : 's were'} left out: only changes of the words become proposals.`);

  const working = newWorkingDraft(base, { id: source.workingId, label: source.label, now });
  return {
    base,
    working: { ...working, blocks, hash: blocksHash(blocks), sourceName: source.fileName, working: { ...working.working!, proposals } },
    authors: revs.authors,
    notes,
  };
}
