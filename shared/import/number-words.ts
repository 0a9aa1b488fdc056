/**
 * Numbers spelled out, as Word's `cardinalText` and `ordinalText` list formats print them in the
 * document's language ("One", "First", "Premier", "Первый", "第一"). The wording follows the
 * Unicode CLDR spell-out rules that LibreOffice also prints with, so a draft reads the same in
 * Draftwatch as in a word processor. This is language data: each UN language with a spell-out
 * rule is one entry of `SPELLERS`; a language without one prints plain digits, as LibreOffice does
 * for Arabic.
 */
import { formatNumber, STYLE_MAX } from '../lang/number';

/** Cardinal and ordinal words for one language; `undefined` where the language has no rule. */
interface Speller {
  cardinal(n: number): string;
  ordinal(n: number): string;
}

/** The spelled-out number for `n` in `lang` (a BCP 47 tag), capitalised as a list label, or null. */
export function spellNumber(n: number, kind: 'cardinal' | 'ordinal', lang: string): string | null {
  if (!Number.isInteger(n) || n < 1 || n > 999_999) return null;
  const tag = lang.toLowerCase().replace(/_/g, '-');
  const speller = SPELLERS[tag] ?? SPELLERS[tag.split('-')[0]!];
  if (!speller) return null;
  const words = kind === 'cardinal' ? speller.cardinal(n) : speller.ordinal(n);
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// ---------------------------------------------------------------------------------------------
// English

const EN_ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_ORD: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** English numbers; British usage (`and` after "hundred") when `british`. */
function enCardinal(n: number, british = false): string {
  if (n < 20) return EN_ONES[n]!;
  if (n < 100) return EN_TENS[Math.floor(n / 10)]! + (n % 10 ? `-${EN_ONES[n % 10]}` : '');
  if (n < 1000) return `${EN_ONES[Math.floor(n / 100)]} hundred${n % 100 ? `${british ? ' and' : ''} ${enCardinal(n % 100)}` : ''}`;
  const rest = n % 1000;
  const head = `${enCardinal(Math.floor(n / 1000), british)} thousand`;
  return `${head}${rest === 0 ? '' : rest < 100 ? ` and ${enCardinal(rest)}` : ` ${enCardinal(rest, british)}`}`;
}

function enOrdinal(n: number, british = false): string {
  const words = enCardinal(n, british);
  const m = /^(.*?)([a-z]+)$/.exec(words)!;
  const last = m[2]!;
  const ord = EN_ORD[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return m[1]! + ord;
}

// ---------------------------------------------------------------------------------------------
// French (hyphens throughout, as in the 1990 spelling CLDR follows)

const FR_ONES = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
  'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'];

function frBelow100(n: number): string {
  if (n < 20) return FR_ONES[n]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (t === 7 || t === 9) {
    const rest = n - (t === 7 ? 60 : 80);
    return `${FR_TENS[t]}${t === 7 && rest === 11 ? '-et' : ''}-${FR_ONES[rest]}`;
  }
  if (u === 0) return t === 8 ? 'quatre-vingts' : FR_TENS[t]!;
  if (u === 1 && t !== 8) return `${FR_TENS[t]}-et-un`;
  return `${FR_TENS[t]}-${FR_ONES[u]}`;
}

function frCardinal(n: number): string {
  if (n < 100) return frBelow100(n);
  if (n < 1000) {
    const h = Math.floor(n / 100);
    const rest = n % 100;
    const hundred = h === 1 ? 'cent' : `${FR_ONES[h]}-cent${rest === 0 ? 's' : ''}`;
    return rest === 0 ? hundred : `${hundred}-${frBelow100(rest)}`;
  }
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const thousand = th === 1 ? 'mille' : `${frCardinalInner(th)}-mille`;
  return rest === 0 ? thousand : `${thousand}-${frCardinal(rest)}`;
}

/** Before "mille", "quatre-vingts" and "deux-cents" lose their plural s. */
function frCardinalInner(n: number): string {
  return frCardinal(n).replace(/(vingt|cent)s$/, '$1');
}

function frOrdinal(n: number): string {
  if (n === 1) return 'premier';
  const words = frCardinal(n);
  if (words.endsWith('mille')) return `${words.slice(0, -1)}ième`;
  if (words.endsWith('cinq')) return `${words}uième`;
  if (words.endsWith('neuf')) return `${words.slice(0, -1)}vième`;
  if (/[e]$/.test(words)) return `${words.slice(0, -1)}ième`;
  return `${words}ième`;
}

// ---------------------------------------------------------------------------------------------
// Spanish

const ES_ONES = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce',
  'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós',
  'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS = ['', '', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos',
  'ochocientos', 'novecientos'];

