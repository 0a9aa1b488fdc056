/**
 * A French stemmer in the Snowball style, for matching watched terms: "neutralité technologique"
 * and "neutralités technologiques" share their stems ("neutral technolog"). It follows Snowball's
 * French algorithm (regions RV, R1, R2; standard suffixes, verb suffixes, residual suffixes,
 * undoubling) on words already folded (lower case, accents removed, as the matcher sees them).
 * Endings that Snowball tells apart only by an accent ("ât" against "at" in "mandat") are left
 * out, so that folding never makes two forms of one word stem apart.
 */
import { longestInGroups, longestSuffix, regions } from './regions';

const VOWELS = 'aeiouy';
const isVowel = (c: string): boolean => VOWELS.includes(c);

/** Mark u, i and y that act as consonants with capitals (Snowball's prelude). */
function prelude(word: string): string {
  const w = [...word];
  for (let i = 0; i < w.length; i++) {
    const prev = w[i - 1];
    const next = w[i + 1];
    const c = w[i]!;
    if ((c === 'u' || c === 'i') && prev !== undefined && next !== undefined && isVowel(prev) && isVowel(next)) w[i] = c.toUpperCase();
    else if (c === 'y' && ((prev !== undefined && isVowel(prev)) || (next !== undefined && isVowel(next)))) w[i] = 'Y';
    else if (c === 'u' && prev === 'q') w[i] = 'U';
  }
  return w.join('');
}

function rvStart(word: string): number {
  if (/^(?:par|col|tap)/.test(word) || (word.length > 1 && isVowel(word[0]!) && isVowel(word[1]!))) return Math.min(3, word.length);
  for (let i = 1; i < word.length; i++) if (isVowel(word[i]!)) return i + 1;
  return word.length;
}

const STEP1 = {
  deleteR2: ['ance', 'iqUe', 'isme', 'able', 'iste', 'eux', 'ances', 'iqUes', 'ismes', 'ables', 'istes'],
  ation: ['atrice', 'ateur', 'ation', 'atrices', 'ateurs', 'ations'],
  logie: ['logie', 'logies'],
  usion: ['usion', 'ution', 'usions', 'utions'],
  ence: ['ence', 'ences'],
  ement: ['ement', 'ements'],
  ite: ['ite', 'ites'],
  ive: ['if', 'ive', 'ifs', 'ives'],
  eaux: ['eaux'],
  aux: ['aux'],
  euse: ['euse', 'euses'],
  issement: ['issement', 'issements'],
  amment: ['amment'],
  emment: ['emment'],
  ment: ['ment', 'ments'],
} as const;

const STEP2A = [
  'i', 'ie', 'ies', 'ir', 'ira', 'irai', 'iraIent', 'irais', 'irait', 'iras', 'irent', 'irez', 'iriez', 'irions',
  'irons', 'iront', 'is', 'issaIent', 'issais', 'issait', 'issant', 'issante', 'issantes', 'issants', 'isse',
  'issent', 'isses', 'issez', 'issiez', 'issions', 'issons', 'it',
];
const STEP2B_DELETE = ['e', 'ee', 'ees', 'es', 'erent', 'er', 'era', 'erai', 'eraIent', 'erais', 'erait', 'eras', 'erez', 'eriez', 'erions', 'erons', 'eront', 'ez', 'iez'];
const STEP2B_E = ['a', 'ai', 'aIent', 'ais', 'ait', 'ant', 'ante', 'antes', 'ants', 'as', 'asse', 'assent', 'asses', 'assiez', 'assions'];
const STEP2B_ALL = ['ions', ...STEP2B_DELETE, ...STEP2B_E];

