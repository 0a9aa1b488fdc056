/**
 * The one section identity, used by the comparison engine, the tracker and (through the engine's
 * changes) the exporters and views. A section is its path of headings read as words: numbers
 * dropped ("A." → "B." renumbers, it does not move anything), case, accents and spacing folded.
 * Two drafts' sections are also matched as headings, so a heading reworded in place
 * ("B. Norms" → "B. Rules and norms") keeps its paragraphs in the same section, while a heading
 * inserted, deleted or changed in standing puts them somewhere else. The standing of a part
 * (recommendations above discussion) makes a change of section a downgrade or an upgrade.
 */
import type { Draft } from '../model/draft';
import { printedHeading } from '../model/draft';
import { sectionStanding as standingOf } from '../lang/structure';
import type { LanguageProfile, Standing } from '../lang/types';
import { STRUCTURE_PROFILE, draftProfile } from '../model/structure-words';

const HEADING_NUMBER = /^\s*(?:[ivxlcdm]+|[a-z]{1,3}|\d+(?:\.\d+)*)\s*[.)]\s+|^\s*\(\s*(?:[ivxlcdm]+|[a-z]{1,3}|\d+)\s*\)\s+/i;
const SEPARATOR = '\u0000';

/** A document has few distinct headings; the bound of these caches only guards against pathological input. */
const CACHE_LIMIT = 10_000;
const foldedHeadings = new Map<string, string>();

/** A heading read as words: number dropped, accents, case, hyphens and spacing folded. */
export function headingWords(heading: string): string {
  let words = foldedHeadings.get(heading);
  if (words === undefined) {
    words = heading
      .replace(HEADING_NUMBER, '')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[\s\u00a0\-\u2010-\u2015_]+/gu, ' ')
      .trim();
    if (foldedHeadings.size < CACHE_LIMIT) foldedHeadings.set(heading, words);
  }
  return words;
}

const keys = new Map<string, string>();
// Paragraphs of a draft share their section arrays, so the array is a cheap first-level key.
const byArray = new WeakMap<readonly string[], string>();

// Paragraphs one after another mostly share one section array: the last one asked is kept at hand.
let lastSection: readonly string[] | null = null;
let lastKey = '';

/** A section path folded to a comparable key: equal keys are the same section. */
export function sectionKey(section: readonly string[]): string {
  if (section === lastSection) return lastKey;
  let key = byArray.get(section);
  if (key !== undefined) {
    lastSection = section;
    lastKey = key;
    return key;
  }
  const joined = section.join(SEPARATOR);
  key = keys.get(joined);
  if (key === undefined) {
    key = section.map(headingWords).join(SEPARATOR);
    if (keys.size < CACHE_LIMIT) keys.set(joined, key);
  }
  byArray.set(section, key);
  lastSection = section;
  lastKey = key;
  return key;
}

/** Where a part stands: 'recommendations' (agreed action) above 'discussion' (mere record). */
export type SectionStanding = Standing | null;

/** The standing of the innermost heading of the path that says one (cues from the draft's language profile). */
export function sectionStanding(section: readonly string[], profile: LanguageProfile = STRUCTURE_PROFILE): SectionStanding {
  return standingOf(section, profile);
}

/**
 * Downgrade (recommendations → discussion), upgrade (the reverse) or neither; each path read in
 * its own draft's language (`toProfile` defaults to `fromProfile`).
 */
export function moveStanding(
  from: readonly string[],
  to: readonly string[],
  fromProfile: LanguageProfile = STRUCTURE_PROFILE,
  toProfile: LanguageProfile = fromProfile,
): 'downgrade' | 'upgrade' | null {
  const a = sectionStanding(from, fromProfile);
  const b = sectionStanding(to, toProfile);
  if (a === 'recommendations' && b === 'discussion') return 'downgrade';
  if (a === 'discussion' && b === 'recommendations') return 'upgrade';
  return null;
}

/**
 * Headings reworded in place between two drafts, as [base section key, target section key]:
 * the sections that stay the same section although their words changed.
 */
export type SectionRenames = ReadonlyArray<readonly [string, string]>;

interface HeadingEntry {
  level: number;
  number: string | null;
  words: ReadonlySet<string>;
  /** Section key of the path this heading opens (its ancestors and itself). */
  key: string;
  standing: SectionStanding;
}

const wordSets = new Map<string, ReadonlySet<string>>();

/** The words of a heading as a set (read only: shared by every draft with that heading). */
function headingWordSet(text: string): ReadonlySet<string> {
  let words = wordSets.get(text);
  if (words === undefined) {
    words = new Set(headingWords(text).split(' ').filter(Boolean));
    if (wordSets.size < CACHE_LIMIT) wordSets.set(text, words);
  }
  return words;
}

const headingStandings = new WeakMap<LanguageProfile, Map<string, SectionStanding>>();

/** The standing one heading says by itself (`sectionStanding` of a path of one), cached per profile. */
function headingStanding(printed: string, profile: LanguageProfile): SectionStanding {
  let byText = headingStandings.get(profile);
  if (byText === undefined) headingStandings.set(profile, (byText = new Map()));
  let standing = byText.get(printed);
  if (standing === undefined) {
    standing = sectionStanding([printed], profile);
    if (byText.size < CACHE_LIMIT) byText.set(printed, standing);
  }
  return standing;
}

