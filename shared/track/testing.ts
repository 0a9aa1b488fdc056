/**
 * Generated negotiations with known language changes, for the tracker's tests and benchmark.
 * A seeded generator writes a sequence of drafts whose paragraphs carry watched terms (in varied
 * spellings), brackets and filler prose, and revises them with recorded edits: a term reworded,
 * a term added, a paragraph moved to another section, deleted or inserted, a bracket added or
 * resolved, chapters renumbered. It records the truth (lineage, counts, expected events) and
 * the comparisons that lineage implies, so the tracker can be checked without the engine.
 */
import { diffWords } from '../compare/worddiff';
import type { Change, Comparison, ParagraphRef } from '../compare/types';
import { defaultCompareOptions } from '../compare/types';
import type { Block, Draft } from '../model/draft';
import type { WatchTerm } from '../model/schema';
import type { BracketResolution, TrackEventKind } from './types';
import { prng } from '../testing/generator';

/** Seeded PRNG: the same seed always gives the same drafts (the engine generator's). */
export const seeded = prng;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** A watch term and the spellings the generator writes it with (all must match it). */
interface GeneratedTerm {
  term: WatchTerm;
  spellings: readonly string[];
  /** Plain wordings that may replace it; they never match any term. */
  replacements: readonly string[];
}

const wt = (id: string, phrase: string, alternatives: string[] = []): WatchTerm => ({ id, phrase, alternatives, category: 'test', color: '#1f6feb' });

/** The terms the generated drafts carry. */
export const GENERATED_TERMS: readonly GeneratedTerm[] = [
  {
    term: wt('cm', 'cyber mercenaries', ['hack-for-hire firms']),
    spellings: ['cyber mercenaries', 'Cyber-mercenaries', 'cybermercenaries', 'cyber mercenary', 'cyber\nmercenaries', 'hack for hire firms'],
    replacements: ['private sector actors', 'commercial intrusion providers'],
  },
  {
    term: wt('tn', 'technological neutrality'),
    spellings: ['technological neutrality', 'Technological Neutrality', 'technological-neutrality', 'technological  neutrality'],
    replacements: ['relevant principles', 'a balanced approach'],
  },
  {
    term: wt('ihl', 'international humanitarian law'),
    spellings: ['international humanitarian law', 'International Humanitarian Law', 'international humanitarian laws'],
    replacements: ['applicable legal frameworks', 'relevant bodies of rules'],
  },
  {
    term: wt('rw', 'ransomware'),
    spellings: ['ransomware', 'Ransomware', 'ransomwares'],
    replacements: ['malicious software', 'extortion tools'],
  },
  {
    term: wt('ci', 'critical infrastructure'),
    spellings: ['critical infrastructure', 'critical infrastructures', 'Critical-Infrastructure'],
    replacements: ['essential services', 'vital facilities'],
  },
  {
    term: wt('cb', 'capacity-building'),
    spellings: ['capacity-building', 'capacity building', 'Capacity\u2011Building', 'capacitybuilding'],
    replacements: ['technical assistance', 'training programmes'],
  },
  {
    term: wt('dv', 'déjà vu clause'),
    spellings: ['déjà vu clause', 'deja vu clause', 'Déjà-vu clauses', 'DEJA VU CLAUSE'],
    replacements: ['recurring provision', 'standing reference'],
  },
];

// Filler words share no word with any term or replacement, so counts are exactly the term segments.
const FILLER = [
  'States', 'continued', 'to', 'exchange', 'views', 'on', 'the', 'threats', 'and', 'cooperation', 'regional', 'confidence',
  'measures', 'points', 'of', 'contact', 'secure', 'environment', 'open', 'stable', 'peaceful', 'accessible', 'working',
  'group', 'dialogue', 'norms', 'responsible', 'behaviour', 'implementation', 'national', 'efforts', 'stakeholders',
  'incidents', 'supply', 'chains', 'sharing', 'information', 'practices', 'among', 'across', 'further', 'noted', 'broad',
];
const SYLLABLES = ['ka', 'lo', 'mi', 'ven', 'tor', 'sa', 'ri', 'qu', 'bel', 'dun', 'ze', 'pha', 'nor', 'gil'];

