/** The French texts of the six-language fixtures (see ../six-languages-texts.ts). */
import { ROMAN, SYMBOLS, type SixLanguage, dot } from './model';

export const fr: SixLanguage = {
  code: 'fr',
  direction: 'ltr',
  term: 'neutralité technologique',
  hedges: [['devrait', 'pourrait'], ['devrait', 'pourrait']],
  symbols: SYMBOLS,
  dates: ['2 février 2026', '16 mars 2026', '24 avril 2026'],
  titles: ["Avant-projet de rapport annuel d'activité", "Projet révisé de rapport annuel d'activité", "Rapport annuel d'activité"],
  chapters: ['Introduction', 'Travaux de fond', "Questions d'organisation"],
  sections: ['Menaces existantes et émergentes', 'Règles, normes et principes', 'Renforcement des capacités'],
  discussion: 'Débat',
  recommendations: 'Prochaines étapes recommandées',
  labels: { chapter: dot(ROMAN), section: ['A.', 'B.', 'C.'], paragraph: (n) => `${n}.`, sub: ['a)', 'b)', 'c)'], headingSpace: ' ' },
  headingStyles: false,
  texts: {
    i1: "Le groupe de travail à composition non limitée a tenu sa troisième session de fond à New York du 9 au 13 février 2026, conformément à la résolution 80/241 de l'Assemblée générale.",
    i2: [
      'Le présent projet rend compte des échanges tenus au cours de cette session et des contributions écrites reçues des délégations au 30 janvier 2026.',
      'Le présent projet rend compte des échanges tenus au cours de cette session, des consultations informelles de mars 2026 et des contributions écrites reçues des délégations.',
      'Le présent projet rend compte des échanges tenus au cours de cette session, des consultations informelles de mars 2026 et des contributions écrites reçues des délégations.',
    ],
    a1: "Les délégations ont constaté que les activités malveillantes visant les établissements de santé et les services de distribution d'eau avaient gagné en ampleur et en complexité au cours de l'année écoulée.",
    a2: "Plusieurs délégations ont fait observer que les petites administrations détectent souvent les intrusions tardivement et ne disposent pas des moyens d'en déterminer l'origine.",
    a3: "Certaines délégations ont évoqué l'utilisation d'outils d'intelligence artificielle pour automatiser la recherche de vulnérabilités dans des logiciels très répandus.",
    a4: [
      "Les États ont souligné l'importance de la neutralité technologique des engagements existants lorsqu'ils élaborent leurs politiques et législations nationales en matière de sécurité du numérique.",
      "Plusieurs États ont souligné l'importance de la neutralité technologique des engagements existants lorsqu'ils élaborent leurs politiques et législations nationales en matière de sécurité du numérique.",
      "Plusieurs États ont souligné l'importance du caractère général des engagements existants lorsqu'ils élaborent leurs politiques et législations nationales en matière de sécurité du numérique.",
    ],
    a5: [
      'Le groupe de travail devrait poursuivre, lors de ses sessions, les échanges de vues sur les menaces, en particulier\u00a0:',
      'Le groupe de travail pourrait poursuivre, lors de ses sessions, les échanges de vues sur les menaces, en particulier\u00a0:',
      'Le groupe de travail pourrait poursuivre, lors de ses sessions, les échanges de vues sur les menaces, en particulier\u00a0:',
    ],
    a5a: "les menaces pesant sur l'intégrité des câbles sous-marins et des liaisons satellitaires\u00a0;",
    a5b: [
      "la vente de logiciels d'intrusion à des acteurs qui en font un usage abusif\u00a0;",
      "la vente de logiciels d'intrusion à des acteurs qui en font un usage abusif\u00a0;",
      "la vente de logiciels d'intrusion commerciaux à des acteurs qui en font un usage abusif\u00a0;",
    ],
    a5c: "les incidents qui perturbent l'acheminement de l'aide humanitaire.",
    b1: 'Les délégations ont réaffirmé que les normes facultatives adoptées par consensus demeurent le socle commun du comportement responsable des États.',
    b2: [
      "Un certain nombre de délégations ont insisté sur le fait que les normes s'appliquent selon le principe de neutralité technologique, quels que soient les outils employés par les États.",
      "Un certain nombre de délégations ont insisté sur le fait que les normes s'appliquent selon un principe de neutralité à l'égard des technologies, quels que soient les outils employés par les États.",
      "Un certain nombre de délégations ont insisté sur le fait que les normes s'appliquent selon un principe de neutralité à l'égard des technologies, quels que soient les outils employés par les États.",
    ],
    b3: 'Le groupe de travail recommande que les États fassent part, à titre volontaire, de leur expérience nationale de la mise en œuvre des normes.',
    c1: 'Les délégations se sont félicitées des progrès accomplis par les centres régionaux de formation et du nombre croissant de formateurs issus des pays en développement.',
    cNew: 'Plusieurs délégations ont proposé que le Secrétariat recense les offres de renforcement des capacités existantes et les besoins exprimés par les États demandeurs.',
    c2: "D'autres délégations ont souligné que le renforcement des capacités doit répondre à la demande et respecter l'appropriation nationale.",
    c3: [
      "Le Secrétariat devrait appuyer, dans la limite des ressources disponibles, les projets qui renforcent les équipes d'intervention en cas d'incident dans les pays les moins avancés.",
      "Le Secrétariat devrait appuyer, dans la limite des ressources disponibles, les projets qui renforcent les équipes d'intervention en cas d'incident dans les pays les moins avancés.",
      "Le Secrétariat pourrait appuyer, dans la limite des ressources disponibles, les projets qui renforcent les équipes d'intervention en cas d'incident dans les pays les moins avancés.",
    ],
    z1: [
      'Le groupe de travail examinera le présent rapport à sa quatrième session de fond, qui se tiendra en juillet 2026.',
      'Le groupe de travail examinera le présent rapport à sa quatrième session de fond, qui se tiendra en juillet 2026.',
      'Le groupe de travail a adopté le présent rapport à sa quatrième session de fond, tenue en juillet 2026.',
    ],
  },
};
