/**
 * A Russian stemmer in the Snowball style, for matching watched terms in every case and number:
 * "кибернаемники", "кибернаемников", "кибернаемниками" share the stem "кибернаемник". It follows
 * Snowball's Russian algorithm (region RV after the first vowel, R2; perfective gerunds,
 * reflexives, adjectivals, verbs, nouns, then и, derivational -ость, superlatives and нн) on
 * folded words: folding writes й as и and ё as е, so the ending lists are folded the same way.
 */
import { foldPhrase } from '../../track/fold';
import { longestSuffix, regions } from './regions';

const f = (words: string): string[] => words.split(' ').map(foldPhrase);

const GERUND_1 = f('в вши вшись'); // after а or я
const GERUND_2 = f('ив ивши ившись ыв ывши ывшись');
const ADJECTIVE = f('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
const PARTICIPLE_1 = f('ем нн вш ющ щ'); // after а or я
const PARTICIPLE_2 = f('ивш ывш ующ');
const REFLEXIVE = f('ся сь');
const VERB_1 = f('ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно'); // after а or я
const VERB_2 = f('ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю');
const NOUN = f('а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я');
const SUPERLATIVE = f('ейш ейше');
const DERIVATIONAL = f('ост ость');

const isVowel = (c: string): boolean => 'аеиоуыэюя'.includes(c);

/**
 * Removes the longest suffix of `groups` ending `w` at or after `from`: a suffix of a conditional
 * group only after а or я. Null when the longest is not allowed (Snowball does not try shorter ones).
 */
function removeLongest(w: string, from: number, conditional: readonly string[], plain: readonly string[]): string | null {
  const s = longestSuffix(w, [...conditional, ...plain]);
  if (s === '') return null;
  const p = w.length - s.length;
  if (p < from) return null;
  if (!plain.includes(s) && !(p - 1 >= from && (w[p - 1] === 'а' || w[p - 1] === 'я'))) return null;
  return w.slice(0, p);
}

/** The stem of a folded Russian word. */
export function russianStem(folded: string): string {
  if (folded.length < 3 || !/^[а-я]+$/.test(folded)) return folded;
  let rv = folded.length;
  for (let i = 0; i < folded.length; i++) {
    if (isVowel(folded[i]!)) {
      rv = i + 1;
      break;
    }
  }
  const { r2 } = regions(folded, isVowel);
  let w = folded;

  // Step 1.
  const gerund = removeLongest(w, rv, GERUND_1, GERUND_2);
  if (gerund !== null) w = gerund;
  else {
    w = removeLongest(w, rv, [], REFLEXIVE) ?? w;
    const adjective = removeLongest(w, rv, [], ADJECTIVE);
    if (adjective !== null) w = removeLongest(adjective, rv, PARTICIPLE_1, PARTICIPLE_2) ?? adjective;
    else w = removeLongest(w, rv, VERB_1, VERB_2) ?? removeLongest(w, rv, [], NOUN) ?? w;
  }
  // Step 2.
  if (w.endsWith('и') && w.length - 1 >= rv) w = w.slice(0, -1);
  // Step 3: derivational suffix, wholly in R2.
  const d = longestSuffix(w, DERIVATIONAL);
  if (d !== '' && w.length - d.length >= r2) w = w.slice(0, -d.length);
  // Step 4.
  if (w.endsWith('нн')) w = w.slice(0, -1);
  else {
    const sup = longestSuffix(w, SUPERLATIVE);
    if (sup !== '' && w.length - sup.length >= rv) {
      w = w.slice(0, -sup.length);
      if (w.endsWith('нн')) w = w.slice(0, -1);
    } else if (w.endsWith('ь')) w = w.slice(0, -1);
  }
  return w;
}
