import { describe, expect, it } from 'vitest';
import { change, found, scaleWords } from '../../testing/lang';
import { parseDateLine } from '../dates';
import { printLabel, readLabels } from '../labels';
import { getProfile } from '../registry';
import { headingStanding, isMastheadLine, isPartHeading, namedHeading } from '../structure';

const ar = getProfile('ar');

describe('Arabic profile', () => {
  it('finds a term after the proclitics و، ب، ل and the article, alone and combined', () => {
    const text =
      '14 - وأكدت الدول أن الحياد التكنولوجي مبدأ أساسي، وشددت على أن التمسك بالحياد التكنولوجي والحياد التكنولوجي للتدابير ضروري، وأن للحياد التكنولوجي أهمية خاصة، لكن التكنولوجيا وحدها لا تكفي.';
    expect(found(ar, text, 'الحياد التكنولوجي')).toEqual(['الحياد التكنولوجي', 'بالحياد التكنولوجي', 'والحياد التكنولوجي', 'للحياد التكنولوجي']);
    expect(found(ar, 'حياد تكنولوجي وحيادا', 'الحياد التكنولوجي')).toEqual(['حياد تكنولوجي']);
    // Number and case: المرتزقة السيبرانيون (nominative) and السيبرانيين (genitive).
    expect(found(ar, 'أنشطة المرتزقة السيبرانيين ودور المرتزقة السيبرانيون', 'المرتزقة السيبرانيون')).toEqual(['المرتزقة السيبرانيين', 'المرتزقة السيبرانيون']);
    expect(found(ar, 'مناقشة ومناقشات وبالمناقشات', 'المناقشة')).toEqual(['مناقشة', 'ومناقشات', 'وبالمناقشات']);
  });

  it('keeps false friends apart', () => {
    expect(found(ar, 'استخدام التكنولوجيا', 'التكنولوجي')).toEqual([]);
    expect(found(ar, 'الأمين العام', 'الأمن')).toEqual([]);
    expect(found(ar, 'الأمن والأمن السيبراني', 'الأمن')).toEqual(['الأمن', 'والأمن']);
    // Too short for a proclitic: و + طن is "homeland", not "ton".
    expect(found(ar, 'الوطن وطن', 'طن')).toEqual([]);
  });

  it('knows the parts of a section and their standing', () => {
    expect(isPartHeading('المناقشة', ar)).toBe(true);
    expect(isPartHeading('الخطوات التالية الموصى بها', ar)).toBe(true);
    expect(headingStanding('الخطوات التالية الموصى بها', ar)).toBe('recommendations');
    expect(headingStanding('الاستنتاجات والتوصيات', ar)).toBe('recommendations');
    expect(headingStanding('موجز المناقشات', ar)).toBe('discussion');
    expect(headingStanding('ألف - لمحة عامة', ar)).toBeNull();
    expect(namedHeading('المرفق الأول', ar)).toMatchObject({ kind: 'annex', number: 'الأول', value: 1 });
    expect(namedHeading('المرفق الثاني عشر', ar)).toMatchObject({ kind: 'annex', value: 12 });
    expect(namedHeading('المرفق', ar)).toMatchObject({ kind: 'annex', number: null });
  });

  it('reads the masthead and dates with UN month names and Arabic-Indic digits', () => {
    expect(isMastheadLine('Distr.: General', ar)).toBe(true);
    expect(isMastheadLine('Arabic', ar)).toBe(true);
    expect(parseDateLine('12 آذار/مارس 2025', ar)).toBe('2025-03-12');
    expect(parseDateLine('١٢ آذار / مارس ٢٠٢٥', ar)).toBe('2025-03-12');
    expect(parseDateLine('3 حزيران/يونيه 2024', ar)).toBe('2024-06-03');
    expect(parseDateLine('3 يونيو 2024', ar)).toBe('2024-06-03');
    expect(parseDateLine('الثلاثاء، 3 كانون الأول/ديسمبر 2024', ar)).toBe('2024-12-03');
    expect(parseDateLine('آذار 2025', ar)).toBeNull();
  });

  it('finds weakened and strengthened wording, with proclitics on the scale words', () => {
    expect(change(ar, 'وينبغي للدول أن تتبادل المعلومات.', 'ويمكن للدول أن تتبادل المعلومات.')).toBe('weakened');
    expect(change(ar, 'يجوز للدول أن تعين جهة اتصال.', 'يجب على الدول أن تعين جهة اتصال.')).toBe('strengthened');
    expect(change(ar, 'ويحث الفريق الدول', 'ويدعو الفريق الدول', 'verb')).toBe('weakened');
    expect(scaleWords(ar, 'ويمكن للدول، حسب الاقتضاء وعلى أساس طوعي، أن تتبادل المعلومات.')).toEqual([
      'modal:ويمكن',
      'qualifier:حسب الاقتضاء',
      'qualifier:وعلى أساس طوعي',
    ]);
  });

  it('reads and prints Arabic labels', () => {
    const lines = ['ثانيا - التهديدات القائمة والمحتملة', 'ألف - لمحة عامة', '12 - لاحظت الدول', '(ب) سلاسل الإمداد؛', '’3‘ غير ذلك'];
    expect(lines.map((l) => readLabels(l, ar)[0]).map((r) => r && [r.level, r.value])).toEqual([
      ['chapter', 2], ['section', 1], ['paragraph', 12], ['subparagraph', 2], ['subsubparagraph', 3],
    ]);
    expect(['chapter', 'section', 'paragraph', 'subparagraph', 'subsubparagraph'].map((l) => printLabel(l as 'chapter', 3, ar))).toEqual(['ثالثا -', 'جيم -', '3 -', '(ج)', '’3‘']);
  });
});
