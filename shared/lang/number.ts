/**
 * Numbers as the six UN languages print them in labels: decimal digits of any script, roman
 * numerals, Latin and Cyrillic letter sequences, Arabic letters in abjad and alphabetical order,
 * Arabic letter names ("ألف", "باء") and ordinals ("أولا", "ثانيا"), and Chinese numerals
 * (一, 十一, 一百零一). Each style prints a positive integer and reads it back: `parseNumber`
 * accepts what `formatNumber` prints (and the usual variant spellings), nothing malformed.
 * Style names follow Word's `w:numFmt` where Word has the style.
 */
import { fromLetters, fromRoman, toLetters, toRoman } from '../import/numbers';

export type NumberStyle =
  | 'decimal'
  | 'arabicIndic'
  | 'upperRoman'
  | 'lowerRoman'
  | 'upperLetter'
  | 'lowerLetter'
  | 'russianUpper'
  | 'russianLower'
  | 'arabicAbjad'
  | 'arabicAlpha'
  | 'arabicLetterName'
  | 'arabicOrdinal'
  | 'chineseCounting';

/** Every style, for tests and validation. */
export const NUMBER_STYLES: readonly NumberStyle[] = [
  'decimal', 'arabicIndic', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'russianUpper',
  'russianLower', 'arabicAbjad', 'arabicAlpha', 'arabicLetterName', 'arabicOrdinal', 'chineseCounting',
];

// Russian list letters skip ё, й, ъ and ь (а), б), в) … з), и), к) …), as Word's russianLower
// does in LibreOffice (__fixtures__/lo-numbering.txt).
const RUSSIAN = [...'абвгдежзиклмнопрстуфхцчшщыэюя'];
/** The Russian list letters, in order (Word's russianLower). */
export const RUSSIAN_LETTERS: readonly string[] = RUSSIAN;
// Abjad order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), as UN Arabic texts letter subparagraphs.
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];
const ALPHA = ['أ', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق', 'ك', 'ل', 'م', 'ن', 'هـ', 'و', 'ي'];
// The letters' names in abjad order: UN Arabic section headings ("ألف -", "باء -", "جيم -").
const LETTER_NAMES = [
  'ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام', 'ميم', 'نون',
  'سين', 'عين', 'فاء', 'صاد', 'قاف', 'راء', 'شين', 'تاء', 'ثاء', 'خاء', 'ذال', 'ضاد', 'ظاء', 'غين',
];
// Ordinal adverbs of UN Arabic chapter headings ("أولا -", "ثانيا -"), and their parts beyond ten.
const ORDINALS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا'];
const ORDINAL_UNITS = ['حادي', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع'];
const TENS = ['عشر', 'عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
const CHINESE_DIGITS = [...'零一二三四五六七八九'];
const CHINESE_UNITS: readonly [number, string][] = [[10000, '万'], [1000, '千'], [100, '百'], [10, '十'], [1, '']];

/** The largest number each style prints as itself (beyond it, `formatNumber` prints decimal digits). */
export const STYLE_MAX: Readonly<Record<NumberStyle, number>> = {
  decimal: 999_999,
  arabicIndic: 999_999,
  upperRoman: 3999,
  lowerRoman: 3999,
  upperLetter: 780,
  lowerLetter: 780,
  russianUpper: RUSSIAN.length * 30,
  russianLower: RUSSIAN.length * 30,
  arabicAbjad: ABJAD.length * 30,
  arabicAlpha: ALPHA.length * 30,
  arabicLetterName: LETTER_NAMES.length,
  arabicOrdinal: 99,
  chineseCounting: 99_999,
};

const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0xff10, 0x966];

/** The same number with every decimal digit (Arabic-Indic, Persian, full-width, Devanagari) as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u0966-\u096f]/g, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

/**
 * Arabic letters compared as written by hand: marks (tanween, hamza above and below), the
 * tatweel and the alef and yeh variants do not tell two labels apart ("هـ" = "ه", "أولاً" = "أولا").
 */
export function plainArabic(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}|\u0640/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064a')
    .normalize('NFC');
}

/**
 * Letters counting past the alphabet as Word's Cyrillic and Arabic formats do (LibreOffice shows
 * them so): а…я, then аа, аб, ав … (a bijective numeral), unlike Latin letters (aa, bb, cc).
 */
/** `n` ≥ 1 in an alphabet counted as a bijective base (а…я, аа, аб…), as Word and LibreOffice number lists. */
export function toSequence(n: number, alphabet: readonly string[]): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / alphabet.length)) out = alphabet[(rest - 1) % alphabet.length]! + out;
  return out;
}