/** A chapter or part of the generated document: rec = recommendations, dis = discussion. */
interface SectionDef {
  chapter: number;
  title: string;
  part: string | null;
  standing: 'rec' | 'dis' | null;
}

const SECTIONS: readonly SectionDef[] = [
  { chapter: 0, title: 'Introduction', part: null, standing: null },
  { chapter: 1, title: 'Existing and potential threats', part: 'Discussion', standing: 'dis' },
  { chapter: 1, title: 'Existing and potential threats', part: 'Recommended next steps', standing: 'rec' },
  { chapter: 2, title: 'Rules, norms and principles', part: 'Discussion', standing: 'dis' },
  { chapter: 2, title: 'Rules, norms and principles', part: 'Recommended next steps', standing: 'rec' },
  { chapter: 3, title: 'Capacity', part: 'Summary of discussions', standing: 'dis' },
  { chapter: 4, title: 'Conclusions and recommendations', part: null, standing: 'rec' },
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'term'; termId: string; text: string }
  | { kind: 'bracket'; bid: number; text: string };

interface GenParagraph {
  uid: number;
  section: number;
  segments: Segment[];
}

/** An event the tracker must report (paragraph ids only for moved and reworded). */
export interface ExpectedEvent {
  kind: TrackEventKind;
  termId: string;
  from: string;
  to: string;
  fromParagraph?: string;
  toParagraph?: string;
  downgrade?: boolean;
  upgrade?: boolean;
  /** reworded, when the generator replaced exactly one occurrence: what it wrote instead. */
  replacement?: string;
}

/** A bracket resolution the tracker must report. */
export interface ExpectedResolution {
  draftId: string;
  /** The bracket's text as it stood in the earlier draft, brackets included. */
  text: string;
  resolution: BracketResolution;
}

/** A generated negotiation and its truth. */
export interface GeneratedTrack {
  drafts: Draft[];
  terms: WatchTerm[];
  /** Base → target comparisons for consecutive drafts, built from the true lineage. */
  comparisons: Comparison[];
  /** counts[term index][draft index]. */
  counts: number[][];
  events: ExpectedEvent[];
  /** Bracket count per draft, and resolutions and new brackets per consecutive pair. */
  bracketCounts: number[];
  resolutions: ExpectedResolution[];
  newBrackets: Array<{ draftId: string; text: string }>;
}

const render = (s: Segment): string => (s.kind === 'bracket' ? `[${s.text}]` : s.text);
const paragraphText = (p: GenParagraph): string => p.segments.map(render).join(' ') + '.';

function filler(r: Rand, lo = 3, hi = 7): string {
  return Array.from({ length: int(r, lo, hi) }, () => pick(r, FILLER)).join(' ');
}

function nonce(r: Rand): string {
  return Array.from({ length: 2 }, () => Array.from({ length: 3 }, () => pick(r, SYLLABLES)).join('')).join(' ');
}

function termSegment(r: Rand): Segment {
  const t = pick(r, GENERATED_TERMS);
  return { kind: 'term', termId: t.term.id, text: pick(r, t.spellings) };
}

/** Options of the generator. */
export interface TrackGeneratorOptions {
  drafts: number;
  paragraphs: number;
  /** Edits of each kind per revision (the paragraph count scales them up). */
  editsPerRevision?: number;
  /** Filler clauses per new paragraph, [min, max] (default [2, 4]); more make longer paragraphs. */
  clauses?: readonly [number, number];
}