/** The stem of a folded French word. */
export function frenchStem(folded: string): string {
  if (folded.length < 3 || !/^[a-z]+$/.test(folded)) return folded;
  let w = prelude(folded);
  const rv = rvStart(w);
  const { r1, r2 } = regions(w, isVowel);
  const at = (suffix: string): number => w.length - suffix.length;
  const cut = (n: number): void => {
    w = w.slice(0, w.length - n);
  };
  const ends = (s: string): boolean => w.endsWith(s);

  // Step 1: standard suffixes (the longest that ends the word decides, even when its condition fails).
  let step1 = false;
  let mentFound = false;
  const found = longestInGroups(w, STEP1);
  if (found !== null) {
    const { suffix: s1, group } = found;
    const p = at(s1);
    const replace = (by: string): void => {
      w = w.slice(0, p) + by;
      step1 = true;
    };
    switch (group) {
      case 'deleteR2':
        if (p >= r2) replace('');
        break;
      case 'ation':
        if (p >= r2) {
          replace('');
          if (ends('ic')) w = at('ic') >= r2 ? w.slice(0, -2) : w.slice(0, -2) + 'iqU';
        }
        break;
      case 'logie':
        if (p >= r2) replace('log');
        break;
      case 'usion':
        if (p >= r2) replace('u');
        break;
      case 'ence':
        if (p >= r2) replace('ent');
        break;
      case 'ement':
        if (p >= rv) {
          replace('');
          if (ends('iv') && at('iv') >= r2) {
            cut(2);
            if (ends('at') && at('at') >= r2) cut(2);
          } else if (ends('eus')) {
            if (at('eus') >= r2) cut(3);
            else if (at('eus') >= r1) w = w.slice(0, -3) + 'eux';
          } else if ((ends('abl') && at('abl') >= r2) || (ends('iqU') && at('iqU') >= r2)) cut(3);
          else if ((ends('ier') || ends('Ier')) && at('ier') >= rv) w = w.slice(0, -3) + 'i';
        }
        break;
      case 'ite':
        if (p >= r2) {
          replace('');
          if (ends('abil')) w = at('abil') >= r2 ? w.slice(0, -4) : w.slice(0, -4) + 'abl';
          else if (ends('ic')) w = at('ic') >= r2 ? w.slice(0, -2) : w.slice(0, -2) + 'iqU';
          else if (ends('iv') && at('iv') >= r2) cut(2);
        }
        break;
      case 'ive':
        if (p >= r2) {
          replace('');
          if (ends('at') && at('at') >= r2) {
            cut(2);
            if (ends('ic')) w = at('ic') >= r2 ? w.slice(0, -2) : w.slice(0, -2) + 'iqU';
          }
        }
        break;
      case 'eaux':
        replace('eau');
        break;
      case 'aux':
        if (p >= r1) replace('al');
        break;
      case 'euse':
        if (p >= r2) replace('');
        else if (p >= r1) replace('eux');
        break;
      case 'issement':
        if (p >= r1 && p > 0 && !isVowel(w[p - 1]!)) replace('');
        break;
      case 'amment':
        if (p >= rv) replace('ant');
        mentFound = true;
        break;
      case 'emment':
        if (p >= rv) replace('ent');
        mentFound = true;
        break;
      case 'ment':
        if (p > rv && isVowel(w[p - 1]!)) replace('');
        mentFound = true;
        break;
    }
  }

  // An adverb's -ment counts as no step 1 (Snowball's routine fails after it): the verb steps follow.
  if (mentFound) step1 = false;
  // Step 2: verb suffixes, when step 1 removed nothing.
  let step2 = false;
  if (!step1) {
    const a = longestSuffix(w, STEP2A);
    if (a !== '' && at(a) >= rv && at(a) - 1 >= rv && !isVowel(w[at(a) - 1]!)) {
      cut(a.length);
      step2 = true;
    } else {
      const b = longestSuffix(w, STEP2B_ALL);
      if (b !== '' && at(b) >= rv) {
        if (b === 'ions') {
          if (at(b) >= r2) {
            cut(4);
            step2 = true;
          }
        } else {
          cut(b.length);
          step2 = true;
          if (STEP2B_E.includes(b) && ends('e') && at('e') >= rv) cut(1);
        }
      }
    }
  }

  if (step1 || step2) {
    // Step 3.
    if (ends('Y')) w = w.slice(0, -1) + 'i';
  } else {
    // Step 4: residual suffixes.
    // Not after a, i, o, u, s, nor e (an è before folding: "procès").
    if (ends('s') && w.length > 1 && !/[aiouse]/.test(w[w.length - 2]!)) cut(1);
    const r = longestSuffix(w, ['ion', 'ier', 'iere', 'Ier', 'Iere', 'e']);
    if (r !== '' && at(r) >= rv) {
      if (r === 'ion') {
        if (at(r) >= r2 && /[st]$/.test(w.slice(0, at(r)))) cut(3);
      } else if (r === 'e') cut(1);
      else w = w.slice(0, at(r)) + 'i';
    }
  }
  // Step 5: undouble.
  if (/(?:enn|onn|ett|ell|eill)$/.test(w)) cut(1);
  return w.toLowerCase();
}
