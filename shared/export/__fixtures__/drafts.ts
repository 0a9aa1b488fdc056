/**
 * Test builders for the exporters: drafts written as short lines, and comparisons built by hand
 * from paragraph ids (a paragraph keeps its id across drafts in these fixtures), standing in for
 * the engine so the writers can be tested on their own.
 */
import type { Change, ChangeKind, CompareOptions, Comparison, DiffOp, ParagraphRef } from '../../compare/types';
import { defaultCompareOptions } from '../../compare/types';
import type { Block, Draft } from '../../model/draft';
import { wordDiff } from '../word-diff';
import { generatePair, prng } from '../../testing/generator';

/**
 * A draft from lines: "# I. Title" (level-1 heading), "## A. Title", "id: 12. text" (numbered
 * paragraph), "id: (a) text" (subparagraph), "id: text" (unnumbered).
 */
export function draft(id: string, label: string, date: string | null, lines: string[]): Draft {
  const section: string[] = [];
  const blocks: Block[] = lines.map((line, i): Block => {
    const h = /^(#+)\s+(?:([IVXLC]+|[A-Z])\.\s+)?(.*)$/.exec(line);
    if (h) {
      const level = h[1]!.length;
      section.length = level - 1;
      section.push(`${h[2] ? `${h[2]}. ` : ''}${h[3]}`);
      return { kind: 'heading', id: `h${i}`, level, number: h[2] ?? null, text: h[3]! };
    }
    const p = /^([\w-]+):\s+(?:(\d+)\.\s+|(\([a-z]+\))\s+)?(.*)$/.exec(line);
    if (!p) throw new Error(`fixture line not understood: ${line}`);
    return {
      kind: 'paragraph',
      id: p[1]!,
      number: p[2] ?? p[3] ?? null,
      level: p[3] ? 1 : 0,
      section: [...section],
      text: p[4]!,
    };
  });
  return { id, label, date, sourceName: `${id}.docx`, hash: id, title: 'Draft report of the working group', symbol: 'A/AC.999/2024/L.1', blocks, importedAt: '2024-01-01T00:00:00Z' };
}

function ref(d: Draft, index: number): ParagraphRef {
  const b = d.blocks[index]!;
  return { index, id: b.id, number: b.number };
}

/** A comparison summary consistent with `changes` (counts only; words counted from the diffs). */
export function summarise(changes: Change[]): Comparison['summary'] {
  const counts: Record<ChangeKind, number> = { unchanged: 0, modified: 0, moved: 0, split: 0, merged: 0, deleted: 0, inserted: 0 };
  let wordsInserted = 0;
  let wordsDeleted = 0;
  for (const c of changes) {
    counts[c.kind]++;
    for (const [op, t] of c.diff ?? []) {
      const n = t.split(/\s+/).filter(Boolean).length;
      if (op === '+') wordsInserted += n;
      if (op === '-') wordsDeleted += n;
    }
  }
  return { counts, wordsInserted, wordsDeleted, bySection: [] };
}

/** Longest increasing subsequence (as a set of positions) of `xs`. */
function lisPositions(xs: number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(xs.length).fill(-1);
  for (let i = 0; i < xs.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[tails[mid]!]! < xs[i]!) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  }
  const out = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) out.add(i);
  return out;
}

export interface ByIdOptions {
  options?: CompareOptions;
  /** Include headings in the changes (the engine may or may not). */
  headings?: boolean;
  /** Groups to report as split ([baseId, [targetIds]]) or merged ([[baseIds], targetId]). */
  splits?: [string, string[]][];
  merges?: [string[], string][];
}

/**
 * A comparison built by paragraph id: same id = same paragraph; out of order = moved; missing =
 * deleted/inserted. Deleted paragraphs follow their base predecessor, as the engine contract says.
 */
