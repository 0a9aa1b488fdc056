import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_STYLES, STYLE_MAX, asciiDigits, formatNumber, parseNumber, plainArabic, type NumberStyle } from './number';

describe('number styles', () => {
  it('property: printing then reading a number gives it back, in every style', () => {
    for (const style of NUMBER_STYLES) {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: STYLE_MAX[style] }), (n) => {
          expect(parseNumber(formatNumber(n, style), style)).toBe(n);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('property: two numbers never print alike in one style', () => {
    for (const style of NUMBER_STYLES) {
      const seen = new Map<string, number>();
      for (let n = 1; n <= Math.min(STYLE_MAX[style], 400); n++) {
        const printed = formatNumber(n, style);
        expect(seen.get(printed), `${style} prints ${n} like ${seen.get(printed)}`).toBeUndefined();
        seen.set(printed, n);
      }
    }
  });

  it('prints Chinese numerals as written', () => {
    const cases: [number, string][] = [[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [21, '二十一'], [100, '一百'], [101, '一百零一'], [110, '一百一十'], [1001, '一千零一'], [10010, '一万零一十']];
    for (const [n, s] of cases) {
      expect(formatNumber(n, 'chineseCounting')).toBe(s);
      expect(parseNumber(s, 'chineseCounting')).toBe(n);
    }
    expect(parseNumber('一十二', 'chineseCounting')).toBe(12);
    expect(parseNumber('两百', 'chineseCounting')).toBe(200);
    expect(parseNumber('十十', 'chineseCounting')).toBeNull();
    expect(parseNumber('一百一', 'chineseCounting')).toBeNull();
  });

  it('prints Arabic letters, letter names and ordinals as UN Arabic texts do', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => formatNumber(n, 'arabicAbjad'))).toEqual(['أ', 'ب', 'ج', 'د', 'هـ', 'و']);
    expect([1, 2, 3, 4].map((n) => formatNumber(n, 'arabicAlpha'))).toEqual(['أ', 'ب', 'ت', 'ث']);
    expect([1, 2, 3, 4].map((n) => formatNumber(n, 'arabicLetterName'))).toEqual(['ألف', 'باء', 'جيم', 'دال']);
    expect([1, 2, 10, 11, 12, 20, 21].map((n) => formatNumber(n, 'arabicOrdinal'))).toEqual(['أولا', 'ثانيا', 'عاشرا', 'حادي عشر', 'ثاني عشر', 'عشرون', 'حادي وعشرون']);
    // Written with tanween, a bare heh, a bare alef or the article: the same numbers.
    expect(parseNumber('أولاً', 'arabicOrdinal')).toBe(1);
    expect(parseNumber('الثاني', 'arabicOrdinal')).toBe(2);
    expect(parseNumber('الحادي عشر', 'arabicOrdinal')).toBe(11);
    expect(parseNumber('ه', 'arabicAbjad')).toBe(5);
    expect(parseNumber('ا', 'arabicAbjad')).toBe(1);
    expect(parseNumber('الف', 'arabicLetterName')).toBe(1);
    expect(parseNumber('مرحبا', 'arabicLetterName')).toBeNull();
  });

  it('prints Arabic-Indic digits and reads digits of any script', () => {
    expect(formatNumber(2025, 'arabicIndic')).toBe('٢٠٢٥');
    expect(parseNumber('١٢', 'decimal')).toBe(12);
    expect(parseNumber('۱۲', 'arabicIndic')).toBe(12);
    expect(parseNumber('１２', 'decimal')).toBe(12);
    expect(parseNumber('12', 'arabicIndic')).toBeNull();
    expect(asciiDigits('٢٠٢٥年３月')).toBe('2025年3月');
  });

  it('letters Russian subparagraphs without ё, й, ъ, ь', () => {
    expect([1, 2, 3, 8, 9, 10].map((n) => formatNumber(n, 'russianLower'))).toEqual(['а', 'б', 'в', 'з', 'и', 'к']);
    expect(formatNumber(29, 'russianLower')).toBe('я');
    expect(formatNumber(30, 'russianLower')).toBe('аа');
    expect(formatNumber(31, 'russianUpper')).toBe('Аб');
    expect(parseNumber('Аб', 'russianUpper')).toBe(31);
    expect(parseNumber('Г', 'russianUpper')).toBe(4);
    expect(parseNumber('г', 'russianUpper')).toBeNull();
    expect(parseNumber('й', 'russianLower')).toBeNull();
    expect(parseNumber('ъ', 'russianLower')).toBeNull();
    expect(parseNumber('АБ', 'russianUpper')).toBeNull();
  });

  it('keeps roman numerals and Latin letters well formed and in their case', () => {
    expect(parseNumber('IV', 'upperRoman')).toBe(4);
    expect(parseNumber('iv', 'upperRoman')).toBeNull();
    expect(parseNumber('IIII', 'upperRoman')).toBeNull();
    expect(parseNumber('aa', 'lowerLetter')).toBe(27);
    expect(parseNumber('ab', 'lowerLetter')).toBeNull();
  });

  it('prints decimal digits beyond what a style can print', () => {
    expect(formatNumber(29, 'arabicLetterName')).toBe('29');
    expect(formatNumber(0, 'upperRoman')).toBe('0');
  });
});

describe('number styles against LibreOffice', () => {
  // lo-numbering.txt: LibreOffice 7.4's text export of a DOCX numbering 35 paragraphs in each of
  // Word's formats russianLower, russianUpper, arabicAbjad, arabicAlpha and chineseCounting (made
  // with the docx package, converted by `soffice --convert-to txt:Text`; each line "label| format n").
  const lines = fs.readFileSync(new URL('./__fixtures__/lo-numbering.txt', import.meta.url), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows = lines.flatMap((l) => {
    const m = /^\s*(.*?)\|\s*(\w+) (\d+)$/.exec(l);
    return m ? [{ label: m[1]!, style: m[2]!, n: Number(m[3]) }] : [];
  });

  it.each(['russianLower', 'russianUpper', 'chineseCounting'])('prints %s as LibreOffice does', (style) => {
    const mine = rows.filter((r) => r.style === style);
    expect(mine).toHaveLength(35);
    for (const r of mine) {
      expect(formatNumber(r.n, style as NumberStyle), `${style} ${r.n}`).toBe(r.label);
      expect(parseNumber(r.label, style as NumberStyle)).toBe(r.n);
    }
  });

  it.each(['arabicAbjad', 'arabicAlpha'])('prints %s as LibreOffice does, in the letters UN texts type (أ for ا, هـ for ه)', (style) => {
    const mine = rows.filter((r) => r.style === style);
    expect(mine).toHaveLength(35);
    for (const r of mine) {
      expect(plainArabic(formatNumber(r.n, style as NumberStyle)), `${style} ${r.n}`).toBe(plainArabic(r.label));
      expect(parseNumber(r.label, style as NumberStyle)).toBe(r.n);
    }
  });
});
