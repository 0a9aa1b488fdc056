/**
 * Arabic, as UN reports and resolutions write it: chapters "أولا -", sections "ألف -", paragraphs
 * "1 -", subparagraphs "(أ)" in abjad order, sub-subparagraphs "’1‘"; months "آذار/مارس". The
 * masthead of Arabic UN documents stays in English ("Distr.: General"). Words take the
 * proclitics و، ف، ب، ل، ك and the article ال, alone and combined ("وبالحياد").
 */
import { arabicStem } from '../stem/arabic';
import type { LanguageProfile } from '../types';

const ar: LanguageProfile = {
  code: 'ar',
  name: 'العربية',
  direction: 'rtl',
  detect: {
    script: 'Arabic',
    commonWords: ['في', 'من', 'على', 'إلى', 'أن', 'التي', 'الذي', 'عن', 'مع', 'هذا', 'هذه', 'ذلك', 'كما', 'أو', 'ما', 'لا', 'بين', 'الدول', 'الفريق', 'الأعضاء', 'وقد', 'كان'],
  },
  structure: {
    parts: [
      'المناقشة', 'المناقشات', 'موجز المناقشات', 'الخطوات التالية الموصى بها', 'التوصيات', 'الاستنتاجات',
      'الاستنتاجات والتوصيات', 'الخطوات التالية', 'الخطوات المقبلة', 'الموجز', 'المقترحات', 'الخطوات التالية المقترحة',
    ],
    standing: {
      recommendations: ['توصي…', 'موصى', 'الخطوات التالية', 'الخطوات المقبلة', 'استنتاج…', 'المضي قدما'],
      discussion: ['مناقش…', 'مداولات', 'تبادل الآراء'],
    },
    headingWords: { chapter: ['الفصل'], section: ['الفرع'], annex: ['المرفق', 'مرفق', 'التذييل', 'الضميمة'] },
  },
  masthead: {
    lines: [/^distr\.?\s*:/i, /^original\s*:/i, /^(?:general|limited|restricted)\s*$/i, /^(?:arabic|العربية)\s*$/i, /^الأصل\s*[:：]/],
    symbolLabel: /^\s*(?:رمز\s+الوثيقة|الرمز|symbol)\s*[:：]?/i,
  },
  dates: {
    months: [
      ['كانون الثاني/يناير', 'يناير', 'كانون الثاني'], ['شباط/فبراير', 'فبراير', 'شباط'], ['آذار/مارس', 'مارس', 'آذار'],
      ['نيسان/أبريل', 'أبريل', 'نيسان'], ['أيار/مايو', 'مايو', 'أيار'], ['حزيران/يونيه', 'يونيه', 'يونيو', 'حزيران'],
      ['تموز/يوليه', 'يوليه', 'يوليو', 'تموز'], ['آب/أغسطس', 'أغسطس', 'آب'], ['أيلول/سبتمبر', 'سبتمبر', 'أيلول'],
      ['تشرين الأول/أكتوبر', 'أكتوبر', 'تشرين الأول'], ['تشرين الثاني/نوفمبر', 'نوفمبر', 'تشرين الثاني'],
      ['كانون الأول/ديسمبر', 'ديسمبر', 'كانون الأول'],
    ],
    weekdays: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'],
    formats: ['{d} {month} {y}'],
    label: /^\s*التاريخ\s*[:：]\s*/,
  },
  numbering: {
    chapter: [{ style: 'arabicOrdinal', template: '{n} -' }, { style: 'upperRoman', template: '{n}.' }],
    section: [{ style: 'arabicLetterName', template: '{n} -' }, { style: 'upperLetter', template: '{n}.' }],
    paragraph: [{ style: 'decimal', template: '{n} -' }, { style: 'arabicIndic', template: '{n} -' }, { style: 'decimal', template: '{n}.' }],
    subparagraph: [{ style: 'arabicAbjad', template: '({n})' }],
    subsubparagraph: [{ style: 'decimal', template: '’{n}‘' }, { style: 'decimal', template: '({n})' }],
  },
  matching: {
    inflect: 'all',
    stem: arabicStem,
    proclitics: ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'وبال', 'وكال', 'ولل', 'فبال', 'فكال', 'فلل'],
    article: 'ال',
  },
  hedging: {
    modal: [
      { forms: ['يتعين', 'يلزم'], rank: 8 },
      { forms: ['يجب'], rank: 7 },
      { forms: ['ينبغي'], rank: 5 },
      { forms: ['يمكن', 'بإمكان'], rank: 3 },
      { forms: ['يجوز'], rank: 2 },
      { forms: ['ربما'], rank: 1 },
    ],
    verb: [
      { forms: ['تقرر', 'يقرر', 'تطالب', 'يطالب'], rank: 9 },
      { forms: ['تهيب', 'يهيب', 'تحث', 'يحث'], rank: 8 },
      { forms: ['تطلب', 'يطلب'], rank: 7 },
      { forms: ['توصي', 'يوصي'], rank: 6 },
      { forms: ['تشجع', 'يشجع'], rank: 5 },
      { forms: ['تدعو', 'يدعو'], rank: 4 },
      { forms: ['ترحب', 'يرحب'], rank: 3 },
      { forms: ['تلاحظ', 'يلاحظ', 'تسلم', 'يسلم'], rank: 2 },
      { forms: ['تحيط علما', 'يحيط علما'], rank: 1 },
    ],
    qualifiers: [
      'حسب الاقتضاء', 'عند الاقتضاء', 'حسب الحاجة', 'عند الحاجة', 'حيثما كان ذلك مناسبا', 'قدر الإمكان', 'حيثما أمكن',
      'طوعي', 'طوعية', 'طوعا', 'على أساس طوعي', 'غير ملزم', 'غير ملزمة', 'وفقا للأولويات الوطنية', 'وفقا للتشريعات الوطنية',
      'في حدود الموارد المتاحة', 'في حدود الموارد القائمة', 'بناء على الطلب', 'عند الطلب',
    ],
  },
  watchList: {
    'cyber-mercenaries': { phrase: 'المرتزقة السيبرانيون', alternatives: ['مرتزقة الفضاء الإلكتروني', 'القرصنة مقابل أجر'] },
    'hack-as-a-service': { phrase: 'القرصنة كخدمة', alternatives: ['الوصول كخدمة'] },
    ransomware: { phrase: 'برمجيات الفدية', alternatives: ['برامج الفدية'] },
    'critical-infrastructure': { phrase: 'الهياكل الأساسية الحيوية', alternatives: ['البنية التحتية الحيوية', 'الهياكل الأساسية الحيوية للمعلومات'] },
    'supply-chain': { phrase: 'سلسلة الإمداد', alternatives: ['سلاسل الإمداد', 'سلسلة التوريد'] },
    'technological-neutrality': { phrase: 'الحياد التكنولوجي', alternatives: ['الحياد التقني'] },
    'international-humanitarian-law': { phrase: 'القانون الإنساني الدولي', alternatives: [] },
    'human-rights': { phrase: 'حقوق الإنسان', alternatives: [] },
    'capacity-building': { phrase: 'بناء القدرات', alternatives: ['تنمية القدرات'] },
    'confidence-building-measures': { phrase: 'تدابير بناء الثقة', alternatives: [] },
    'points-of-contact': { phrase: 'جهات الاتصال', alternatives: ['جهة الاتصال', 'نقاط الاتصال'] },
    'programme-of-action': { phrase: 'برنامج العمل', alternatives: [] },
    multistakeholder: { phrase: 'أصحاب المصلحة المتعددين', alternatives: ['الجهات المعنية المتعددة'] },
    gender: { phrase: 'المنظور الجنساني', alternatives: ['النوع الاجتماعي', 'المساواة بين الجنسين'] },
    'artificial-intelligence': { phrase: 'الذكاء الاصطناعي', alternatives: [] },
  },
  categories: {
    threats: 'التهديدات',
    principles: 'المبادئ',
    internationalLaw: 'القانون الدولي',
    capacityBuilding: 'بناء القدرات',
    confidenceBuilding: 'بناء الثقة',
    institutionalDialogue: 'الحوار المؤسسي',
    inclusion: 'الشمول',
    emergingTechnologies: 'التكنولوجيات الناشئة',
  },
};

export default ar;