export function compareById(base: Draft, target: Draft, o: ByIdOptions = {}): Comparison {
  const want = (b: Block): boolean => o.headings === true || b.kind === 'paragraph';
  const key = (b: Block): string => (b.kind === 'heading' ? `H:${b.level}:${b.text}` : b.id);
  const baseIndex = new Map<string, number>();
  base.blocks.forEach((b, i) => want(b) && baseIndex.set(key(b), i));
  const targetIndex = new Map<string, number>();
  target.blocks.forEach((b, i) => want(b) && targetIndex.set(key(b), i));
  const splitOf = new Map((o.splits ?? []).map(([b, ts]) => [b, ts]));
  const mergeOf = new Map((o.merges ?? []).map(([bs, t]) => [t, bs]));
  const grouped = new Set([...(o.splits ?? []).flatMap(([b, ts]) => [`b:${b}`, ...ts.map((t) => `t:${t}`)]), ...(o.merges ?? []).flatMap(([bs, t]) => [...bs.map((b) => `b:${b}`), `t:${t}`])]);

  const tIdx = target.blocks.map((_, i) => i).filter((i) => want(target.blocks[i]!));
  const pairedBase = tIdx.map((t) => baseIndex.get(key(target.blocks[t]!)) ?? -1);
  const pairs = tIdx.map((t, k) => [t, pairedBase[k]!] as const).filter(([t, b]) => b >= 0 && !grouped.has(`t:${target.blocks[t]!.id}`));
  const inOrder = lisPositions(pairs.map(([, b]) => b));
  const orderedBase = new Set(pairs.filter((_, k) => inOrder.has(k)).map(([, b]) => b));

  const changes: Change[] = [];
  const textChange = (kind: ChangeKind, bs: number[], ts: number[]): Change => {
    const bt = bs.map((i) => base.blocks[i]!.text).join(' ');
    const tt = ts.map((i) => target.blocks[i]!.text).join(' ');
    const diff: DiffOp[] = wordDiff(bt, tt);
    return { kind, base: bs.map((i) => ref(base, i)), target: ts.map((i) => ref(target, i)), diff, similarity: bt === tt ? 1 : 0.5 };
  };
  const emitted = new Set<number>();
  for (const t of tIdx) {
    const tb = target.blocks[t]!;
    const split = [...splitOf.entries()].find(([, ts]) => ts[0] === tb.id);
    if (split) {
      const bi = base.blocks.findIndex((b) => b.id === split[0]);
      changes.push(textChange('split', [bi], split[1].map((id) => target.blocks.findIndex((b) => b.id === id))));
      emitted.add(bi);
      continue;
    }
    if (grouped.has(`t:${tb.id}`) && !mergeOf.has(tb.id)) continue;
    const merged = mergeOf.get(tb.id);
    if (merged) {
      const bis = merged.map((id) => base.blocks.findIndex((b) => b.id === id));
      changes.push(textChange('merged', bis, [t]));
      bis.forEach((b) => emitted.add(b));
      continue;
    }
    const b = baseIndex.get(key(tb));
    if (b === undefined) {
      changes.push({ kind: 'inserted', base: [], target: [ref(target, t)], similarity: 0 });
      continue;
    }
    const c = textChange(orderedBase.has(b) ? 'modified' : 'moved', [b], [t]);
    if (c.kind === 'modified' && base.blocks[b]!.text === tb.text) changes.push({ ...c, kind: 'unchanged', diff: undefined, similarity: 1 });
    else changes.push(c);
    emitted.add(b);
  }
  // Deleted base paragraphs go after the change holding their nearest kept base predecessor.
  base.blocks.forEach((b, i) => {
    if (!want(b) || emitted.has(i) || targetIndex.has(key(b))) return;
    const del: Change = { kind: 'deleted', base: [ref(base, i)], target: [], similarity: 0 };
    let at = 0;
    for (let k = changes.length - 1; k >= 0; k--) {
      const c = changes[k]!;
      if (c.kind !== 'moved' && c.base.some((r) => r.index < i)) {
        at = k + 1;
        break;
      }
    }
    changes.splice(at, 0, del);
  });
  return { baseId: base.id, targetId: target.id, options: o.options ?? defaultCompareOptions, changes, summary: summarise(changes) };
}

/** A small negotiation text and its revision: every kind of change the engine reports. */
export function sampleDrafts(): { zero: Draft; rev: Draft } {
  const zero = draft('zero', 'Zero draft', '2024-01-15', [
    '# I. Introduction',
    'p1: 1. The working group met in New York from 4 to 8 March and held five meetings.',
    'p2: 2. Delegations welcomed the circulation of the zero draft well ahead of the session.',
    '# II. Existing and potential threats',
    'p3: 3. States noted with concern the increase in malicious activities targeting critical infrastructure.',
    'p4: 4. Some States highlighted the importance of capacity-building for developing countries.',
    'p5: 5. States recalled that the group shall take decisions by consensus.',
    'p6: 6. The group agreed to continue its discussion at the next session.',
    'p7: (a) on confidence-building measures;',
    'p8: (b) on the application of international law.',
    '# III. Recommended next steps',
    'p9: 7. The Chair will prepare a revised draft. Delegations may send written comments by 30 April.',
    'p10: 8. The secretariat is requested to publish the statements on the website.',
  ]);
  const rev = draft('rev2', 'Rev.2', '2024-03-01', [
    '# I. Introduction',
    'p1: 1. The working group met in New York from 4 to 8 March 2024 and held six meetings.',
    'p2: 2. Delegations welcomed the circulation of the zero draft well ahead of the session.',
    '# II. Existing and potential threats',
    'p4: 3. Many States highlighted the importance of capacity-building for developing countries.',
    'p3: 4. States noted with serious concern the increase in malicious activities targeting critical infrastructure.',
    'p11: 5. States also noted the growing use of ransomware against hospitals.',
    'p6: 6. The group agreed to continue its discussion at the next session.',
    'p7: (a) on confidence-building measures;',
    'p8: (b) on the application of international law.',
    '# III. Recommended next steps',
    'p9a: 7. The Chair will prepare a revised draft.',
    'p9b: 8. Delegations may send written comments by 15 May.',
    'p10: 9. The secretariat is requested to publish the statements on the website.',
  ]);
  return { zero, rev };
}

