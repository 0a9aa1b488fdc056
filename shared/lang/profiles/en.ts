/** English, as UN reports and resolutions write it. */
import { englishVariants } from '../stem/english';
import type { LanguageProfile } from '../types';

const verb = (...forms: string[]): string[] => forms;

const en: LanguageProfile = {
  code: 'en',
  name: 'English',
  direction: 'ltr',
  detect: {
    script: 'Latin',
    commonWords: [
      'the', 'of', 'and', 'to', 'in', 'that', 'is', 'for', 'on', 'with', 'by', 'be', 'as', 'are', 'this', 'its', 'their',
      'which', 'from', 'at', 'or', 'an', 'has', 'have', 'was', 'were', 'not', 'it', 'all', 'group', 'states', 'would',
      'these', 'other', 'also', 'within', 'between', 'such', 'including', 'among', 'welcomed', 'stressed', 'noted',
    ],
  },
  structure: {
    parts: [
      'Discussion', 'Discussions', 'Recommended next steps', 'Recommendations', 'Conclusions',
      'Conclusions and recommendations', 'Next steps', 'Summary', 'Summary of discussions', 'Proposals',
      'Proposed next steps', 'Recommended next steps for consideration',
    ],
    standing: {
      recommendations: ['recommend…', 'next steps', 'conclusion', 'conclusions', 'way forward'],
      discussion: ['discussion', 'discussions', 'deliberation', 'deliberations', 'summary of discussion…', 'summary of the discussion…', 'summary of views…', 'summary of the views…'],
    },
    headingWords: { chapter: ['Chapter'], section: ['Section'], annex: ['Annex', 'Appendix', 'Enclosure'] },
    hyphenPrefixes: ['non', 'self', 'cross', 'anti', 'quasi', 'pseudo', 'well', 'ex'],
  },
  masthead: {
    lines: [/^distr\.?\s*:/i, /^original\s*:/i, /^limited\b/i, /^general\s*$/i],
    symbolLabel: /^\s*(?:document\s+)?symbol\s*:?/i,
    organs: [
      /^united nations$/i,
      /^(?:general assembly|security council|economic and social council|human rights council|trusteeship council)$/i,
      /^(?:\S+\s+)?(?:regular |special |substantive |organizational )?session$/i,
      /^(?:agenda )?items? \d.*\bagenda\b/i,
    ],
  },
  dates: {
    months: [
      ['January'], ['February'], ['March'], ['April'], ['May'], ['June'],
      ['July'], ['August'], ['September'], ['October'], ['November'], ['December'],
    ],
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    formats: ['{d} {month} {y}', '{month} {d}, {y}', '{month} {d} {y}'],
    label: /^\s*date\s*:\s*/i,
  },
  numbering: {
    chapter: [{ style: 'upperRoman', template: '{n}.' }],
    section: [{ style: 'upperLetter', template: '{n}.' }],
    paragraph: [{ style: 'decimal', template: '{n}.' }, { style: 'decimal', template: '{n})' }],
    subparagraph: [{ style: 'lowerLetter', template: '({n})' }, { style: 'lowerLetter', template: '{n})' }],
    subsubparagraph: [{ style: 'lowerRoman', template: '({n})' }, { style: 'lowerRoman', template: '{n})' }],
  },
  matching: { inflect: 'last', variants: englishVariants },
  hedging: {
    modal: [
      { forms: ['shall'], rank: 8 },
      { forms: ['must', 'are required to', 'is required to'], rank: 7 },
      { forms: ['will'], rank: 6 },
      { forms: ['should', 'ought to'], rank: 5 },
      { forms: ['would'], rank: 4 },
      { forms: ['could', 'can'], rank: 3 },
      { forms: ['may'], rank: 2 },
      { forms: ['might'], rank: 1 },
    ],
    verb: [
      { forms: verb('decides', 'decide', 'decided', 'demands', 'demand', 'demanded'), rank: 9 },
      {
        forms: verb('calls upon', 'call upon', 'called upon', 'calling upon', 'calls on', 'call on', 'called on', 'calling on', 'urges', 'urge', 'urged', 'urging'),
        rank: 8,
      },
      { forms: verb('requests', 'requested', 'requesting'), rank: 7 },
      { forms: verb('recommends', 'recommend', 'recommended', 'recommending'), rank: 6 },
      { forms: verb('encourages', 'encourage', 'encouraged', 'encouraging'), rank: 5 },
      { forms: verb('invites', 'invite', 'invited', 'inviting'), rank: 4 },
      { forms: verb('welcomes', 'welcome', 'welcomed', 'welcoming'), rank: 3 },
      { forms: verb('notes', 'noted', 'noting', 'acknowledges', 'acknowledged', 'acknowledging', 'recognizes', 'recognises', 'recognized'), rank: 2 },
      { forms: verb('takes note of', 'take note of', 'took note of', 'taking note of'), rank: 1 },
    ],
    qualifiers: [
      'as appropriate', 'where appropriate', 'when appropriate', 'if appropriate', 'where relevant', 'as relevant',
      'where applicable', 'as necessary', 'where possible', 'where feasible', 'to the extent possible', 'as far as possible',
      'voluntary', 'voluntarily', 'on a voluntary basis', 'non-binding', 'in accordance with national priorities',
      'in line with national priorities', 'in accordance with national legislation', 'subject to available resources',
      'within existing resources', 'upon request',
    ],
  },
  watchList: {
    'cyber-mercenaries': { phrase: 'cyber mercenaries', alternatives: ['hack-for-hire'] },
    'hack-as-a-service': { phrase: 'hack-as-a-service', alternatives: ['access-as-a-service'] },
    ransomware: { phrase: 'ransomware', alternatives: [] },
    'critical-infrastructure': { phrase: 'critical infrastructure', alternatives: ['critical information infrastructure'] },
    'supply-chain': { phrase: 'supply chain', alternatives: [] },
    'technological-neutrality': { phrase: 'technological neutrality', alternatives: ['technology neutrality', 'technology-neutral'] },
    'international-humanitarian-law': { phrase: 'international humanitarian law', alternatives: ['IHL'] },
    'human-rights': { phrase: 'human rights', alternatives: [] },
    'capacity-building': { phrase: 'capacity-building', alternatives: [] },
    'confidence-building-measures': { phrase: 'confidence-building measures', alternatives: ['CBMs'] },
    'points-of-contact': { phrase: 'points of contact', alternatives: ['point of contact'] },
    'programme-of-action': { phrase: 'programme of action', alternatives: ['program of action', 'PoA'] },
    multistakeholder: { phrase: 'multistakeholder', alternatives: [] },
    gender: { phrase: 'gender', alternatives: [] },
    'artificial-intelligence': { phrase: 'artificial intelligence', alternatives: ['AI'] },
  },
  categories: {
    threats: 'Threats',
    principles: 'Principles',
    internationalLaw: 'International law',
    capacityBuilding: 'Capacity-building',
    confidenceBuilding: 'Confidence-building',
    institutionalDialogue: 'Institutional dialogue',
    inclusion: 'Inclusion',
    emergingTechnologies: 'Emerging technologies',
  },
};

export default en;
