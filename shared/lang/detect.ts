/**
 * Which language a text is in: the script of its letters first (Arabic, Chinese and Russian each
 * have their own), then, among languages sharing a script (English, French, Spanish), the words
 * each language uses: its common words and the words of its own vocabularies (part headings,
 * hedging scales, months), a word shared by several counting for each in part. The answer is a
 * profile code with a confidence in [0, 1]; a person's choice, per draft or per project, always
 * overrides it (`resolveLanguage`).
 */
import { foldPhrase } from '../track/fold';
import { UNSPACED } from './script';
import type { LanguageProfile } from './types';

/** What detection found. */
export interface Detection {
  /** The profile code, or null when the text has no letters of any profile's script. */
  code: string | null;
  /**
   * How sure: the share of the text's letters in that language's script, times how clearly the
   * evidence sets it apart (letters of a script only it uses; words more than the next language).
   */
  confidence: number;
  /** Each profile's score (the same measure as `confidence`, before the margin). */
  scores: Readonly<Record<string, number>>;
}

/** Enough text to decide; the rest of a long draft adds nothing but time. */
const SAMPLE = 20_000;
/** Below this many letters of a script only one language writes in, a detection is less sure. */
const LETTERS_FOR_CERTAINTY = 40;
/** Among languages sharing a script, every this many words more for the leader halve the doubt. */
const WORDS_TO_HALVE_DOUBT = 2;

interface Lexicon {
  profiles: readonly LanguageProfile[];
  scripts: Map<string, RegExp>;
  /** Folded word → the profiles whose lexicon has it. */
  words: Map<string, LanguageProfile[]>;
  /** Unspaced-script words, searched as substrings. */
  unspaced: Map<LanguageProfile, string[]>;
}

const lexicons = new WeakMap<readonly LanguageProfile[], Lexicon>();

/** A profile's detection words: its common words and every word of its own vocabularies. */
function vocabulary(p: LanguageProfile): string[] {
  const phrases = [
    ...p.detect.commonWords,
    ...p.structure.parts,
    ...p.hedging.modal.flatMap((e) => e.forms),
    ...p.hedging.verb.flatMap((e) => e.forms),
    ...p.hedging.qualifiers,
    ...p.dates.months.flat(),
  ];
  return [...new Set(phrases.flatMap((ph) => foldPhrase(ph).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 0))];
}

function lexicon(profiles: readonly LanguageProfile[]): Lexicon {
  let lx = lexicons.get(profiles);
  if (lx) return lx;
  const scripts = new Map<string, RegExp>();
  const words = new Map<string, LanguageProfile[]>();
  const unspaced = new Map<LanguageProfile, string[]>();
  for (const p of profiles) {
    if (!scripts.has(p.detect.script)) scripts.set(p.detect.script, new RegExp(`\\p{Script=${p.detect.script}}`, 'gu'));
    const vocab = vocabulary(p);
    unspaced.set(p, vocab.filter((w) => UNSPACED.test(w)));
    for (const w of vocab) {
      if (UNSPACED.test(w)) continue;
      const list = words.get(w);
      if (list) list.push(p);
      else words.set(w, [p]);
    }
  }
  lx = { profiles, scripts, words, unspaced };
  lexicons.set(profiles, lx);
  return lx;
}

const count = (text: string, re: RegExp): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
};

/** The language of a text (or of a draft's paragraphs) among `profiles`. */
export function detectLanguage(text: string | readonly string[], profiles: readonly LanguageProfile[]): Detection {
  const joined = typeof text === 'string' ? text : text.join('\n');
  const sample = joined.length > SAMPLE ? joined.slice(0, SAMPLE) : joined;
  const lx = lexicon(profiles);
  const letters = count(sample, /\p{L}/gu);
  const scores: Record<string, number> = Object.fromEntries(profiles.map((p) => [p.code, 0]));
  if (letters === 0) return { code: null, confidence: 0, scores };

  const folded = foldPhrase(sample);
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  let best: LanguageProfile | null = null;
  let sureness = 0;
  let bestShare = 0;
  for (const [script, re] of lx.scripts) {
    const share = count(sample, re) / letters;
    if (share === 0) continue;
    const candidates = profiles.filter((p) => p.detect.script === script);
    // Evidence for each candidate: its words in the text, a word shared by k languages counting 1/k;
    // then its hint letters; unspaced words are counted as substrings.
    const hits = new Map<LanguageProfile, number>(candidates.map((p) => [p, 0]));
    if (candidates.length > 1) {
      for (const t of tokens) {
        const owners = lx.words.get(t)?.filter((p) => hits.has(p));
        if (!owners || owners.length === 0) continue;
        for (const p of owners) hits.set(p, hits.get(p)! + 1 / owners.length);
      }
      for (const p of candidates) {
        for (const w of lx.unspaced.get(p)!) if (folded.includes(w)) hits.set(p, hits.get(p)! + 1);
        const hint = p.detect.letters ? count(sample.toLowerCase(), new RegExp(`[${p.detect.letters}]`, 'gu')) : 0;
        hits.set(p, hits.get(p)! + hint * 0.25);
      }
    }
    const total = [...hits.values()].reduce((a, b) => a + b, 0);
    for (const p of candidates) scores[p.code] = share * (candidates.length === 1 ? 1 : total > 0 ? hits.get(p)! / total : 1 / candidates.length);
    const ranked = [...candidates].sort((a, b) => scores[b.code]! - scores[a.code]!);
    const top = ranked[0]!;
    if (best === null || scores[top.code]! > scores[best.code]!) {
      best = top;
      bestShare = share;
      if (candidates.length === 1) {
        // Unspaced scripts pack a word in one or two letters: a short Chinese text is already telling.
        const first = new RegExp(re.source, 'u').exec(sample)![0];
        const weight = UNSPACED.test(first) ? 3 : 1;
        sureness = Math.min(1, (share * letters * weight) / LETTERS_FOR_CERTAINTY);
      } else {
        // Each word more for the leader than for the next halves the doubt that remains.
        const lead = hits.get(top)! - (ranked[1] ? hits.get(ranked[1])! : 0);
        sureness = 1 - 2 ** (-lead / WORDS_TO_HALVE_DOUBT);
      }
    }
  }
  const confidence = best === null ? 0 : round(bestShare * sureness);
  // Letters but no word of any language (a label, "(a)"): no language either.
  if (best === null || confidence === 0) return { code: null, confidence: 0, scores };
  return { code: best.code, confidence, scores };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Where a draft's language came from. */
export type LanguageSource = 'draft' | 'project' | 'detected' | 'default';

/** The language a draft is read in: a person's choice for the draft, then for the project, then detection, then the default. */
export function resolveLanguage(
  choice: { draft?: string | null; project?: string | null; detected?: Detection | null },
  known: (code: string) => boolean,
  fallback: string,
  threshold = 0.5,
): { code: string; source: LanguageSource } {
  if (choice.draft && known(choice.draft)) return { code: choice.draft, source: 'draft' };
  if (choice.project && known(choice.project)) return { code: choice.project, source: 'project' };
  const d = choice.detected;
  if (d && d.code !== null && d.confidence >= threshold && known(d.code)) return { code: d.code, source: 'detected' };
  return { code: fallback, source: 'default' };
}