function fromSequence(s: string, alphabet: readonly string[], same: (s: string) => string = (x) => x): number | null {
  const letters = alphabet.map(same);
  let plain = same(s);
  let n = 0;
  while (plain !== '') {
    const i = letters.findIndex((l) => plain.startsWith(l));
    if (i < 0) return null;
    n = n * letters.length + i + 1;
    plain = plain.slice(letters[i]!.length);
  }
  return n > 0 ? n : null;
}

function arabicOrdinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1]!;
  if (n < 20) return `${ORDINAL_UNITS[n - 11]!} ${TENS[0]!}`;
  const unit = n % 10;
  const tens = TENS[Math.floor(n / 10) - 1]!;
  return unit === 0 ? tens : `${ORDINAL_UNITS[unit - 1]!} و${tens}`;
}

let ordinalIndex: Map<string, number> | null = null;
function parseArabicOrdinal(s: string): number | null {
  if (ordinalIndex === null) {
    ordinalIndex = new Map();
    for (let n = 1; n <= STYLE_MAX.arabicOrdinal; n++) ordinalIndex.set(plainArabic(arabicOrdinal(n)), n);
  }
  // "حادي عشر", "حادي  عشر" and "الحادي عشر" (with the article) read the same.
  const plain = plainArabic(s).replace(/\s+/g, ' ').replace(/و\s+/g, 'و').trim();
  // The ordinal adjective ("الأول", "الثاني", as in "المرفق الأول") is the adverb without its final alef.
  const adjective = plain.replace(/^ال/, '');
  return ordinalIndex.get(plain) ?? ordinalIndex.get(adjective) ?? ordinalIndex.get(`${adjective}ا`) ?? null;
}

function chinese(n: number): string {
  let out = '';
  let zero = false;
  for (const [value, unit] of CHINESE_UNITS) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += CHINESE_DIGITS[digit]! + unit;
  }
  // 10–19 are written 十, 十一 … not 一十, 一十一.
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

function parseChinese(s: string): number | null {
  const plain = s.replace(/〇/g, '零').replace(/两/g, '二');
  if (!/^[零一二三四五六七八九十百千万]{1,12}$/.test(plain)) return null;
  let total = 0;
  let digit = 0;
  for (const ch of plain) {
    const d = CHINESE_DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const unit = CHINESE_UNITS.find(([, u]) => u === ch)?.[0] ?? 0;
    total += (digit || (unit === 10 ? 1 : 0)) * unit;
    digit = 0;
  }
  total += digit;
  if (total < 1 || total > STYLE_MAX.chineseCounting) return null;
  // Only well-formed numerals: the canonical spelling, or 一十… (as some numbering prints 10–19).
  const canonical = chinese(total);
  return canonical === plain || (total >= 10 && total < 20 && `一${canonical}` === plain) ? total : null;
}