/** Generate a negotiation of `drafts` drafts with known language changes. */
export function generateTrack(seed: number, options: TrackGeneratorOptions): GeneratedTrack {
  const r = seeded(seed);
  const edits = options.editsPerRevision ?? Math.max(1, Math.round(options.paragraphs / 25));
  let uid = 0;
  let bid = 0;
  const newParagraph = (section: number): GenParagraph => {
    const [lo, hi] = options.clauses ?? [2, 4];
    const segments: Segment[] = [{ kind: 'text', text: filler(r) }];
    for (let k = int(r, lo - 1, hi - 1); k > 0; k--) segments.push({ kind: 'text', text: filler(r) });
    if (r() < 0.35) for (let k = int(r, 1, 2); k > 0; k--) segments.splice(int(r, 1, segments.length), 0, termSegment(r));
    if (r() < 0.1) segments.splice(int(r, 1, segments.length), 0, { kind: 'bracket', bid: bid++, text: nonce(r) });
    return { uid: uid++, section, segments };
  };
  let current: GenParagraph[] = Array.from({ length: options.paragraphs }, () => newParagraph(int(r, 0, SECTIONS.length - 1)));
  let chapterShift = 0;
  const versions: Array<{ paragraphs: GenParagraph[]; shift: number }> = [{ paragraphs: current, shift: 0 }];
  const replaced = new Map<string, string>(); // `${version}:${uid}:${termId}` → replacement written
  const resolvedHow = new Map<string, BracketResolution>(); // `${version}:${bid}`
  for (let v = 1; v < options.drafts; v++) {
    const next = current.map((p) => ({ ...p, segments: [...p.segments] }));
    const touched = new Set<number>();
    const choose = (ok: (p: GenParagraph) => boolean): GenParagraph | undefined => {
      const candidates = next.filter((p) => !touched.has(p.uid) && ok(p));
      const p = candidates.length ? pick(r, candidates) : undefined;
      if (p) touched.add(p.uid);
      return p;
    };
    for (let k = 0; k < edits; k++) {
      // Reword one occurrence of a term.
      const rw = choose((p) => p.segments.some((s) => s.kind === 'term'));
      if (rw) {
        const at = pick(r, rw.segments.map((s, i) => (s.kind === 'term' ? i : -1)).filter((i) => i >= 0));
        const seg = rw.segments[at] as Extract<Segment, { kind: 'term' }>;
        const text = pick(r, GENERATED_TERMS.find((t) => t.term.id === seg.termId)!.replacements);
        rw.segments[at] = { kind: 'text', text };
        replaced.set(`${v}:${rw.uid}:${seg.termId}`, text);
      }
      // Add a term to a paragraph.
      const ad = choose(() => true);
      if (ad) ad.segments.splice(int(r, 1, ad.segments.length), 0, termSegment(r));
      // Move a paragraph holding a term to another section.
      const mv = choose((p) => p.segments.some((s) => s.kind === 'term'));
      if (mv) {
        const others = SECTIONS.map((_, i) => i).filter((i) => i !== mv.section);
        mv.section = pick(r, others);
      }
      // Edit filler words only.
      const ed = choose((p) => p.segments.some((s) => s.kind === 'text'));
      if (ed) {
        const at = pick(r, ed.segments.map((s, i) => (s.kind === 'text' ? i : -1)).filter((i) => i >= 0));
        ed.segments[at] = { kind: 'text', text: filler(r) };
      }
      // Add or resolve a bracket.
      if (r() < 0.6) {
        const br = choose(() => true);
        if (br) br.segments.splice(int(r, 1, br.segments.length), 0, { kind: 'bracket', bid: bid++, text: nonce(r) });
      }
      const rs = choose((p) => p.segments.some((s) => s.kind === 'bracket'));
      if (rs) {
        const at = rs.segments.findIndex((s) => s.kind === 'bracket');
        const seg = rs.segments[at] as Extract<Segment, { kind: 'bracket' }>;
        if (r() < 0.5) {
          rs.segments[at] = { kind: 'text', text: seg.text };
          resolvedHow.set(`${v}:${seg.bid}`, 'kept');
        } else {
          rs.segments.splice(at, 1);
          resolvedHow.set(`${v}:${seg.bid}`, 'dropped');
        }
      }
    }
    // Deletions and insertions.
    for (let k = int(r, 0, edits); k > 0; k--) {
      const del = choose(() => true);
      if (del) next.splice(next.indexOf(del), 1);
    }
    for (let k = int(r, 1, edits); k > 0; k--) {
      const p = newParagraph(int(r, 0, SECTIONS.length - 1));
      touched.add(p.uid);
      next.splice(int(r, 0, next.length), 0, p);
    }
    if (r() < 0.3) chapterShift = chapterShift === 0 ? 1 : 0;
    current = next;
    versions.push({ paragraphs: current, shift: chapterShift });
  }
  return assemble(versions, replaced, resolvedHow);
}

