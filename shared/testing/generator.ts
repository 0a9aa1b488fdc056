/**
 * Synthetic negotiation drafts with known edits, for tests and benchmarks. A seeded generator
 * writes an OEWG-style draft report (lettered sections, "Discussion" and "Recommended next
 * steps" parts, numbered paragraphs of ICT security prose from templates) and derives a
 * revision from it with recorded edits: renumbering, word edits, deletions, insertions, moves
 * (also edited, also across sections), splits and merges. The truth says which base paragraphs
 * became which target paragraphs.
 */
import type { Block, Draft, ParagraphBlock } from '../model/draft';
import { sha256Hex } from '../util/sha256';

/** Small fast seeded PRNG (mulberry32): the same seed always gives the same drafts. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const TOPICS = [
  'Existing and potential threats', 'Rules, norms and principles of responsible State behaviour',
  'International law', 'Confidence-building measures', 'Capacity-building', 'Regular institutional dialogue',
  'Protection of critical infrastructure', 'Supply chain security', 'Incident response and cooperation',
  'Emerging technologies', 'Gender and inclusion', 'Points of contact',
];
const SUBJECTS = [
  'States', 'The Group', 'Delegations', 'Several States', 'Some delegations', 'Member States', 'Many States',
  'A number of delegations', 'Regional organizations', 'Interested States', 'The Chair', 'Participants',
];
const MODALS = [
  'should', 'could', 'may wish to', 'are encouraged to', 'were invited to', 'reaffirmed their commitment to',
  'underlined the need to', 'recognized the value of efforts to', 'called on all parties to', 'agreed to',
];
const VERBS = [
  'strengthen', 'consider', 'promote', 'develop', 'support', 'implement', 'enhance', 'explore', 'share',
  'establish', 'review', 'operationalize', 'facilitate', 'exchange views on', 'build on', 'advance',
];
const OBJECTS = [
  'the protection of critical infrastructure', 'confidence-building measures', 'capacity-building programmes',
  'the voluntary, non-binding norms of responsible State behaviour', 'a global directory of points of contact',
  'information on national ICT security practices', 'cooperation with the private sector and academia',
  'the applicability of international law to the use of ICTs', 'national incident response capabilities',
  'the integrity of global ICT supply chains', 'measures against ransomware', 'regular institutional dialogue',
  'national cybersecurity strategies', 'computer emergency response teams', 'technical assistance to developing countries',
  'gender perspectives in ICT security', 'efforts to bridge the digital divide', 'threat assessments of emerging technologies',
  'the security of undersea cables', 'the exchange of best practices', 'transparency in national positions',
  'the prevention of conflict stemming from ICT incidents', 'mechanisms for cooperation in case of incidents',
  'the protection of humanitarian organizations', 'the security of health-care facilities', 'data protection frameworks',
  'stakeholder consultations', 'training for diplomats and technical experts', 'a repository of national views',
  'the work of the future permanent mechanism', 'the commercial intrusion capabilities market',
];
const QUALIFIERS = [
  'as appropriate', 'on a voluntary basis', 'in line with national priorities',
  'taking into account the needs of developing countries', 'within the framework of the United Nations',
  'in a manner consistent with international law', 'through existing mechanisms', 'at the regional and subregional levels',
  'with the support of relevant stakeholders', 'in accordance with national legislation', 'without duplicating existing efforts',
];
const ADJECTIVES = [
  'essential', 'important', 'urgent', 'useful', 'critical', 'valuable', 'necessary', 'timely', 'complementary',
];
const CONCERNS = [
  'the increasing number of malicious ICT activities', 'attacks against critical infrastructure',
  'the use of ICTs by non-State actors', 'the proliferation of malicious tools', 'the growing ransomware threat',
  'the exploitation of vulnerabilities in ICT products', 'the misuse of artificial intelligence',
  'disinformation campaigns', 'the targeting of election infrastructure', 'threats to financial institutions',
];
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** One sentence of negotiation prose from a random template. */
function sentence(r: Rand): string {
  switch (int(r, 0, 5)) {
    case 0:
      return `${pick(r, SUBJECTS)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}, ${pick(r, QUALIFIERS)}.`;
    case 1:
      return `${pick(r, SUBJECTS)} expressed concern about ${pick(r, CONCERNS)} and its impact on ${pick(r, OBJECTS)}.`;
    case 2:
      return `In this regard, ${pick(r, SUBJECTS).toLowerCase()} noted that ${pick(r, OBJECTS)} remained ${pick(r, ADJECTIVES)} for ${pick(r, OBJECTS)}.`;
    case 3:
      return `${cap(pick(r, OBJECTS))} and ${pick(r, OBJECTS)} were highlighted as ${pick(r, ADJECTIVES)}, ${pick(r, QUALIFIERS)}.`;
    case 4:
      return `${pick(r, SUBJECTS)} ${pick(r, MODALS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} by ${int(r, 2025, 2031)}, building on resolution ${int(r, 60, 79)}/${int(r, 10, 250)}.`;
    default:
      return `${pick(r, SUBJECTS)} recalled that ${pick(r, CONCERNS)} could undermine ${pick(r, OBJECTS)}, and ${pick(r, MODALS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)}.`;
  }
}

