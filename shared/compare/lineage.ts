/**
 * Lineage: each paragraph's chain through all drafts of a project (zero draft ¶23 → Rev.1 ¶25
 * → Rev.2 ¶21 → gone in the final text), from the comparisons of consecutive drafts, corrected
 * by the links and unlinks people recorded.
 */
import { compareDrafts } from './compare';
import type { ChangeKind, CompareOptions, Comparison, DiffOp, ParagraphRef } from './types';
import { isParagraph, type Draft } from '../model/draft';
import type { LineageOverride } from '../model/schema';

/** A paragraph of one draft of the project. */
export interface LineageNode extends ParagraphRef {
  draftId: string;
}

/** A link from a paragraph to its continuation in a later draft. */
export interface LineageLink {
  from: LineageNode;
  to: LineageNode;
  /** How the paragraph changed on the way; 'linked' when a person made the link. */
  kind: ChangeKind | 'linked';
  /**
   * The engine's word diff from this one paragraph to its successor(s) (joined by GROUP_JOINER),
   * when the group had a single base paragraph and its text changed: annotations reuse it.
   */
  diff?: DiffOp[];
}

/** The lineage graph of a project: links forward and backward between paragraphs. */
export interface Lineage {
  /** Draft ids in project order. */
  draftIds: string[];
  /** Links leaving each paragraph, keyed by `nodeKey`. */
  next: Map<string, LineageLink[]>;
  /** Links arriving at each paragraph, keyed by `nodeKey`. */
  prev: Map<string, LineageLink[]>;
  /** Every paragraph, keyed by `nodeKey`. */
  nodes: Map<string, LineageNode>;
}

/** Key of a paragraph within a project. */
export function nodeKey(draftId: string, paragraphId: string): string {
  return `${draftId}\u0000${paragraphId}`;
}

function addLink(lineage: Lineage, link: LineageLink): void {
  const a = nodeKey(link.from.draftId, link.from.id);
  const b = nodeKey(link.to.draftId, link.to.id);
  if ((lineage.next.get(a) ?? []).some((l) => l.to.draftId === link.to.draftId && l.to.id === link.to.id)) return;
  lineage.next.set(a, [...(lineage.next.get(a) ?? []), link]);
  lineage.prev.set(b, [...(lineage.prev.get(b) ?? []), link]);
}

function removeLink(lineage: Lineage, from: LineageNode, to: LineageNode): void {
  const a = nodeKey(from.draftId, from.id);
  const b = nodeKey(to.draftId, to.id);
  const keep = (l: LineageLink): boolean => !(nodeKey(l.from.draftId, l.from.id) === a && nodeKey(l.to.draftId, l.to.id) === b);
  lineage.next.set(a, (lineage.next.get(a) ?? []).filter(keep));
  lineage.prev.set(b, (lineage.prev.get(b) ?? []).filter(keep));
}

/**
 * The pairs of drafts the lineage compares: each received draft with the received draft before
 * it, and each working draft with its base (it continues that draft, not whichever draft happens
 * to precede it in the project), or with the draft before it when its base is not among `drafts`.
 */
export function lineageSteps(drafts: readonly Draft[]): Array<[Draft, Draft]> {
  const steps: Array<[Draft, Draft]> = [];
  let previous: Draft | null = null;
  for (const d of drafts) {
    const base = d.working ? drafts.find((x) => x.id === d.working!.baseId) : undefined;
    if (base) steps.push([base, d]);
    else if (previous) steps.push([previous, d]);
    if (!d.working) previous = d;
  }
  return steps;
}

/**
 * Builds the lineage of a project's drafts (in project order) from the comparisons of
 * consecutive drafts (a working draft: with its base, see `lineageSteps`), then applies
 * overrides in order: "unlink" removes a link between two
 * paragraphs (either direction), "link" adds one, also between drafts that are not next to
 * each other (text dropped in Rev.1 and restored in Rev.2). Comparisons the caller already made
 * (found by base and target id) are used instead of comparing again.
 */
