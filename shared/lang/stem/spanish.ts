/**
 * A Spanish stemmer in the Snowball style, for matching watched terms: "neutralidad tecnológica"
 * and "neutralidades tecnológicas" share their stems ("neutral tecnolog"). It follows Snowball's
 * Spanish algorithm (regions RV, R1, R2; standard suffixes, verb suffixes, residual suffixes) on
 * folded words (lower case, accents removed). Verb endings that Snowball tells apart from noun
 * endings only by an accent ("ió", "ía", "erá") are left out, so that "voluntario",
 * "voluntaria" and "voluntarios" keep one stem once folded. Attached pronouns (Snowball's step 0)
 * are left on: watched terms are nouns and their modifiers.
 */
import { longestInGroups, longestSuffix, regions } from './regions';

const isVowel = (c: string): boolean => 'aeiou'.includes(c);

function rvStart(w: string): number {
  if (w.length < 3) return w.length;
  if (!isVowel(w[1]!)) {
    for (let i = 2; i < w.length; i++) if (isVowel(w[i]!)) return i + 1;
    return w.length;
  }
  if (isVowel(w[0]!)) {
    for (let i = 2; i < w.length; i++) if (!isVowel(w[i]!)) return i + 1;
    return w.length;
  }
  return 3;
}

const STEP1 = {
  deleteR2: ['anza', 'anzas', 'ico', 'ica', 'icos', 'icas', 'ismo', 'ismos', 'able', 'ables', 'ible', 'ibles', 'ista', 'istas', 'oso', 'osa', 'osos', 'osas', 'amiento', 'amientos', 'imiento', 'imientos'],
  ador: ['adora', 'ador', 'acion', 'adoras', 'adores', 'aciones', 'ante', 'antes', 'ancia', 'ancias'],
  logia: ['logia', 'logias'],
  ucion: ['ucion', 'uciones'],
  encia: ['encia', 'encias'],
  amente: ['amente'],
  mente: ['mente'],
  idad: ['idad', 'idades'],
  iva: ['iva', 'ivo', 'ivas', 'ivos'],
} as const;

const STEP2A = ['ya', 'ye', 'yan', 'yen', 'yeron', 'yendo', 'yo', 'yas', 'yes', 'yais', 'yamos'];
const STEP2B_GU = ['en', 'es', 'emos'];
const STEP2B = [
  'aba', 'ada', 'ida', 'ara', 'iera', 'ad', 'ed', 'id', 'ase', 'iese', 'aste', 'iste', 'an', 'aban', 'aran', 'ieran',
  'asen', 'iesen', 'aron', 'ieron', 'ado', 'ido', 'ando', 'iendo', 'ar', 'er', 'ir', 'as', 'abas', 'adas', 'idas',
  'aras', 'ieras', 'ases', 'ieses', 'abais', 'arais', 'ierais', 'aseis', 'ieseis', 'asteis', 'isteis', 'ados', 'idos',
  'amos', 'imos', 'aremos', 'eremos', 'iremos',
];

/** The stem of a folded Spanish word. */
export function spanishStem(folded: string): string {
  if (folded.length < 3 || !/^[a-zñ]+$/.test(folded)) return folded;
  let w = folded;
  const rv = rvStart(w);
  const { r1, r2 } = regions(w, isVowel);
  const at = (suffix: string): number => w.length - suffix.length;
  const ends = (s: string): boolean => w.endsWith(s);
  const cut = (n: number): void => {
    w = w.slice(0, w.length - n);
  };

  let step1 = false;
  const found = longestInGroups(w, STEP1);
  if (found !== null) {
    const { suffix: s1, group } = found;
    const p = at(s1);
    const replace = (by: string): void => {
      w = w.slice(0, p) + by;
      step1 = true;
    };
    const andAfter = (...prefixes: string[]): void => {
      for (const pre of prefixes) {
        if (ends(pre)) {
          if (at(pre) >= r2) cut(pre.length);
          return;
        }
      }
    };
    switch (group) {
      case 'deleteR2':
        if (p >= r2) replace('');
        break;
      case 'ador':
        if (p >= r2) {
          replace('');
          andAfter('ic');
        }
        break;
      case 'logia':
        if (p >= r2) replace('log');
        break;
      case 'ucion':
        if (p >= r2) replace('u');
        break;
      case 'encia':
        if (p >= r2) replace('ente');
        break;
      case 'amente':
        if (p >= r1) {
          replace('');
          if (ends('iv') && at('iv') >= r2) {
            cut(2);
            if (ends('at') && at('at') >= r2) cut(2);
          } else andAfter('os', 'ic', 'ad');
        }
        break;
      case 'mente':
        if (p >= r2) {
          replace('');
          andAfter('ante', 'able', 'ible');
        }
        break;
      case 'idad':
        if (p >= r2) {
          replace('');
          andAfter('abil', 'ic', 'iv');
        }
        break;
      case 'iva':
        if (p >= r2) {
          replace('');
          andAfter('at');
        }
        break;
    }
  }

  if (!step1) {
    const a = longestSuffix(w, STEP2A);
    if (a !== '' && at(a) >= rv && w[at(a) - 1] === 'u') cut(a.length);
    else {
      const b = longestSuffix(w, [...STEP2B_GU, ...STEP2B]);
      if (b !== '' && at(b) >= rv) {
        cut(b.length);
        if (STEP2B_GU.includes(b) && ends('gu')) cut(1);
      }
    }
  }

  // Step 3: residual suffixes.
  const r = longestSuffix(w, ['os', 'a', 'o', 'e']);
  if (r !== '' && at(r) >= rv) {
    cut(r.length);
    if (r === 'e' && ends('gu') && at('u') >= rv) cut(1);
  }
  return w;
}