/** A paragraph: two to four sentences. */
function paragraphText(r: Rand): string {
  const n = int(r, 2, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(sentence(r));
  return out.join(' ');
}

const PARTS = ['Discussion', 'Recommended next steps'];

/** Section letters: A … Z, then AA, AB … */
function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : letter(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));
}

/** A paragraph before numbering: its text and the base paragraphs it comes from. */
interface Item {
  text: string;
  from: string[];
}

interface Part {
  name: string;
  items: Item[];
}

interface Section {
  title: string;
  parts: Part[];
}

function sectionTitle(i: number): string {
  const round = Math.floor(i / TOPICS.length);
  return TOPICS[i % TOPICS.length]! + (round ? ` (${round + 1})` : '');
}

/** Lays out sections into draft blocks, numbering paragraphs and headings in order. */
function toDraft(sections: readonly Section[], id: string, label: string): { draft: Draft; ids: Map<Item, string> } {
  const blocks: Block[] = [];
  const ids = new Map<Item, string>();
  let p = 0;
  let h = 0;
  sections.forEach((s, si) => {
    const number = letter(si);
    blocks.push({ kind: 'heading', id: `h${++h}`, level: 2, number, text: s.title });
    for (const part of s.parts) {
      blocks.push({ kind: 'heading', id: `h${++h}`, level: 3, number: null, text: part.name });
      for (const item of part.items) {
        const block: ParagraphBlock = {
          kind: 'paragraph',
          id: `p${++p}`,
          number: String(p),
          level: 0,
          section: [`${number}. ${s.title}`, part.name],
          text: item.text,
        };
        ids.set(item, block.id);
        blocks.push(block);
      }
    }
  });
  const hash = sha256Hex(blocks.map((b) => b.text).join('\n'));
  const draft: Draft = {
    id,
    label,
    date: null,
    sourceName: null,
    hash,
    title: 'Draft report of the open-ended working group on security of and in the use of information and communications technologies',
    symbol: null,
    blocks,
    importedAt: '2025-01-01T00:00:00.000Z',
  };
  return { draft, ids };
}

function baseSections(r: Rand, paragraphs: number): Section[] {
  const sections: Section[] = [];
  let left = paragraphs;
  let n = 0;
  while (left > 0) {
    const parts = PARTS.map((name) => {
      const k = Math.min(left, int(r, 4, 12));
      left -= k;
      return { name, items: Array.from({ length: k }, () => ({ text: paragraphText(r), from: [] as string[] })) };
    });
    sections.push({ title: sectionTitle(n++), parts });
  }
  return sections;
}

/** Generates a draft of `paragraphs` numbered paragraphs from `seed`. */
export function generateDraft(seed: number, paragraphs: number, id = 'base', label = 'Zero draft'): Draft {
  return toDraft(baseSections(prng(seed), paragraphs), id, label).draft;
}

const SYNONYMS: Record<string, string[]> = {
  should: ['could', 'may', 'shall'], could: ['should', 'might'], strengthen: ['reinforce', 'deepen'],
  important: ['crucial', 'relevant'], promote: ['encourage', 'advance'], consider: ['examine', 'assess'],
  States: ['countries', 'Governments'], essential: ['indispensable'], support: ['assist'], urgent: ['pressing'],
};

/** A light word edit: change a modal or a word, add or drop a qualifier, drop a few words. */
function editText(r: Rand, text: string): string {
  const words = text.split(' ');
  const edits = int(r, 1, 3);
  for (let e = 0; e < edits; e++) {
    const i = int(r, 1, words.length - 2);
    const w = words[i]!;
    const kind = int(r, 0, 3);
    const syn = SYNONYMS[w.replace(/[.,]$/, '')];
    if (kind === 0 && syn) words[i] = w.replace(/^[^.,]+/, pick(r, syn));
    else if (kind <= 1) words.splice(i, 0, pick(r, ['notably', 'inter alia', 'as appropriate,', 'further', 'also', 'fully']));
    else if (kind === 2 && words.length > 12) words.splice(i, int(r, 1, 2));
    else words[i] = pick(r, ['relevant', 'key', 'national', 'shared', 'practical', 'global']);
  }
  return words.join(' ');
}

const SENTENCE_END = /(?<=\.) (?=[A-Z])/;

/** Rates of each edit, per base paragraph. */
export interface RevisionRates {
  edit: number;
  delete: number;
  insert: number;
  move: number;
  split: number;
  merge: number;
}

export const defaultRevisionRates: RevisionRates = { edit: 0.2, delete: 0.04, insert: 0.05, move: 0.04, split: 0.03, merge: 0.03 };

/** A base→target correspondence: one paragraph kept, split, merged, deleted or inserted. */
export interface TruthGroup {
  base: string[];
  target: string[];
}

/** Two drafts and the true correspondence between their paragraphs. */
export interface GeneratedPair {
  base: Draft;
  target: Draft;
  truth: TruthGroup[];
}