/** A deterministic pseudo-random generator, so fixtures are the same on every run (the engine generator's). */
export const seeded = prng;

const WORDS = (
  'States delegations group welcomed noted concern capacity building international law ' +
  'confidence measures consensus session secretariat report critical infrastructure ' +
  'cooperation voluntary norms responsible behaviour regional organizations stakeholders ' +
  'further encouraged recalled reaffirmed importance developing countries threats'
).split(' ');

function sentence(rand: () => number, n: number): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  return `${w[0]![0]!.toUpperCase()}${w.join(' ').slice(1)}.`;
}

/**
 * A base draft of `n` paragraphs under headings and a target made by random edits (kept,
 * reworded, deleted, moved, inserted, renumbered), with ids kept so `compareById` can align them.
 */
export function editedPair(seed: number, n: number): { base: Draft; target: Draft } {
  const rand = seeded(seed);
  const baseLines: string[] = [];
  const paras: { id: string; text: string; heading: string | null }[] = [];
  for (let i = 0; i < n; i++) {
    const heading = i % 12 === 0 ? `# ${'IVXLC'[Math.floor(i / 12) % 5]}. ${sentence(rand, 3).slice(0, -1)}` : null;
    paras.push({ id: `p${i}`, text: sentence(rand, 8 + Math.floor(rand() * 20)), heading });
  }
  let num = 0;
  for (const p of paras) {
    if (p.heading) baseLines.push(p.heading);
    baseLines.push(`${p.id}: ${++num}. ${p.text}`);
  }
  const out: { id: string; text: string; heading: string | null }[] = [];
  const later: { id: string; text: string; heading: string | null }[] = [];
  let fresh = 0;
  for (const p of paras) {
    const r = rand();
    const heading = p.heading;
    if (heading) out.push({ id: '', text: '', heading });
    if (r < 0.08) continue; // deleted
    if (r < 0.14) {
      later.push({ ...p, heading: null });
      continue;
    }
    const text = r < 0.35 ? p.text.replace(/\b(\w+) (\w+)/, (_, a: string) => `${a} ${WORDS[Math.floor(rand() * WORDS.length)]}`).replace(/\.$/, ` and ${sentence(rand, 3).toLowerCase()}`) : p.text;
    out.push({ ...p, text, heading: null });
    if (rand() < 0.08) out.push({ id: `n${fresh++}`, text: sentence(rand, 12), heading: null });
    if (later.length && rand() < 0.3) out.push(later.shift()!);
  }
  out.push(...later);
  num = 0;
  const targetLines = out.map((p) => (p.heading && !p.id ? p.heading : `${p.id}: ${++num}. ${p.text}`));
  return { base: draft('base', 'Zero draft', '2024-01-15', baseLines), target: draft('target', 'Rev.1', '2024-02-20', targetLines) };
}

/**
 * A generated revision with noise the comparison options ignore, on top of its real edits: words
 * in another case, punctuation added or dropped, spaces doubled, typed numbers left in the text.
 * What Accept All / Reject All must still reproduce exactly, whatever the options.
 */
export function noisyPair(seed: number, paragraphs: number): { base: Draft; target: Draft } {
  const { base, target } = generatePair(seed, paragraphs);
  const r = prng(seed * 7919 + 1);
  const noise = (text: string): string => {
    const words = text.split(' ');
    switch (Math.floor(r() * 6)) {
      case 0: {
        const i = Math.floor(r() * words.length);
        words[i] = r() < 0.5 ? words[i]!.toUpperCase() : words[i]!.toLowerCase();
        return words.join(' ');
      }
      case 1:
        return text.replace(/,/, '').replace(/\.$/, ';');
      case 2:
        return words.join(r() < 0.5 ? '  ' : ' \u00a0');
      case 3:
        return `${Math.floor(r() * 40) + 1}. ${text}`;
      default:
        return text;
    }
  };
  return { base, target: { ...target, blocks: target.blocks.map((b) => (b.kind === 'paragraph' && r() < 0.5 ? { ...b, text: noise(b.text) } : b)) } };
}
