/** French, as UN reports and resolutions write it ("Débat", "Prochaines étapes recommandées", "a)"). */
import { frenchStem } from '../stem/french';
import type { LanguageProfile } from '../types';

const fr: LanguageProfile = {
  code: 'fr',
  name: 'Français',
  direction: 'ltr',
  detect: {
    script: 'Latin',
    commonWords: [
      'le', 'la', 'les', 'des', 'du', 'de', 'et', 'en', 'un', 'une', 'que', 'qui', 'dans', 'pour', 'sur', 'est', 'au', 'aux',
      'par', 'ne', 'pas', 'ce', 'cette', 'ces', 'son', 'ses', 'leur', 'leurs', 'sont', 'été', 'ont', 'avec', 'entre',
      'ainsi', 'notamment', 'également', 'groupe', 'états', 'membres', 'il', 'elle', 'ils', 'plusieurs', 'afin',
    ],
    letters: 'çèêàâîôûœë',
  },
  structure: {
    parts: [
      'Débat', 'Débats', 'Discussion', 'Résumé des débats', 'Prochaines étapes recommandées', 'Recommandations',
      'Conclusions', 'Conclusions et recommandations', 'Prochaines étapes', 'Mesures recommandées', 'Résumé',
      'Propositions', 'Prochaines étapes proposées',
    ],
    standing: {
      recommendations: ['recommand…', 'prochaines étapes', 'prochaine étape', 'conclusion', 'conclusions', 'voie à suivre', 'marche à suivre'],
      discussion: ['débat', 'débats', 'discussion', 'discussions', 'délibérations', 'échange de vues', 'échanges de vues', 'résumé des débats'],
    },
    headingWords: { chapter: ['Chapitre'], section: ['Section'], annex: ['Annexe', 'Appendice', 'Pièce jointe'] },
  },
  masthead: {
    lines: [/^distr\.?(?:\s*:|\s|$)/i, /^original\s*:/i, /^(?:générale|limitée|restreinte)\s*$/i],
    symbolLabel: /^\s*(?:cote(?:\s+du\s+document)?|symbole)\s*:?/i,
  },
  dates: {
    months: [
      ['janvier'], ['février'], ['mars'], ['avril'], ['mai'], ['juin'],
      ['juillet'], ['août'], ['septembre'], ['octobre'], ['novembre'], ['décembre'],
    ],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    formats: ['{d} {month} {y}'],
    firstDay: '1er',
    label: /^\s*date\s*:\s*/i,
  },
  numbering: {
    chapter: [{ style: 'upperRoman', template: '{n}.' }],
    section: [{ style: 'upperLetter', template: '{n}.' }],
    paragraph: [{ style: 'decimal', template: '{n}.' }],
    subparagraph: [{ style: 'lowerLetter', template: '{n})' }, { style: 'lowerLetter', template: '({n})' }],
    subsubparagraph: [{ style: 'lowerRoman', template: '{n})' }, { style: 'lowerRoman', template: '({n})' }],
  },
  matching: { inflect: 'all', stem: frenchStem },
  hedging: {
    modal: [
      { forms: ['sont tenus de', 'sont tenues de', 'est tenu de', 'est tenue de'], rank: 8 },
      { forms: ['doivent', 'doit', 'il faut'], rank: 7 },
      { forms: ['devront', 'devra'], rank: 6 },
      { forms: ['devraient', 'devrait', 'il conviendrait de', 'il convient de'], rank: 5 },
      { forms: ['pourraient', 'pourrait'], rank: 3 },
      { forms: ['peuvent', 'peut', 'pourront', 'pourra'], rank: 2 },
    ],
    verb: [
      { forms: ['décide', 'décident', 'exige', 'exigent'], rank: 9 },
      { forms: ['demande', 'demandent', 'exhorte', 'exhortent', 'engage vivement', 'demande instamment', 'invite instamment'], rank: 8 },
      { forms: ['prie', 'prient'], rank: 7 },
      { forms: ['recommande', 'recommandent'], rank: 6 },
      { forms: ['encourage', 'encouragent'], rank: 5 },
      { forms: ['invite', 'invitent'], rank: 4 },
      { forms: ['se félicite', 'se félicitent', 'accueille avec satisfaction', 'salue', 'saluent'], rank: 3 },
      { forms: ['note', 'notent', 'constate', 'constatent', 'reconnaît', 'reconnaissent'], rank: 2 },
      { forms: ['prend note', 'prennent note', 'prend acte', 'prennent acte'], rank: 1 },
    ],
    qualifiers: [
      "selon qu'il conviendra", 'le cas échéant', "s'il y a lieu", 'selon que de besoin', 'selon les besoins',
      'dans la mesure du possible', 'si possible', 'lorsque cela est possible', 'à titre volontaire', 'volontaire',
      'volontaires', 'volontairement', 'sur une base volontaire', 'non contraignant', 'non contraignante',
      'non contraignants', 'non contraignantes', 'conformément aux priorités nationales',
      'conformément à la législation nationale', 'dans la limite des ressources disponibles',
      'dans les limites des ressources existantes', 'sous réserve des ressources disponibles', 'sur demande', 'à leur demande',
    ],
  },
  watchList: {
    'cyber-mercenaries': { phrase: 'cybermercenaires', alternatives: ['mercenaires informatiques', 'piratage sur commande'] },
    'hack-as-a-service': { phrase: 'piratage en tant que service', alternatives: ['accès en tant que service'] },
    ransomware: { phrase: 'rançongiciel', alternatives: ['logiciel rançonneur'] },
    'critical-infrastructure': { phrase: 'infrastructures critiques', alternatives: ["infrastructures d'information critiques"] },
    'supply-chain': { phrase: "chaîne d'approvisionnement", alternatives: [] },
    'technological-neutrality': { phrase: 'neutralité technologique', alternatives: ['neutralité de la technologie'] },
    'international-humanitarian-law': { phrase: 'droit international humanitaire', alternatives: ['DIH'] },
    'human-rights': { phrase: "droits de l'homme", alternatives: ['droits humains'] },
    'capacity-building': { phrase: 'renforcement des capacités', alternatives: [] },
    'confidence-building-measures': { phrase: 'mesures de confiance', alternatives: ['mesures de renforcement de la confiance'] },
    'points-of-contact': { phrase: 'points de contact', alternatives: [] },
    'programme-of-action': { phrase: "programme d'action", alternatives: [] },
    multistakeholder: { phrase: 'multipartite', alternatives: ['parties prenantes'] },
    gender: { phrase: 'genre', alternatives: ['égalité des sexes', 'égalité des genres'] },
    'artificial-intelligence': { phrase: 'intelligence artificielle', alternatives: ['IA'] },
  },
  categories: {
    threats: 'Menaces',
    principles: 'Principes',
    internationalLaw: 'Droit international',
    capacityBuilding: 'Renforcement des capacités',
    confidenceBuilding: 'Mesures de confiance',
    institutionalDialogue: 'Dialogue institutionnel',
    inclusion: 'Inclusion',
    emergingTechnologies: 'Technologies émergentes',
  },
};

export default fr;