/**
 * The headings of a draft with the section each opens, in order. A heading's key and standing
 * grow from its parent's: the key of a path is its headings' words joined (`sectionKey`), its
 * standing the innermost heading's that says one (`sectionStanding`).
 */
function headingEntries(draft: Draft): HeadingEntry[] {
  const profile = draftProfile(draft);
  const out: HeadingEntry[] = [];
  // The open headings, outermost first (entries of `out`: no object of its own per heading).
  const stack: HeadingEntry[] = [];
  for (const b of draft.blocks) {
    if (b.kind !== 'heading') continue;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= b.level) stack.pop();
    const printed = printedHeading(b);
    const parent = stack[stack.length - 1];
    const words = headingWords(printed);
    const entry: HeadingEntry = {
      level: b.level,
      key: parent ? parent.key + SEPARATOR + words : words,
      standing: headingStanding(printed, profile) ?? parent?.standing ?? null,
      number: b.number,
      words: headingWordSet(b.text),
    };
    stack.push(entry);
    out.push(entry);
  }
  return out;
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

/** Share of words two headings have in common (Jaccard). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 1 : common / union;
}

/** Headings with at least this share of words in common may be one heading reworded. */
const RENAME_OVERLAP = 0.5;

/**
 * Matches the two drafts' headings: the same section path on both sides is the same section; a
 * heading left over on each side between two such matches, at the same level and standing, with
 * the same printed number or half its words in common, or the only one left at its level on
 * both sides, is the same section reworded.
 */
export function sectionRenames(base: Draft, target: Draft): SectionRenames {
  const bs = headingEntries(base);
  const ts = headingEntries(target);
  // The target headings with each key, in order: the first, then each one's next (-1: none).
  const firstAt = new Map<string, number>();
  const nextAt = new Int32Array(ts.length).fill(-1);
  for (let i = ts.length - 1; i >= 0; i--) {
    const key = ts[i]!.key;
    const next = firstAt.get(key);
    if (next !== undefined) nextAt[i] = next;
    firstAt.set(key, i);
  }
  // Anchors: equal keys, in order (base and target positions, pair by pair).
  const pairedTarget = new Int32Array(ts.length).fill(-1);
  const anchorBase = new Int32Array(bs.length + 1);
  const anchorTarget = new Int32Array(bs.length + 1);
  let anchors = 0;
  let from = 0;
  for (let i = 0; i < bs.length; i++) {
    let j = firstAt.get(bs[i]!.key) ?? -1;
    while (j !== -1 && !(j >= from && pairedTarget[j] === -1)) j = nextAt[j]!;
    if (j === -1) continue;
    pairedTarget[j] = i;
    anchorBase[anchors] = i;
    anchorTarget[anchors++] = j;
    from = j + 1;
  }
  // The ends of both lists close the last gap.
  anchorBase[anchors] = bs.length;
  anchorTarget[anchors++] = ts.length;
  const renames: [string, string][] = [];
  let pb = 0;
  let pt = 0;
  for (let a = 0; a < anchors; a++) {
    const ab = anchorBase[a]!;
    const at = anchorTarget[a]!;
    // Headings left over on one side only (or on neither) pair with nothing.
    if (ab === pb || at === pt) {
      pb = ab + 1;
      pt = at + 1;
      continue;
    }
    const gapBase = range(pb, ab);
    const gapTarget = range(pt, at);
    const pairedBase = new Set<number>();
    const pairedHere = new Set<number>();
    let t = pt;
    for (const b of gapBase) {
      const bh = bs[b]!;
      for (let k = t; k < at; k++) {
        const th = ts[k]!;
        if (th.level !== bh.level || th.standing !== bh.standing) continue;
        const sameNumber = bh.number !== null && bh.number === th.number;
        if (sameNumber || overlap(bh.words, th.words) >= RENAME_OVERLAP) {
          if (bh.key !== th.key) renames.push([bh.key, th.key]);
          pairedBase.add(b);
          pairedHere.add(k);
          t = k + 1;
          break;
        }
      }
    }
    // One heading left on each side at a level, in the same place: that heading, reworded.
    for (const level of new Set(gapBase.map((b) => bs[b]!.level))) {
      const lb = gapBase.filter((b) => !pairedBase.has(b) && bs[b]!.level === level);
      const lt = gapTarget.filter((k) => !pairedHere.has(k) && ts[k]!.level === level);
      if (lb.length === 1 && lt.length === 1 && bs[lb[0]!]!.standing === ts[lt[0]!]!.standing) renames.push([bs[lb[0]!]!.key, ts[lt[0]!]!.key]);
    }
    pb = ab + 1;
    pt = at + 1;
  }
  return renames;
}

/** True when a base paragraph's section and a target paragraph's section are the same section. */
export function sameSection(base: readonly string[], target: readonly string[], renames: SectionRenames = []): boolean {
  return sameSectionKey(sectionKey(base), sectionKey(target), renames);
}

/** `sameSection` of two section keys. */
export function sameSectionKey(base: string, target: string, renames: SectionRenames = []): boolean {
  if (base === target) return true;
  for (const [from, to] of renames) if (from === base && to === target) return true;
  return false;
}
