/**
 * Word's list number formats (`w:numFmt`): one counter value printed as Word prints it, for every
 * format drafts in the six UN languages use: decimal ("1", "01", "001"), letters and roman
 * numerals, ordinals ("1st"), words in the document's language ("One", "Premier", "Первый"),
 * Chinese counting ("十一"), the heavenly stems ("甲"), circled numbers ("①"), Arabic letters in
 * alphabetical and abjad order, Arabic-Indic digits, and Russian letters. The output agrees with
 * LibreOffice's reading of the same file (see fixtures/corpus and the LibreOffice test), except
 * where LibreOffice does not implement a format (hindiNumbers) or prints a placeholder.
 */
import { formatNumber, RUSSIAN_LETTERS, toSequence } from '../lang/number';
import { toLetters } from './numbers';
import { spellNumber } from './number-words';

/** Formats the structure reader distinguishes; the rest are 'other'. */
export type NumKind = 'decimal' | 'letter' | 'upperLetter' | 'roman' | 'upperRoman' | 'bullet' | 'none' | 'other';

/** A level's number format: Word's `numFmt` value, and `w:format` for Word 2010's custom formats. */
export interface NumFormat {
  fmt: string;
  /** For `custom`: the sample Word stores ("001, 002, 003, ..."). */
  custom?: string;
}

/** The kind of a format, as far as structure recognition cares. */
export function kindOfFormat(format: NumFormat): NumKind {
  switch (format.fmt) {
    case 'decimal':
    case 'decimalZero':
    case 'custom':
      return format.fmt === 'custom' && !/^0*1,/.test(format.custom ?? '') ? 'other' : 'decimal';
    case 'lowerLetter':
      return 'letter';
    case 'upperLetter':
      return 'upperLetter';
    case 'lowerRoman':
      return 'roman';
    case 'upperRoman':
      return 'upperRoman';
    case 'bullet':
      return 'bullet';
    case 'none':
      return 'none';
    default:
      return 'other';
  }
}

const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
// Word's Arabic list letters (as LibreOffice prints them: bare ا, ه, ى), not the forms UN
// Arabic texts type in labels (أ, هـ, ي: the language profile's arabicAlpha and arabicAbjad).
const ARABIC_ALPHA = [...'أبتثجحخدذرزسشصضطظعغفقكلمنهوى'];
const ARABIC_ABJAD = [...'ابجدهوزحطيكلمنسعفصقرشتثخذضظغ'];

/** "1st", "2nd", "3rd", "4th", "11th", "21st" (English ordinal suffixes, as LibreOffice prints them). */
function ordinalSuffix(n: number): string {
  const r100 = n % 100;
  if (r100 >= 11 && r100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Circled numbers ① … ㊿ (Unicode has them up to 50); beyond, plain digits. */
function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return String(n);
}

/** The digits of a custom zero-padded format ("001, 002, 003, ..." pads to three). */
function customPadding(sample: string | undefined): number {
  const first = /^\s*(0*1)\s*,/.exec(sample ?? '');
  return first ? first[1]!.length : 1;
}

/**
 * One counter value printed in `format`, for a paragraph in language `lang` (BCP 47, used by the
 * spelled-out formats). Values a format cannot print fall back to decimal digits, as Word does.
 */
export function formatListNumber(n: number, format: NumFormat, lang = 'en'): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  switch (format.fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'custom':
      return String(n).padStart(customPadding(format.custom), '0');
    case 'lowerLetter':
      return toLetters(n);
    case 'upperLetter':
      return toLetters(n).toUpperCase();
    case 'lowerRoman':
      return formatNumber(n, 'lowerRoman');
    case 'upperRoman':
      return formatNumber(n, 'upperRoman');
    case 'ordinal':
      return ordinalSuffix(n);
    case 'cardinalText':
      return spellNumber(n, 'cardinal', lang) ?? String(n);
    case 'ordinalText':
      return spellNumber(n, 'ordinal', lang) ?? String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'ideographDigital':
      return formatNumber(n, 'chineseCounting');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? STEMS[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return circled(n);
    case 'arabicAlpha':
      return n >= 1 ? toSequence(n, ARABIC_ALPHA) : String(n);
    case 'arabicAbjad':
      return n >= 1 ? toSequence(n, ARABIC_ABJAD) : String(n);
    case 'hindiNumbers':
      // Arabic-Indic digits, as Word prints them (LibreOffice 7.4 prints Western digits here).
      return formatNumber(n, 'arabicIndic');
    case 'russianLower':
      return n >= 1 ? toSequence(n, RUSSIAN_LETTERS) : String(n);
    case 'russianUpper': {
      // Only the first letter is a capital past я ("Аа"), as LibreOffice prints it.
      if (n < 1) return String(n);
      const lower = toSequence(n, RUSSIAN_LETTERS);
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    }
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}