function headingOf(def: SectionDef, shift: number): string {
  return `${ROMAN[def.chapter + shift]}. ${def.title}`;
}

function sectionPath(index: number, shift: number): string[] {
  const def = SECTIONS[index]!;
  return def.part ? [headingOf(def, shift), def.part] : [headingOf(def, shift)];
}

interface Built {
  draft: Draft;
  /** uid → block index and id. */
  where: Map<number, { index: number; id: string; number: string | null; text: string; section: number }>;
}

function buildDraft(v: number, paragraphs: readonly GenParagraph[], shift: number): Built {
  const id = `d${v}`;
  const blocks: Block[] = [];
  const where: Built['where'] = new Map();
  // Reading order: by section, then the order of the paragraph list (stable).
  const ordered = paragraphs.map((p, i) => ({ p, i })).sort((a, b) => a.p.section - b.p.section || a.i - b.i);
  let lastSection = -1;
  let lastChapter = -1;
  let n = 0;
  for (const { p } of ordered) {
    const def = SECTIONS[p.section]!;
    if (p.section !== lastSection) {
      if (def.chapter !== lastChapter) {
        blocks.push({ kind: 'heading', id: `${id}-h${blocks.length}`, level: 1, number: ROMAN[def.chapter + shift]!, text: def.title });
        lastChapter = def.chapter;
      }
      if (def.part) blocks.push({ kind: 'heading', id: `${id}-h${blocks.length}`, level: 3, number: null, text: def.part });
      lastSection = p.section;
    }
    n++;
    const text = paragraphText(p);
    const block = { kind: 'paragraph' as const, id: `${id}-p${n}`, number: String(n), level: 0, section: sectionPath(p.section, shift), text };
    where.set(p.uid, { index: blocks.length, id: block.id, number: block.number, text, section: p.section });
    blocks.push(block);
  }
  const draft: Draft = {
    id,
    label: v === 0 ? 'Zero draft' : `Rev.${v}`,
    date: null,
    sourceName: `draft-${v}.docx`,
    hash: v.toString(16).padStart(64, '0'),
    title: 'Draft progress report',
    symbol: null,
    blocks,
    importedAt: '2024-01-01T00:00:00.000Z',
  };
  return { draft, where };
}

const termCount = (p: GenParagraph, termId: string): number => p.segments.filter((s) => s.kind === 'term' && s.termId === termId).length;
const bracketsOf = (p: GenParagraph): Array<Extract<Segment, { kind: 'bracket' }>> =>
  p.segments.filter((s): s is Extract<Segment, { kind: 'bracket' }> => s.kind === 'bracket');

function comparisonOf(a: Built, b: Built, aParas: readonly GenParagraph[], bParas: readonly GenParagraph[]): Comparison {
  const changes: Change[] = [];
  const ref = (w: { index: number; id: string; number: string | null }): ParagraphRef => ({ index: w.index, id: w.id, number: w.number });
  const inB = new Set(bParas.map((p) => p.uid));
  for (const p of bParas) {
    const t = b.where.get(p.uid)!;
    const s = a.where.get(p.uid);
    if (!s) {
      changes.push({ kind: 'inserted', base: [], target: [ref(t)], similarity: 0, targetSection: b.draft.blocks[t.index]!.kind === 'paragraph' ? sectionPath(t.section, 0) : [] });
      continue;
    }
    const moved = s.section !== t.section;
    const same = s.text === t.text;
    changes.push({
      kind: moved ? 'moved' : same ? 'unchanged' : 'modified',
      base: [ref(s)],
      target: [ref(t)],
      similarity: same ? 1 : 0.5,
      ...(same ? {} : { diff: diffWords(s.text, t.text) }),
      ...(moved ? { crossSection: true } : {}),
    });
  }
  for (const p of aParas) {
    if (!inB.has(p.uid)) changes.push({ kind: 'deleted', base: [ref(a.where.get(p.uid)!)], target: [], similarity: 0 });
  }
  const zero = { unchanged: 0, modified: 0, moved: 0, split: 0, merged: 0, deleted: 0, inserted: 0 };
  return {
    baseId: a.draft.id,
    targetId: b.draft.id,
    options: defaultCompareOptions,
    changes,
    summary: { counts: zero, wordsInserted: 0, wordsDeleted: 0, bySection: [] },
  };
}