/** `n` (a positive integer) printed in `style`; decimal digits when the style cannot print it. */
export function formatNumber(n: number, style: NumberStyle): string {
  if (!Number.isInteger(n) || n < 1 || n > STYLE_MAX[style]) return String(n);
  switch (style) {
    case 'decimal':
      return String(n);
    case 'arabicIndic':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
    case 'upperRoman':
      return toRoman(n).toUpperCase();
    case 'lowerRoman':
      return toRoman(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerLetter':
      return toLetters(n);
    case 'russianUpper': {
      // Only the first letter is a capital past the alphabet ("Аа", "Аб"), as LibreOffice prints it.
      const lower = toSequence(n, RUSSIAN);
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    }
    case 'russianLower':
      return toSequence(n, RUSSIAN);
    case 'arabicAbjad':
      return toSequence(n, ABJAD);
    case 'arabicAlpha':
      return toSequence(n, ALPHA);
    case 'arabicLetterName':
      return LETTER_NAMES[n - 1]!;
    case 'arabicOrdinal':
      return arabicOrdinal(n);
    case 'chineseCounting':
      return chinese(n);
  }
}

/** The value of `printed` read in `style`, or null when it is not a number of that style. */
export function parseNumber(printed: string, style: NumberStyle): number | null {
  const s = printed.trim();
  if (s === '') return null;
  const cased = (upper: boolean): boolean => s === (upper ? s.toUpperCase() : s.toLowerCase());
  switch (style) {
    case 'decimal': {
      const ascii = asciiDigits(s);
      return /^\d{1,6}$/.test(ascii) && Number(ascii) >= 1 ? Number(ascii) : null;
    }
    case 'arabicIndic':
      return /^[\u0660-\u0669\u06f0-\u06f9]{1,6}$/.test(s) && Number(asciiDigits(s)) >= 1 ? Number(asciiDigits(s)) : null;
    case 'upperRoman':
    case 'lowerRoman':
      return cased(style === 'upperRoman') ? fromRoman(s) : null;
    case 'upperLetter':
    case 'lowerLetter':
      return cased(style === 'upperLetter') && /^[a-z]+$/i.test(s) ? fromLetters(s) : null;
    case 'russianUpper':
      return s.charAt(0) === s.charAt(0).toUpperCase() && s.slice(1) === s.slice(1).toLowerCase() ? fromSequence(s.toLowerCase(), RUSSIAN) : null;
    case 'russianLower':
      return cased(false) ? fromSequence(s, RUSSIAN) : null;
    case 'arabicAbjad':
      return fromSequence(s, ABJAD, plainArabic);
    case 'arabicAlpha':
      return fromSequence(s, ALPHA, plainArabic);
    case 'arabicLetterName': {
      const i = LETTER_NAMES.findIndex((name) => plainArabic(name) === plainArabic(s));
      return i >= 0 ? i + 1 : null;
    }
    case 'arabicOrdinal':
      return parseArabicOrdinal(s);
    case 'chineseCounting':
      return parseChinese(s);
  }
}

/** The characters a number of `style` is written with, as a regular-expression fragment (for label reading). */
export const STYLE_CHARS: Readonly<Record<NumberStyle, string>> = {
  decimal: '[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\uff10-\\uff19]{1,6}',
  arabicIndic: '[\\u0660-\\u0669\\u06f0-\\u06f9]{1,6}',
  upperRoman: '[IVXLCDM]{1,12}',
  lowerRoman: '[ivxlcdm]{1,12}',
  upperLetter: '[A-Z]{1,30}',
  lowerLetter: '[a-z]{1,30}',
  russianUpper: '[\\u0410-\\u042f\\u0401][\\u0430-\\u044f\\u0451]{0,29}',
  russianLower: '[\\u0430-\\u044f\\u0451]{1,30}',
  arabicAbjad: '[\\p{Script=Arabic}\\p{M}\\u0640]{1,60}',
  arabicAlpha: '[\\p{Script=Arabic}\\p{M}\\u0640]{1,60}',
  arabicLetterName: '[\\p{Script=Arabic}\\p{M}\\u0640]{2,8}',
  arabicOrdinal: '(?:ال)?[\\p{Script=Arabic}\\p{M}]{2,10}(?:\\s+[\\p{Script=Arabic}\\p{M}]{2,10})?',
  chineseCounting: '[〇零一二两三四五六七八九十百千万]{1,12}',
};