export function buildLineage(
  drafts: readonly Draft[],
  overrides: readonly LineageOverride[] = [],
  options: Partial<CompareOptions> = {},
  comparisons: readonly Comparison[] = [],
): Lineage {
  const lineage: Lineage = { draftIds: drafts.map((d) => d.id), next: new Map(), prev: new Map(), nodes: new Map() };
  const order = new Map(drafts.map((d, i) => [d.id, i]));
  for (const d of drafts) {
    d.blocks.forEach((b, index) => {
      if (isParagraph(b)) lineage.nodes.set(nodeKey(d.id, b.id), { draftId: d.id, id: b.id, index, number: b.number });
    });
  }
  for (const [base, target] of lineageSteps(drafts)) {
    const comparison = comparisons.find((c) => c.baseId === base.id && c.targetId === target.id) ?? compareDrafts(base, target, options);
    for (const c of comparison.changes) {
      for (const b of c.base) {
        for (const t of c.target) {
          addLink(lineage, { from: { ...b, draftId: base.id }, to: { ...t, draftId: target.id }, kind: c.kind, ...(c.diff && c.base.length === 1 ? { diff: c.diff } : {}) });
        }
      }
    }
  }
  for (const o of overrides) {
    let from = lineage.nodes.get(nodeKey(o.from.draftId, o.from.paragraphId));
    let to = lineage.nodes.get(nodeKey(o.to.draftId, o.to.paragraphId));
    if (!from || !to || from.draftId === to.draftId) continue;
    if (order.get(from.draftId)! > order.get(to.draftId)!) [from, to] = [to, from];
    if (o.kind === 'unlink') removeLink(lineage, from, to);
    else addLink(lineage, { from, to, kind: 'linked' });
  }
  return lineage;
}

/** One draft's place in a paragraph's history. */
export interface HistoryStep {
  draftId: string;
  /** The paragraph in this draft, or null when it is absent from it. */
  paragraph: LineageNode | null;
  /** All its paragraphs in this draft (several after a split or before a merge). */
  paragraphs: LineageNode[];
  /** How it reached this draft from the previous one it was in, when it did. */
  kind: ChangeKind | 'linked' | null;
}

/**
 * The history of one paragraph across every draft: following links backward to its origins
 * and forward to its descendants. Drafts where it is absent have `paragraph: null`.
 */
export function historyOf(lineage: Lineage, draftId: string, paragraphId: string): HistoryStep[] {
  const start = lineage.nodes.get(nodeKey(draftId, paragraphId));
  const found = new Map<string, LineageNode[]>();
  const kinds = new Map<string, ChangeKind | 'linked'>();
  const add = (n: LineageNode): void => {
    const list = found.get(n.draftId) ?? [];
    if (!list.some((x) => x.id === n.id)) found.set(n.draftId, [...list, n]);
  };
  if (start) {
    add(start);
    for (const dir of ['next', 'prev'] as const) {
      const queue = [start];
      const seen = new Set([nodeKey(start.draftId, start.id)]);
      while (queue.length) {
        const n = queue.shift()!;
        for (const l of lineage[dir].get(nodeKey(n.draftId, n.id)) ?? []) {
          const m = dir === 'next' ? l.to : l.from;
          const k = nodeKey(m.draftId, m.id);
          if (seen.has(k)) continue;
          seen.add(k);
          add(m);
          const into = dir === 'next' ? l.to.draftId : n.draftId;
          if (!kinds.has(into)) kinds.set(into, l.kind);
          queue.push(m);
        }
      }
    }
  }
  return lineage.draftIds.map((id) => {
    const paragraphs = (found.get(id) ?? []).slice().sort((a, b) => a.index - b.index);
    return { draftId: id, paragraph: paragraphs[0] ?? null, paragraphs, kind: kinds.get(id) ?? null };
  });
}