function assemble(
  versions: ReadonlyArray<{ paragraphs: GenParagraph[]; shift: number }>,
  replaced: ReadonlyMap<string, string>,
  resolvedHow: ReadonlyMap<string, BracketResolution>,
): GeneratedTrack {
  const built = versions.map((v, i) => buildDraft(i, v.paragraphs, v.shift));
  const terms = GENERATED_TERMS.map((t) => t.term);
  const counts = terms.map((t) => versions.map((v) => v.paragraphs.reduce((n, p) => n + termCount(p, t.id), 0)));
  const events: ExpectedEvent[] = [];
  const comparisons: Comparison[] = [];
  const resolutions: ExpectedResolution[] = [];
  const newBrackets: Array<{ draftId: string; text: string }> = [];
  for (let v = 1; v < versions.length; v++) {
    const A = versions[v - 1]!.paragraphs;
    const B = versions[v]!.paragraphs;
    const a = built[v - 1]!;
    const b = built[v]!;
    comparisons.push(comparisonOf(a, b, A, B));
    const from = a.draft.id;
    const to = b.draft.id;
    const bByUid = new Map(B.map((p) => [p.uid, p]));
    terms.forEach((t, ti) => {
      const before = counts[ti]![v - 1]!;
      const after = counts[ti]![v]!;
      if (before > 0 && after === 0) events.push({ kind: 'removed', termId: t.id, from, to });
      else if (before === 0 && after > 0) events.push({ kind: 'added', termId: t.id, from, to });
      else if (before !== after) events.push({ kind: 'count', termId: t.id, from, to });
      for (const p of A) {
        const q = bByUid.get(p.uid);
        if (!q) continue;
        const bc = termCount(p, t.id);
        const tc = termCount(q, t.id);
        const fromParagraph = a.where.get(p.uid)!.id;
        const toParagraph = b.where.get(q.uid)!.id;
        if (bc > 0 && tc > 0 && p.section !== q.section) {
          const sa = SECTIONS[p.section]!.standing;
          const sb = SECTIONS[q.section]!.standing;
          events.push({
            kind: 'moved',
            termId: t.id,
            from,
            to,
            fromParagraph,
            toParagraph,
            ...(sa === 'rec' && sb === 'dis' ? { downgrade: true } : {}),
            ...(sa === 'dis' && sb === 'rec' ? { upgrade: true } : {}),
          });
        }
        if (tc < bc) {
          const replacement = bc - tc === 1 ? replaced.get(`${v}:${p.uid}:${t.id}`) : undefined;
          events.push({ kind: 'reworded', termId: t.id, from, to, fromParagraph, toParagraph, ...(replacement ? { replacement } : {}) });
        }
      }
    });
    for (const p of A) {
      const q = bByUid.get(p.uid);
      const after = new Set(q ? bracketsOf(q).map((s) => s.bid) : []);
      for (const s of bracketsOf(p)) {
        if (after.has(s.bid)) continue;
        resolutions.push({ draftId: to, text: `[${s.text}]`, resolution: q ? resolvedHow.get(`${v}:${s.bid}`)! : 'paragraph-deleted' });
      }
    }
    const aByUid = new Map(A.map((p) => [p.uid, p]));
    for (const q of B) {
      const p = aByUid.get(q.uid);
      const before = new Set(p ? bracketsOf(p).map((s) => s.bid) : []);
      for (const s of bracketsOf(q)) if (!before.has(s.bid)) newBrackets.push({ draftId: to, text: `[${s.text}]` });
    }
  }
  return {
    drafts: built.map((b) => b.draft),
    terms,
    comparisons,
    counts,
    events,
    bracketCounts: versions.map((v) => v.paragraphs.reduce((n, p) => n + bracketsOf(p).length, 0)),
    resolutions,
    newBrackets,
  };
}