/**
 * Generates a base draft of `paragraphs` paragraphs and a revision of it with known edits.
 * The same seed and size always give the same pair.
 */
export function generatePair(seed: number, paragraphs: number, rates: RevisionRates = defaultRevisionRates): GeneratedPair {
  const r = prng(seed);
  const sections = baseSections(r, paragraphs);
  const baseOut = toDraft(sections, 'base', 'Zero draft');
  const baseId = (item: Item): string => baseOut.ids.get(item)!;
  const moves: Item[] = [];
  const revised: Section[] = sections.map((s) => ({
    title: s.title,
    parts: s.parts.map((part) => {
      const items: Item[] = [];
      for (let i = 0; i < part.items.length; i++) {
        const item = part.items[i]!;
        const id = baseId(item);
        const x = r();
        let acc = rates.delete;
        if (x < acc) continue;
        if (x < (acc += rates.move)) {
          moves.push({ text: r() < 0.5 ? editText(r, item.text) : item.text, from: [id] });
          continue;
        }
        if (x < (acc += rates.split)) {
          const sentences = item.text.split(SENTENCE_END);
          if (sentences.length >= 2) {
            const at = int(r, 1, sentences.length - 1);
            items.push({ text: sentences.slice(0, at).join(' '), from: [id] }, { text: sentences.slice(at).join(' '), from: [id] });
            continue;
          }
        }
        const next = part.items[i + 1];
        if (x < (acc += rates.merge) && next) {
          items.push({ text: `${item.text} ${next.text}`, from: [id, baseId(next)] });
          i++;
          continue;
        }
        items.push({ text: x < acc + rates.edit ? editText(r, item.text) : item.text, from: [id] });
      }
      return { name: part.name, items };
    }),
  }));
  const parts = revised.flatMap((s) => s.parts);
  const place = (item: Item): void => {
    const part = pick(r, parts);
    part.items.splice(int(r, 0, part.items.length), 0, item);
  };
  moves.forEach(place);
  const inserts = Math.round(paragraphs * rates.insert);
  for (let i = 0; i < inserts; i++) place({ text: paragraphText(r), from: [] });
  const targetOut = toDraft(revised, 'target', 'Rev.1');
  const truth: TruthGroup[] = [];
  const seen = new Set<string>();
  const splitOf = new Map<string, TruthGroup>();
  for (const part of parts) {
    for (const item of part.items) {
      const t = targetOut.ids.get(item)!;
      const single = item.from.length === 1 ? item.from[0]! : null;
      const group = single ? splitOf.get(single) : undefined;
      if (group) group.target.push(t);
      else {
        const g = { base: [...item.from], target: [t] };
        truth.push(g);
        if (single) splitOf.set(single, g);
      }
      item.from.forEach((b) => seen.add(b));
    }
  }
  for (const block of baseOut.draft.blocks) if (block.kind === 'paragraph' && !seen.has(block.id)) truth.push({ base: [block.id], target: [] });
  return { base: baseOut.draft, target: targetOut.draft, truth };
}

/** The (base id, target id) links of a set of groups, as "b→t" strings. */
export function links(groups: ReadonlyArray<{ base: ReadonlyArray<{ id: string } | string>; target: ReadonlyArray<{ id: string } | string> }>): Set<string> {
  const out = new Set<string>();
  const idOf = (x: { id: string } | string): string => (typeof x === 'string' ? x : x.id);
  for (const g of groups) for (const b of g.base) for (const t of g.target) out.add(`${idOf(b)}→${idOf(t)}`);
  return out;
}

/** Precision, recall and F1 of predicted links against true links. */
export function linkScore(predicted: Set<string>, truth: Set<string>): { precision: number; recall: number; f1: number } {
  let hit = 0;
  for (const l of predicted) if (truth.has(l)) hit++;
  const precision = predicted.size ? hit / predicted.size : 1;
  const recall = truth.size ? hit / truth.size : 1;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * A draft written by hand for tests: sections (printed headings) each with their paragraph
 * texts; paragraphs are numbered 1, 2, 3… in order unless `numbers` gives other labels.
 */
export function draftFromSections(
  id: string,
  sections: ReadonlyArray<{ heading: string; paragraphs: readonly string[] }>,
  numbers?: readonly string[],
): Draft {
  const blocks: Block[] = [];
  let p = 0;
  let h = 0;
  for (const s of sections) {
    const m = /^([A-Z]+)\. (.*)$/.exec(s.heading);
    blocks.push({ kind: 'heading', id: `h${++h}`, level: 2, number: m ? m[1]! : null, text: m ? m[2]! : s.heading });
    for (const text of s.paragraphs) {
      const number = numbers ? (numbers[p] ?? null) : String(p + 1);
      blocks.push({ kind: 'paragraph', id: `p${++p}`, number, level: 0, section: [s.heading], text });
    }
  }
  return {
    id,
    label: id,
    date: null,
    sourceName: null,
    hash: sha256Hex(blocks.map((b) => b.text).join('\n')),
    title: id,
    symbol: null,
    blocks,
    importedAt: '2025-01-01T00:00:00.000Z',
  };
}