function esCardinal(n: number): string {
  if (n < 30) return ES_ONES[n]!;
  if (n < 100) return ES_TENS[Math.floor(n / 10)]! + (n % 10 ? ` y ${ES_ONES[n % 10]}` : '');
  if (n < 1000) {
    if (n === 100) return 'cien';
    return ES_HUNDREDS[Math.floor(n / 100)]! + (n % 100 ? ` ${esCardinal(n % 100)}` : '');
  }
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const thousand = th === 1 ? 'mil' : `${esApocopated(th)} mil`;
  return rest === 0 ? thousand : `${thousand} ${esCardinal(rest)}`;
}

/** "uno" before a noun ("veintiún mil"). */
function esApocopated(n: number): string {
  return esCardinal(n).replace(/veintiuno$/, 'veintiún').replace(/uno$/, 'un');
}

const ES_ORD_ONES = ['', 'primero', 'segundo', 'tercero', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno'];
const ES_ORD_TENS = ['', 'décimo', 'vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo',
  'octogésimo', 'nonagésimo'];
const ES_ORD_HUNDREDS = ['', 'centésimo', 'ducentésimo', 'tricentésimo', 'cuadringentésimo', 'quingentésimo', 'sexcentésimo',
  'septingentésimo', 'octingentésimo', 'noningentésimo'];

function esOrdinal(n: number): string {
  if (n < 10) return ES_ORD_ONES[n]!;
  if (n < 30) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    if (u === 0) return ES_ORD_TENS[t]!;
    // One word below thirty: "decimoprimero", "vigesimoctavo" is "vigesimooctavo" in CLDR.
    const stem = t === 1 ? 'decimo' : 'vigesimo';
    return t === 1 && u === 8 ? 'decimoctavo' : stem + ES_ORD_ONES[u]!;
  }
  if (n < 100) return ES_ORD_TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${ES_ORD_ONES[n % 10]}` : '');
  if (n < 1000) return ES_ORD_HUNDREDS[Math.floor(n / 100)]! + (n % 100 ? ` ${esOrdinal(n % 100)}` : '');
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const thousand = th === 1 ? 'milésimo' : `${esApocopated(th)} milésimo`;
  return rest === 0 ? thousand : `${thousand} ${esOrdinal(rest)}`;
}

// ---------------------------------------------------------------------------------------------
// Russian (masculine nominative, as list labels are)

const RU_ONES = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять', 'одиннадцать',
  'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
const RU_ORD_ONES = ['', 'первый', 'второй', 'третий', 'четвёртый', 'пятый', 'шестой', 'седьмой', 'восьмой', 'девятый', 'десятый',
  'одиннадцатый', 'двенадцатый', 'тринадцатый', 'четырнадцатый', 'пятнадцатый', 'шестнадцатый', 'семнадцатый', 'восемнадцатый',
  'девятнадцатый'];
const RU_ORD_TENS = ['', '', 'двадцатый', 'тридцатый', 'сороковой', 'пятидесятый', 'шестидесятый', 'семидесятый',
  'восьмидесятый', 'девяностый'];
const RU_ORD_HUNDREDS = ['', 'сотый', 'двухсотый', 'трёхсотый', 'четырёхсотый', 'пятисотый', 'шестисотый', 'семисотый',
  'восьмисотый', 'девятисотый'];
/** Genitive stems that join "тысячный" ("двухтысячный", "десятитысячный"). */
const RU_GEN_ONES = ['', 'одно', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти', 'одиннадцати',
  'двенадцати', 'тринадцати', 'четырнадцати', 'пятнадцати', 'шестнадцати', 'семнадцати', 'восемнадцати', 'девятнадцати'];
const RU_GEN_TENS = ['', '', 'двадцати', 'тридцати', 'сорока', 'пятидесяти', 'шестидесяти', 'семидесяти', 'восьмидесяти', 'девяноста'];
const RU_GEN_HUNDREDS = ['', 'сто', 'двухсот', 'трёхсот', 'четырёхсот', 'пятисот', 'шестисот', 'семисот', 'восьмисот', 'девятисот'];

function ruBelow1000(n: number, feminine: boolean): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(RU_HUNDREDS[Math.floor(n / 100)]!);
  const r = n % 100;
  if (r >= 20) {
    parts.push(RU_TENS[Math.floor(r / 10)]!);
    if (r % 10) parts.push(ruUnit(r % 10, feminine));
  } else if (r > 0) parts.push(ruUnit(r, feminine));
  return parts.join(' ');
}

function ruUnit(n: number, feminine: boolean): string {
  if (feminine && n === 1) return 'одна';
  if (feminine && n === 2) return 'две';
  return RU_ONES[n]!;
}

/** "тысяча", "тысячи", "тысяч" by the count before it. */
function ruThousands(n: number): string {
  const r = n % 100;
  const u = n % 10;
  if (r >= 11 && r <= 14) return 'тысяч';
  if (u === 1) return 'тысяча';
  if (u >= 2 && u <= 4) return 'тысячи';
  return 'тысяч';
}

function ruCardinal(n: number): string {
  if (n < 1000) return ruBelow1000(n, false);
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  const thousand = `${ruBelow1000(th, true)} ${ruThousands(th)}`;
  return rest === 0 ? thousand : `${thousand} ${ruBelow1000(rest, false)}`;
}

function ruOrdinalBelow1000(n: number): string {
  const r = n % 100;
  const h = Math.floor(n / 100);
  if (r === 0) return RU_ORD_HUNDREDS[h]!;
  const head = h > 0 ? `${RU_HUNDREDS[h]} ` : '';
  if (r < 20) return head + RU_ORD_ONES[r]!;
  if (r % 10 === 0) return head + RU_ORD_TENS[r / 10]!;
  return `${head}${RU_TENS[Math.floor(r / 10)]} ${RU_ORD_ONES[r % 10]}`;
}

function ruGenitive(n: number): string {
  const parts: string[] = [];
  if (n >= 100) parts.push(RU_GEN_HUNDREDS[Math.floor(n / 100)]!);
  const r = n % 100;
  if (r >= 20) {
    parts.push(RU_GEN_TENS[Math.floor(r / 10)]!);
    if (r % 10) parts.push(RU_GEN_ONES[r % 10]!);
  } else if (r > 0) parts.push(RU_GEN_ONES[r]!);
  return parts.join('');
}

function ruOrdinal(n: number): string {
  if (n < 1000) return ruOrdinalBelow1000(n);
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  if (rest === 0) return th === 1 ? 'тысячный' : `${ruGenitive(th)}тысячный`;
  return `${ruBelow1000(th, true)} ${ruThousands(th)} ${ruOrdinalBelow1000(rest)}`;
}

// ---------------------------------------------------------------------------------------------
// Chinese: the language profile's numerals (一, 十一, 一百零一); ordinals keep the 一 of 10–19 (第一十).

function zhCardinal(n: number): string {
  return n <= STYLE_MAX.chineseCounting ? formatNumber(n, 'chineseCounting') : String(n);
}

function zhOrdinal(n: number): string {
  return `第${n >= 10 && n < 20 ? '一' : ''}${zhCardinal(n)}`;
}

// ---------------------------------------------------------------------------------------------

const BRITISH: Speller = { cardinal: (n) => enCardinal(n, true), ordinal: (n) => enOrdinal(n, true) };

const SPELLERS: Readonly<Record<string, Speller>> = {
  en: { cardinal: (n) => enCardinal(n), ordinal: (n) => enOrdinal(n) },
  // British usage, which the UN also follows ("one hundred and one"), as CLDR gives it.
  ...Object.fromEntries(['en-gb', 'en-au', 'en-ie', 'en-nz'].map((tag) => [tag, BRITISH])),
  fr: { cardinal: frCardinal, ordinal: frOrdinal },
  es: { cardinal: esCardinal, ordinal: esOrdinal },
  ru: { cardinal: ruCardinal, ordinal: ruOrdinal },
  zh: { cardinal: zhCardinal, ordinal: zhOrdinal },
};
