/** Spanish, as UN reports and resolutions write it ("Debate", "Próximas medidas recomendadas", "a)"). */
import { spanishStem } from '../stem/spanish';
import type { LanguageProfile } from '../types';

const es: LanguageProfile = {
  code: 'es',
  name: 'Español',
  direction: 'ltr',
  detect: {
    script: 'Latin',
    commonWords: [
      'el', 'la', 'los', 'las', 'de', 'del', 'y', 'en', 'que', 'por', 'para', 'con', 'un', 'una', 'se', 'al', 'es', 'su',
      'sus', 'lo', 'como', 'más', 'o', 'entre', 'sobre', 'este', 'esta', 'estos', 'estas', 'grupo', 'estados',
      'miembros', 'fue', 'han', 'ha', 'también', 'dicho', 'cuyo', 'cuya', 'ello', 'asimismo',
    ],
    letters: 'ñ¿¡áíóú',
  },
  structure: {
    parts: [
      'Debate', 'Debates', 'Deliberaciones', 'Resumen de los debates', 'Próximas medidas recomendadas',
      'Próximos pasos recomendados', 'Recomendaciones', 'Conclusiones', 'Conclusiones y recomendaciones',
      'Próximas medidas', 'Próximos pasos', 'Resumen', 'Propuestas',
    ],
    standing: {
      recommendations: ['recomend…', 'próximas medidas', 'próximos pasos', 'conclusión', 'conclusiones', 'camino a seguir', 'medidas a seguir'],
      discussion: ['debate', 'debates', 'deliberación', 'deliberaciones', 'discusión', 'discusiones', 'intercambio de opiniones', 'resumen de los debates'],
    },
    headingWords: { chapter: ['Capítulo'], section: ['Sección'], annex: ['Anexo', 'Apéndice'] },
  },
  masthead: {
    lines: [/^distr\.?(?:\s*:|\s|$)/i, /^original\s*:/i, /^(?:general|limitada|reservada)\s*$/i],
    symbolLabel: /^\s*(?:signatura(?:\s+del\s+documento)?|símbolo)\s*:?/i,
  },
  dates: {
    months: [
      ['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'],
      ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre'],
    ],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    formats: ['{d} de {month} de {y}', '{d} {month} {y}'],
    label: /^\s*fecha\s*:\s*/i,
  },
  numbering: {
    chapter: [{ style: 'upperRoman', template: '{n}.' }],
    section: [{ style: 'upperLetter', template: '{n}.' }],
    paragraph: [{ style: 'decimal', template: '{n}.' }],
    subparagraph: [{ style: 'lowerLetter', template: '{n})' }, { style: 'lowerLetter', template: '({n})' }],
    subsubparagraph: [{ style: 'lowerRoman', template: '{n})' }, { style: 'lowerRoman', template: '({n})' }],
  },
  matching: { inflect: 'all', stem: spanishStem },
  hedging: {
    modal: [
      { forms: ['están obligados a', 'está obligado a', 'están obligadas a', 'está obligada a'], rank: 8 },
      { forms: ['deben', 'debe', 'tienen que', 'tiene que'], rank: 7 },
      { forms: ['deberán', 'deberá'], rank: 6 },
      { forms: ['deberían', 'debería', 'convendría'], rank: 5 },
      { forms: ['podrían', 'podría'], rank: 3 },
      { forms: ['pueden', 'puede', 'podrán', 'podrá'], rank: 2 },
    ],
    verb: [
      { forms: ['decide', 'deciden', 'exige', 'exigen'], rank: 9 },
      { forms: ['exhorta', 'exhortan', 'insta', 'instan', 'exhorta encarecidamente', 'insta encarecidamente'], rank: 8 },
      { forms: ['solicita', 'solicitan', 'pide', 'piden'], rank: 7 },
      { forms: ['recomienda', 'recomiendan'], rank: 6 },
      { forms: ['alienta', 'alientan', 'anima', 'animan'], rank: 5 },
      { forms: ['invita', 'invitan'], rank: 4 },
      { forms: ['acoge con beneplácito', 'acogen con beneplácito', 'acoge con satisfacción', 'acogen con satisfacción', 'celebra', 'celebran'], rank: 3 },
      { forms: ['observa', 'observan', 'reconoce', 'reconocen', 'señala', 'señalan'], rank: 2 },
      { forms: ['toma nota', 'toman nota'], rank: 1 },
    ],
    qualifiers: [
      'según proceda', 'cuando proceda', 'si procede', 'según corresponda', 'cuando corresponda', 'en su caso',
      'en la medida de lo posible', 'cuando sea posible', 'siempre que sea posible', 'con carácter voluntario',
      'de forma voluntaria', 'de manera voluntaria', 'voluntario', 'voluntaria', 'voluntarios', 'voluntarias',
      'voluntariamente', 'no vinculante', 'no vinculantes', 'de conformidad con las prioridades nacionales',
      'con arreglo a las prioridades nacionales', 'de conformidad con la legislación nacional',
      'con cargo a los recursos existentes', 'con sujeción a la disponibilidad de recursos', 'previa solicitud', 'a petición',
    ],
  },
  watchList: {
    'cyber-mercenaries': { phrase: 'cibermercenarios', alternatives: ['mercenarios cibernéticos', 'piratería por encargo'] },
    'hack-as-a-service': { phrase: 'piratería como servicio', alternatives: ['acceso como servicio'] },
    ransomware: { phrase: 'programas de secuestro', alternatives: ['ransomware', 'secuestro de datos'] },
    'critical-infrastructure': { phrase: 'infraestructuras críticas', alternatives: ['infraestructura crítica de la información', 'infraestructuras esenciales'] },
    'supply-chain': { phrase: 'cadena de suministro', alternatives: [] },
    'technological-neutrality': { phrase: 'neutralidad tecnológica', alternatives: [] },
    'international-humanitarian-law': { phrase: 'derecho internacional humanitario', alternatives: ['DIH'] },
    'human-rights': { phrase: 'derechos humanos', alternatives: [] },
    'capacity-building': { phrase: 'creación de capacidad', alternatives: ['fomento de la capacidad', 'desarrollo de la capacidad'] },
    'confidence-building-measures': { phrase: 'medidas de fomento de la confianza', alternatives: [] },
    'points-of-contact': { phrase: 'puntos de contacto', alternatives: [] },
    'programme-of-action': { phrase: 'programa de acción', alternatives: [] },
    multistakeholder: { phrase: 'múltiples partes interesadas', alternatives: ['múltiples interesados'] },
    gender: { phrase: 'género', alternatives: ['perspectiva de género'] },
    'artificial-intelligence': { phrase: 'inteligencia artificial', alternatives: ['IA'] },
  },
  categories: {
    threats: 'Amenazas',
    principles: 'Principios',
    internationalLaw: 'Derecho internacional',
    capacityBuilding: 'Creación de capacidad',
    confidenceBuilding: 'Fomento de la confianza',
    institutionalDialogue: 'Diálogo institucional',
    inclusion: 'Inclusión',
    emergingTechnologies: 'Tecnologías emergentes',
  },
};

export default es;
