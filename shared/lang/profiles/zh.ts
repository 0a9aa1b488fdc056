/**
 * Chinese, as UN reports and resolutions write it: chapters "一.", sections "A." (or "（一）"),
 * paragraphs "1.", subparagraphs "(a)"; dates "2025年3月12日". Chinese is written without spaces:
 * terms are matched anywhere, and short scale words carry the longer words they must not be read
 * inside (应 "should" is not the 应 of 供应链 "supply chain"). The masthead stays in English.
 */
import type { LanguageProfile } from '../types';

const zh: LanguageProfile = {
  code: 'zh',
  name: '中文',
  direction: 'ltr',
  detect: {
    script: 'Han',
    commonWords: ['的', '和', '在', '是', '与', '对', '及', '等', '为', '其', '并', '各国', '国家', '小组', '会员国', '进行', '有关', '以及', '方面'],
  },
  structure: {
    parts: ['讨论', '讨论情况', '讨论摘要', '讨论概要', '建议的下一步行动', '建议的后续步骤', '建议', '结论', '结论和建议', '下一步行动', '后续步骤', '摘要', '提议'],
    standing: {
      recommendations: ['建议', '下一步', '后续步骤', '结论', '前进方向'],
      discussion: ['讨论', '审议情况', '意见交流'],
    },
    headingWords: { chapter: ['第{n}章'], section: ['第{n}节'], annex: ['附件'] },
  },
  masthead: {
    lines: [/^distr\.?\s*:/i, /^original\s*:/i, /^(?:general|limited|restricted)\s*$/i, /^(?:chinese|中文)\s*$/i, /^原(?:件|文)\s*[:：]/],
    symbolLabel: /^\s*(?:文号|文件编号|symbol)\s*[:：]?/i,
  },
  dates: {
    months: [['一月'], ['二月'], ['三月'], ['四月'], ['五月'], ['六月'], ['七月'], ['八月'], ['九月'], ['十月'], ['十一月'], ['十二月']],
    weekdays: [],
    formats: ['{y}年{m}月{d}日'],
    label: /^\s*日期\s*[:：]\s*/,
  },
  numbering: {
    chapter: [{ style: 'chineseCounting', template: '{n}.' }, { style: 'chineseCounting', template: '{n}、' }, { style: 'upperRoman', template: '{n}.' }],
    section: [{ style: 'upperLetter', template: '{n}.' }, { style: 'chineseCounting', template: '（{n}）' }],
    paragraph: [{ style: 'decimal', template: '{n}.' }],
    subparagraph: [{ style: 'lowerLetter', template: '({n})' }, { style: 'decimal', template: '（{n}）' }],
    subsubparagraph: [{ style: 'lowerRoman', template: '({n})' }],
  },
  matching: { inflect: 'all' },
  hedging: {
    modal: [
      { forms: ['必须'], rank: 7 },
      {
        forms: ['应当', '应该', '应'],
        rank: 5,
        notWithin: ['应对', '应用', '相应', '供应', '反应', '适应', '响应', '回应', '对应', '应急', '效应', '应请求', '应邀', '答应', '应有'],
      },
      {
        forms: ['可以', '可'],
        rank: 3,
        notWithin: ['可持续', '可靠', '可行', '许可', '认可', '可信', '可及', '可用', '可见', '可比', '可核查', '可预测', '不可', '可控', '可能'],
      },
      { forms: ['可能'], rank: 2, notWithin: ['尽可能', '在可能的情况下', '可能性'] },
    ],
    verb: [
      { forms: ['决定', '要求'], rank: 9, notWithin: ['决定性'] },
      { forms: ['吁请', '敦促', '促请', '呼吁'], rank: 8 },
      { forms: ['建议'], rank: 6 },
      { forms: ['鼓励'], rank: 5 },
      { forms: ['邀请'], rank: 4 },
      { forms: ['欢迎', '赞赏'], rank: 3 },
      { forms: ['注意到', '确认', '承认'], rank: 2 },
      { forms: ['表示注意到'], rank: 1 },
    ],
    qualifiers: [
      '酌情', '视情况', '视需要', '在适当情况下', '适当时', '在可能的情况下', '尽可能', '自愿', '在自愿基础上', '不具约束力',
      '不具有约束力', '根据国家优先事项', '根据本国法律', '根据国家立法', '在现有资源范围内', '视资源情况', '应请求',
    ],
  },
  watchList: {
    'cyber-mercenaries': { phrase: '网络雇佣军', alternatives: ['雇佣黑客'] },
    'hack-as-a-service': { phrase: '黑客即服务', alternatives: ['访问即服务'] },
    ransomware: { phrase: '勒索软件', alternatives: [] },
    'critical-infrastructure': { phrase: '关键基础设施', alternatives: ['关键信息基础设施'] },
    'supply-chain': { phrase: '供应链', alternatives: [] },
    'technological-neutrality': { phrase: '技术中立', alternatives: [] },
    'international-humanitarian-law': { phrase: '国际人道法', alternatives: ['国际人道主义法'] },
    'human-rights': { phrase: '人权', alternatives: [] },
    'capacity-building': { phrase: '能力建设', alternatives: [] },
    'confidence-building-measures': { phrase: '建立信任措施', alternatives: [] },
    'points-of-contact': { phrase: '联络点', alternatives: [] },
    'programme-of-action': { phrase: '行动纲领', alternatives: ['行动计划'] },
    multistakeholder: { phrase: '多利益攸关方', alternatives: ['多方利益相关者'] },
    gender: { phrase: '性别', alternatives: [] },
    'artificial-intelligence': { phrase: '人工智能', alternatives: [] },
  },
  categories: {
    threats: '威胁',
    principles: '原则',
    internationalLaw: '国际法',
    capacityBuilding: '能力建设',
    confidenceBuilding: '建立信任',
    institutionalDialogue: '机制性对话',
    inclusion: '包容',
    emergingTechnologies: '新兴技术',
  },
};

export default zh;
