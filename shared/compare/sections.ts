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

/** A heading read as words: number dropped, accents, case, hyphens and spacing folded. */
export function headingWords(heading: string): string {
  return heading
    .replace(HEADING_NUMBER, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\-\u2010-\u2015_]+/gu, ' ')
    .trim();
}

const keys = new Map<string, string>();
// Paragraphs of a draft share their section arrays, so the array is a cheap first-level key.
const byArray = new WeakMap<readonly string[], string>();

/** A section path folded to a comparable key: equal keys are the same section. */
export function sectionKey(section: readonly string[]): string {
  let key = byArray.get(section);
  if (key !== undefined) return key;
  const joined = section.join(SEPARATOR);
  key = keys.get(joined);
  if (key === undefined) {
    key = section.map(headingWords).join(SEPARATOR);
    // A document has few distinct section paths; the bound only guards against pathological input.
    if (keys.size < 10_000) keys.set(joined, key);
  }
  byArray.set(section, key);
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
  words: Set<string>;
  /** Section key of the path this heading opens (its ancestors and itself). */
  key: string;
  standing: SectionStanding;
}

/** The headings of a draft with the section each opens, in order. */
function headingEntries(draft: Draft): HeadingEntry[] {
  const profile = draftProfile(draft);
  const out: HeadingEntry[] = [];
  const stack: { level: number; printed: string }[] = [];
  for (const b of draft.blocks) {
    if (b.kind !== 'heading') continue;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= b.level) stack.pop();
    stack.push({ level: b.level, printed: printedHeading(b) });
    const path = stack.map((s) => s.printed);
    out.push({
      level: b.level,
      number: b.number,
      words: new Set(headingWords(b.text).split(' ').filter(Boolean)),
      key: sectionKey(path),
      standing: sectionStanding(path, profile),
    });
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
  const targetAt = new Map<string, number[]>();
  ts.forEach((t, i) => targetAt.set(t.key, [...(targetAt.get(t.key) ?? []), i]));
  // Anchors: equal keys, in order.
  const pairedTarget = new Int32Array(ts.length).fill(-1);
  const anchors: [number, number][] = [];
  let from = 0;
  bs.forEach((b, i) => {
    const j = (targetAt.get(b.key) ?? []).find((k) => k >= from && pairedTarget[k] === -1);
    if (j === undefined) return;
    pairedTarget[j] = i;
    anchors.push([i, j]);
    from = j + 1;
  });
  const renames: [string, string][] = [];
  let pb = 0;
  let pt = 0;
  for (const [ab, at] of [...anchors, [bs.length, ts.length] as [number, number]]) {
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
  const b = sectionKey(base);
  const t = sectionKey(target);
  if (b === t) return true;
  for (const [from, to] of renames) if (from === b && to === t) return true;
  return false;
}
