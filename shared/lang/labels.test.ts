import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_LEVELS, formatLabel, labelOf, printLabel, readLabels } from './labels';
import { STYLE_MAX } from './number';
import { LANGUAGES, getProfile } from './registry';

const first = (line: string, code: string) => {
  const r = readLabels(line, getProfile(code))[0];
  return r && { level: r.level, value: r.value, label: r.label, rest: line.slice(r.length) };
};

describe('labels', () => {
  it('property: every format of every level of every language reads back what it prints', () => {
    for (const profile of LANGUAGES) {
      for (const level of LABEL_LEVELS) {
        for (const format of profile.numbering[level]) {
          fc.assert(
            fc.property(fc.integer({ min: 1, max: Math.min(STYLE_MAX[format.style], 60) }), fc.constantFrom('Text', 'نص', '文本', 'Текст'), (n, word) => {
              const line = `${formatLabel(format, n)} ${word}`;
              const readings = readLabels(line, profile);
              const mine = readings.find((r) => r.level === level && r.value === n);
              expect(mine, `${profile.code} ${level} ${format.template} ${n}: ${line}`).toBeDefined();
              expect(line.slice(mine!.length)).toBe(word);
            }),
            { numRuns: 40 },
          );
        }
      }
    }
  });

  it('reads labels as each language prints them', () => {
    expect(first('II. Existing and potential threats', 'en')).toEqual({ level: 'chapter', value: 2, label: 'II.', rest: 'Existing and potential threats' });
    expect(first('(b) States should', 'en')).toMatchObject({ level: 'subparagraph', value: 2 });
    expect(first('b) Les États devraient', 'fr')).toMatchObject({ level: 'subparagraph', value: 2, rest: 'Les États devraient' });
    expect(first('в) государствам следует', 'ru')).toMatchObject({ level: 'subparagraph', value: 3 });
    expect(first('Б. Угрозы', 'ru')).toMatchObject({ level: 'section', value: 2 });
    expect(first('ثانيا - التهديدات القائمة والمحتملة', 'ar')).toMatchObject({ level: 'chapter', value: 2, rest: 'التهديدات القائمة والمحتملة' });
    expect(first('جيم - بناء القدرات', 'ar')).toMatchObject({ level: 'section', value: 3 });
    expect(first('12 - يرحب الفريق', 'ar')).toMatchObject({ level: 'paragraph', value: 12, rest: 'يرحب الفريق' });
    expect(first('١٢ - يرحب الفريق', 'ar')).toMatchObject({ level: 'paragraph', value: 12 });
    expect(first('(هـ) تعزيز التعاون', 'ar')).toMatchObject({ level: 'subparagraph', value: 5 });
    expect(first('’2‘ تبادل المعلومات', 'ar')).toMatchObject({ level: 'subsubparagraph', value: 2 });
    expect(first('三、现有和潜在威胁', 'zh')).toMatchObject({ level: 'chapter', value: 3, rest: '现有和潜在威胁' });
    expect(first('（二）能力建设', 'zh')).toMatchObject({ level: 'section', value: 2, rest: '能力建设' });
    expect(first('12. 小组欢迎', 'zh')).toMatchObject({ level: 'paragraph', value: 12 });
  });

  it('gives every reading of an ambiguous label, outermost first', () => {
    const readings = readLabels('(i) where appropriate', getProfile('en')).map((r) => [r.level, r.value]);
    expect(readings).toEqual([['subparagraph', 9], ['subsubparagraph', 1]]);
    expect(readLabels('I. Introduction', getProfile('en')).map((r) => r.level)).toEqual(['chapter', 'section']);
  });

  it('reads no label in text that only starts like one', () => {
    for (const [line, code] of [['1.5 per cent of States', 'en'], ['A/78/265 is the report', 'en'], ['Iran', 'en'], ['В целях', 'ru'], ['12مرة', 'ar'], ['一些国家', 'zh']] as const) {
      expect(readLabels(line, getProfile(code)), line).toEqual([]);
    }
  });

  it('prints the label of each level in the language', () => {
    expect(printLabel('chapter', 2, getProfile('ar'))).toBe('ثانيا -');
    expect(printLabel('section', 2, getProfile('ar'))).toBe('باء -');
    expect(printLabel('subparagraph', 5, getProfile('ar'))).toBe('(هـ)');
    expect(printLabel('subparagraph', 3, getProfile('ru'))).toBe('в)');
    expect(printLabel('subparagraph', 3, getProfile('fr'))).toBe('c)');
    expect(printLabel('chapter', 4, getProfile('zh'))).toBe('四.');
    expect(labelOf('paragraph', '12', getProfile('en'))).toBe('12.');
    expect(labelOf('paragraph', '12', getProfile('ar'))).toBe('12 -');
    expect(labelOf('subparagraph', '(a)', getProfile('en'))).toBe('(a)');
    expect(labelOf('subparagraph', 'a', getProfile('en'))).toBe('(a)');
    expect(labelOf('chapter', '一', getProfile('zh'))).toBe('一.');
  });
});
