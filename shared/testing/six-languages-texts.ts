/**
 * The six languages' texts of the generated OEWG-style report (see six-languages.ts for the drafts
 * made from them and what changes between them): each language's masthead, headings, part names,
 * labels as it prints them, watched term, hedges and paragraph texts, written for these fixtures.
 */

export type SixCode = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';
export const SIX_CODES: readonly SixCode[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
export const DRAFT_NAMES = ['zero', 'rev1', 'final'] as const;

/** A text per draft (zero, Rev.1, final), or the same text in all three. */
export type Versions = string | readonly [string, string, string];

/** The paragraphs of the report, by role (see the module comment for what happens to each). */
export interface Texts {
  i1: Versions;
  i2: Versions;
  a1: Versions;
  a2: Versions;
  a3: Versions;
  a4: Versions;
  a5: Versions;
  a5a: Versions;
  a5b: Versions;
  a5c: Versions;
  b1: Versions;
  b2: Versions;
  b3: Versions;
  c1: Versions;
  cNew: Versions;
  c2: Versions;
  c3: Versions;
  z1: Versions;
}

interface Labels {
  chapter: readonly string[];
  section: readonly string[];
  /** Paragraph label of number n in draft d. */
  paragraph: (n: number, draft: number) => string;
  sub: readonly string[];
  /** Between a heading's label and its text ('' after ideographic punctuation). */
  headingSpace: string;
}

export interface SixLanguage {
  code: SixCode;
  direction: 'ltr' | 'rtl';
  /** The watched term, as the watch list writes it. */
  term: string;
  /** The modal verbs whose change must be found: [before, after] in A's and in C's recommendations. */
  hedges: readonly [readonly [string, string], readonly [string, string]];
  symbols: readonly [string, string, string];
  dates: readonly [string, string, string];
  titles: readonly [string, string, string];
  chapters: readonly [string, string, string];
  sections: readonly [string, string, string];
  discussion: string;
  recommendations: string;
  labels: Labels;
  /** Headings as Word heading styles (true) or as bold lines (false). */
  headingStyles: boolean;
  texts: Texts;
}

const ROMAN = ['I', 'II', 'III'];
const dot = (xs: readonly string[]): string[] => xs.map((x) => `${x}.`);
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const indic = (n: number): string => String(n).replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!);

const SYMBOLS = ['A/AC.301/2026/CRP.1', 'A/AC.301/2026/CRP.1/Rev.1', 'A/AC.301/2026/L.1'] as const;

export const SIX_LANGUAGES: readonly SixLanguage[] = [
  {
    code: 'en',
    direction: 'ltr',
    term: 'technological neutrality',
    hedges: [['should', 'could'], ['should', 'could']],
    symbols: SYMBOLS,
    dates: ['2 February 2026', '16 March 2026', '24 April 2026'],
    titles: ['Zero draft of the annual progress report', 'Revised draft of the annual progress report', 'Annual progress report'],
    chapters: ['Introduction', 'Substantive work', 'Organizational matters'],
    sections: ['Existing and emerging threats', 'Rules, norms and principles', 'Capacity-building'],
    discussion: 'Discussion',
    recommendations: 'Recommended next steps',
    labels: { chapter: dot(ROMAN), section: ['A.', 'B.', 'C.'], paragraph: (n) => `${n}.`, sub: ['(a)', '(b)', '(c)'], headingSpace: ' ' },
    headingStyles: true,
    texts: {
      i1: 'The open-ended working group held its third substantive session in New York from 9 to 13 February 2026, in accordance with General Assembly resolution 80/241.',
      i2: [
        'The present draft reflects the exchanges held during that session and the written contributions received from delegations by 30 January 2026.',
        'The present draft reflects the exchanges held during that session, the informal consultations of March 2026 and the written contributions received from delegations.',
        'The present draft reflects the exchanges held during that session, the informal consultations of March 2026 and the written contributions received from delegations.',
      ],
      a1: 'Delegations observed that malicious activity targeting health-care facilities and water utilities had grown in scale and sophistication over the past year.',
      a2: 'Several delegations noted that smaller administrations often detect intrusions late and lack the means to establish their origin.',
      a3: 'Some delegations raised the use of artificial intelligence tools to automate the search for vulnerabilities in widely used software.',
      a4: [
        'States underlined the importance of the technological neutrality of existing commitments when they develop national policies and legislation on digital security.',
        'Several States underlined the importance of the technological neutrality of existing commitments when they develop national policies and legislation on digital security.',
        'Several States underlined the importance of the general character of existing commitments when they develop national policies and legislation on digital security.',
      ],
      a5: [
        'The working group should continue to exchange views on threats at its sessions, in particular on:',
        'The working group could continue to exchange views on threats at its sessions, in particular on:',
        'The working group could continue to exchange views on threats at its sessions, in particular on:',
      ],
      a5a: 'threats to the integrity of submarine cables and satellite links;',
      a5b: [
        'the sale of intrusion software to actors that misuse it;',
        'the sale of intrusion software to actors that misuse it;',
        'the sale of commercial intrusion software to actors that misuse it;',
      ],
      a5c: 'incidents that disrupt the delivery of humanitarian assistance.',
      b1: 'Delegations reaffirmed that the voluntary norms adopted by consensus remain the common basis of responsible State behaviour.',
      b2: [
        'A number of delegations stressed that the norms apply on the basis of technological neutrality, whatever the tools used by States.',
        'A number of delegations stressed that the norms apply on the basis of neutrality as regards technology, whatever the tools used by States.',
        'A number of delegations stressed that the norms apply on the basis of neutrality as regards technology, whatever the tools used by States.',
      ],
      b3: 'The working group recommends that States share, on a voluntary basis, their national experience in implementing the norms.',
      c1: 'Delegations welcomed the progress made by regional training centres and the growing number of trainers from developing countries.',
      cNew: 'Several delegations proposed that the Secretariat map the existing offers of capacity-building and the needs expressed by requesting States.',
      c2: 'Other delegations emphasized that capacity-building must respond to demand and respect national ownership.',
      c3: [
        'The Secretariat should support, within existing resources, projects that strengthen incident response teams in the least developed countries.',
        'The Secretariat should support, within existing resources, projects that strengthen incident response teams in the least developed countries.',
        'The Secretariat could support, within existing resources, projects that strengthen incident response teams in the least developed countries.',
      ],
      z1: [
        'The working group will consider the present report at its fourth substantive session, to be held in July 2026.',
        'The working group will consider the present report at its fourth substantive session, to be held in July 2026.',
        'The working group adopted the present report at its fourth substantive session, held in July 2026.',
      ],
    },
  },
  {
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
  },
  {
    code: 'es',
    direction: 'ltr',
    term: 'neutralidad tecnológica',
    hedges: [['debería', 'podría'], ['debería', 'podría']],
    symbols: SYMBOLS,
    dates: ['2 de febrero de 2026', '16 de marzo de 2026', '24 de abril de 2026'],
    titles: ['Borrador cero del informe anual sobre los progresos realizados', 'Borrador revisado del informe anual sobre los progresos realizados', 'Informe anual sobre los progresos realizados'],
    chapters: ['Introducción', 'Labor sustantiva', 'Cuestiones de organización'],
    sections: ['Amenazas existentes y emergentes', 'Reglas, normas y principios', 'Creación de capacidad'],
    discussion: 'Debate',
    recommendations: 'Próximas medidas recomendadas',
    labels: { chapter: dot(ROMAN), section: ['A.', 'B.', 'C.'], paragraph: (n) => `${n}.`, sub: ['a)', 'b)', 'c)'], headingSpace: ' ' },
    headingStyles: false,
    texts: {
      i1: 'El grupo de trabajo de composición abierta celebró su tercer período de sesiones sustantivo en Nueva York del 9 al 13 de febrero de 2026, de conformidad con la resolución 80/241 de la Asamblea General.',
      i2: [
        'El presente borrador refleja los intercambios mantenidos durante ese período de sesiones y las contribuciones escritas recibidas de las delegaciones hasta el 30 de enero de 2026.',
        'El presente borrador refleja los intercambios mantenidos durante ese período de sesiones, las consultas oficiosas de marzo de 2026 y las contribuciones escritas recibidas de las delegaciones.',
        'El presente borrador refleja los intercambios mantenidos durante ese período de sesiones, las consultas oficiosas de marzo de 2026 y las contribuciones escritas recibidas de las delegaciones.',
      ],
      a1: 'Las delegaciones observaron que las actividades malintencionadas dirigidas contra centros de salud y servicios de abastecimiento de agua habían aumentado en escala y complejidad durante el último año.',
      a2: 'Varias delegaciones señalaron que las administraciones pequeñas suelen detectar las intrusiones con retraso y carecen de medios para determinar su origen.',
      a3: 'Algunas delegaciones mencionaron el uso de herramientas de inteligencia artificial para automatizar la búsqueda de vulnerabilidades en programas informáticos de uso generalizado.',
      a4: [
        'Los Estados subrayaron la importancia de la neutralidad tecnológica de los compromisos existentes al elaborar sus políticas y leyes nacionales en materia de seguridad digital.',
        'Varios Estados subrayaron la importancia de la neutralidad tecnológica de los compromisos existentes al elaborar sus políticas y leyes nacionales en materia de seguridad digital.',
        'Varios Estados subrayaron la importancia del carácter general de los compromisos existentes al elaborar sus políticas y leyes nacionales en materia de seguridad digital.',
      ],
      a5: [
        'El grupo de trabajo debería proseguir, en sus períodos de sesiones, el intercambio de opiniones sobre las amenazas, en particular:',
        'El grupo de trabajo podría proseguir, en sus períodos de sesiones, el intercambio de opiniones sobre las amenazas, en particular:',
        'El grupo de trabajo podría proseguir, en sus períodos de sesiones, el intercambio de opiniones sobre las amenazas, en particular:',
      ],
      a5a: 'las amenazas a la integridad de los cables submarinos y de los enlaces por satélite;',
      a5b: [
        'la venta de programas de intrusión a agentes que hacen un uso indebido de ellos;',
        'la venta de programas de intrusión a agentes que hacen un uso indebido de ellos;',
        'la venta de programas de intrusión comerciales a agentes que hacen un uso indebido de ellos;',
      ],
      a5c: 'los incidentes que perturban la prestación de asistencia humanitaria.',
      b1: 'Las delegaciones reafirmaron que las normas voluntarias aprobadas por consenso siguen siendo la base común del comportamiento responsable de los Estados.',
      b2: [
        'Un número considerable de delegaciones insistió en que las normas se aplican con arreglo al principio de neutralidad tecnológica, independientemente de los instrumentos que empleen los Estados.',
        'Un número considerable de delegaciones insistió en que las normas se aplican con arreglo a un principio de neutralidad respecto de la tecnología, independientemente de los instrumentos que empleen los Estados.',
        'Un número considerable de delegaciones insistió en que las normas se aplican con arreglo a un principio de neutralidad respecto de la tecnología, independientemente de los instrumentos que empleen los Estados.',
      ],
      b3: 'El grupo de trabajo recomienda que los Estados compartan, con carácter voluntario, su experiencia nacional en la aplicación de las normas.',
      c1: 'Las delegaciones acogieron con beneplácito los avances logrados por los centros regionales de formación y el número creciente de formadores procedentes de países en desarrollo.',
      cNew: 'Algunas delegaciones propusieron que la Secretaría elaborara un inventario de la oferta de creación de capacidad existente y de las necesidades expresadas por los Estados solicitantes.',
      c2: 'Otras delegaciones destacaron que la creación de capacidad debe responder a la demanda y respetar la titularidad nacional.',
      c3: [
        'La Secretaría debería apoyar, con cargo a los recursos disponibles, los proyectos que refuercen los equipos de respuesta a incidentes en los países menos adelantados.',
        'La Secretaría debería apoyar, con cargo a los recursos disponibles, los proyectos que refuercen los equipos de respuesta a incidentes en los países menos adelantados.',
        'La Secretaría podría apoyar, con cargo a los recursos disponibles, los proyectos que refuercen los equipos de respuesta a incidentes en los países menos adelantados.',
      ],
      z1: [
        'El grupo de trabajo examinará el presente informe en su cuarto período de sesiones sustantivo, que se celebrará en julio de 2026.',
        'El grupo de trabajo examinará el presente informe en su cuarto período de sesiones sustantivo, que se celebrará en julio de 2026.',
        'El grupo de trabajo aprobó el presente informe en su cuarto período de sesiones sustantivo, celebrado en julio de 2026.',
      ],
    },
  },
  {
    code: 'ru',
    direction: 'ltr',
    term: 'технологическая нейтральность',
    hedges: [['следует', 'могла бы'], ['следует', 'может']],
    symbols: SYMBOLS,
    dates: ['2 февраля 2026 года', '16 марта 2026 года', '24 апреля 2026 года'],
    titles: ['Нулевой проект ежегодного доклада о ходе работы', 'Пересмотренный проект ежегодного доклада о ходе работы', 'Ежегодный доклад о ходе работы'],
    chapters: ['Введение', 'Основная работа', 'Организационные вопросы'],
    sections: ['Существующие и возникающие угрозы', 'Правила, нормы и принципы', 'Укрепление потенциала'],
    discussion: 'Обсуждение',
    recommendations: 'Рекомендуемые дальнейшие шаги',
    labels: { chapter: dot(ROMAN), section: ['А.', 'Б.', 'В.'], paragraph: (n) => `${n}.`, sub: ['а)', 'б)', 'в)'], headingSpace: ' ' },
    headingStyles: false,
    texts: {
      i1: 'Рабочая группа открытого состава провела свою третью основную сессию в Нью-Йорке 9–13 февраля 2026 года в соответствии с резолюцией 80/241 Генеральной Ассамблеи.',
      i2: [
        'В настоящем проекте отражены обмены мнениями, состоявшиеся в ходе этой сессии, и письменные материалы, полученные от делегаций до 30 января 2026 года.',
        'В настоящем проекте отражены обмены мнениями, состоявшиеся в ходе этой сессии, неофициальные консультации в марте 2026 года и письменные материалы, полученные от делегаций.',
        'В настоящем проекте отражены обмены мнениями, состоявшиеся в ходе этой сессии, неофициальные консультации в марте 2026 года и письменные материалы, полученные от делегаций.',
      ],
      a1: 'Делегации отметили, что за последний год масштабы и сложность злонамеренной деятельности, направленной против медицинских учреждений и систем водоснабжения, возросли.',
      a2: 'Ряд делегаций указал, что небольшие администрации часто обнаруживают вторжения с опозданием и не располагают средствами для установления их источника.',
      a3: 'Некоторые делегации упомянули использование инструментов искусственного интеллекта для автоматизации поиска уязвимостей в широко распространенном программном обеспечении.',
      a4: [
        'Государства подчеркнули важность технологической нейтральности существующих обязательств при разработке национальной политики и законодательства в области цифровой безопасности.',
        'Несколько государств подчеркнули важность технологической нейтральности существующих обязательств при разработке национальной политики и законодательства в области цифровой безопасности.',
        'Несколько государств подчеркнули важность общего характера существующих обязательств при разработке национальной политики и законодательства в области цифровой безопасности.',
      ],
      a5: [
        'Рабочей группе следует продолжить на своих сессиях обмен мнениями об угрозах, в частности:',
        'Рабочая группа могла бы продолжить на своих сессиях обмен мнениями об угрозах, в частности:',
        'Рабочая группа могла бы продолжить на своих сессиях обмен мнениями об угрозах, в частности:',
      ],
      a5a: 'об угрозах целостности подводных кабелей и спутниковых линий связи;',
      a5b: [
        'о продаже программ для вторжения субъектам, которые злоупотребляют ими;',
        'о продаже программ для вторжения субъектам, которые злоупотребляют ими;',
        'о продаже коммерческих программ для вторжения субъектам, которые злоупотребляют ими;',
      ],
      a5c: 'об инцидентах, нарушающих доставку гуманитарной помощи.',
      b1: 'Делегации подтвердили, что добровольные нормы, принятые консенсусом, остаются общей основой ответственного поведения государств.',
      b2: [
        'Многие делегации подчеркнули, что нормы применяются на основе принципа технологической нейтральности независимо от средств, используемых государствами.',
        'Многие делегации подчеркнули, что нормы применяются на основе нейтральности по отношению к технологиям независимо от средств, используемых государствами.',
        'Многие делегации подчеркнули, что нормы применяются на основе нейтральности по отношению к технологиям независимо от средств, используемых государствами.',
      ],
      b3: 'Рабочая группа рекомендует государствам на добровольной основе делиться национальным опытом осуществления норм.',
      c1: 'Делегации приветствовали успехи региональных учебных центров и растущее число инструкторов из развивающихся стран.',
      cNew: 'Ряд делегаций предложил Секретариату составить перечень существующих предложений по укреплению потенциала и потребностей, заявленных запрашивающими государствами.',
      c2: 'Другие делегации подчеркнули, что укрепление потенциала должно отвечать спросу и уважать национальную ответственность.',
      c3: [
        'Секретариату следует поддерживать в пределах имеющихся ресурсов проекты по укреплению групп реагирования на инциденты в наименее развитых странах.',
        'Секретариату следует поддерживать в пределах имеющихся ресурсов проекты по укреплению групп реагирования на инциденты в наименее развитых странах.',
        'Секретариат может поддерживать в пределах имеющихся ресурсов проекты по укреплению групп реагирования на инциденты в наименее развитых странах.',
      ],
      z1: [
        'Рабочая группа рассмотрит настоящий доклад на своей четвертой основной сессии, которая состоится в июле 2026 года.',
        'Рабочая группа рассмотрит настоящий доклад на своей четвертой основной сессии, которая состоится в июле 2026 года.',
        'Рабочая группа утвердила настоящий доклад на своей четвертой основной сессии, состоявшейся в июле 2026 года.',
      ],
    },
  },
  {
    code: 'ar',
    direction: 'rtl',
    term: 'الحياد التكنولوجي',
    hedges: [['ينبغي', 'يمكن'], ['ينبغي', 'يمكن']],
    symbols: SYMBOLS,
    dates: ['2 شباط/فبراير 2026', '16 آذار/مارس 2026', '24 نيسان/أبريل 2026'],
    titles: ['المسودة الأولية للتقرير المرحلي السنوي', 'المسودة المنقحة للتقرير المرحلي السنوي', 'التقرير المرحلي السنوي'],
    chapters: ['مقدمة', 'العمل الموضوعي', 'المسائل التنظيمية'],
    sections: ['التهديدات القائمة والناشئة', 'القواعد والمعايير والمبادئ', 'بناء القدرات'],
    discussion: 'المناقشة',
    recommendations: 'الخطوات التالية الموصى بها',
    labels: {
      chapter: ['أولا -', 'ثانيا -', 'ثالثا -'],
      section: ['ألف -', 'باء -', 'جيم -'],
      paragraph: (n, draft) => `${draft === 2 ? indic(n) : n} -`,
      sub: ['(أ)', '(ب)', '(ج)'],
      headingSpace: ' ',
    },
    headingStyles: true,
    texts: {
      i1: 'عقد الفريق العامل المفتوح العضوية دورته الموضوعية الثالثة في نيويورك في الفترة من 9 إلى 13 شباط/فبراير 2026، وفقا لقرار الجمعية العامة 80/241.',
      i2: [
        'ويعرض هذا المشروع المناقشات التي جرت خلال تلك الدورة والمساهمات الخطية الواردة من الوفود حتى 30 كانون الثاني/يناير 2026.',
        'ويعرض هذا المشروع المناقشات التي جرت خلال تلك الدورة والمشاورات غير الرسمية المعقودة في آذار/مارس 2026 والمساهمات الخطية الواردة من الوفود.',
        'ويعرض هذا المشروع المناقشات التي جرت خلال تلك الدورة والمشاورات غير الرسمية المعقودة في آذار/مارس 2026 والمساهمات الخطية الواردة من الوفود.',
      ],
      a1: 'لاحظت الوفود أن الأنشطة الخبيثة التي تستهدف المرافق الصحية وخدمات توزيع المياه قد ازدادت نطاقا وتعقيدا خلال العام الماضي.',
      a2: 'وأشارت عدة وفود إلى أن الإدارات الصغيرة كثيرا ما تكتشف عمليات الاختراق متأخرة وتفتقر إلى الوسائل اللازمة لتحديد مصدرها.',
      a3: 'وتطرقت بعض الوفود إلى استخدام أدوات الذكاء الاصطناعي لأتمتة البحث عن الثغرات في البرمجيات الواسعة الانتشار.',
      a4: [
        'وشددت الدول على أهمية الحياد التكنولوجي للالتزامات القائمة عند وضع سياساتها وتشريعاتها الوطنية في مجال الأمن الرقمي.',
        'وشددت عدة دول على أهمية الحياد التكنولوجي للالتزامات القائمة عند وضع سياساتها وتشريعاتها الوطنية في مجال الأمن الرقمي.',
        'وشددت عدة دول على أهمية الطابع العام للالتزامات القائمة عند وضع سياساتها وتشريعاتها الوطنية في مجال الأمن الرقمي.',
      ],
      a5: [
        'ينبغي للفريق العامل أن يواصل في دوراته تبادل الآراء بشأن التهديدات، ولا سيما ما يلي:',
        'يمكن للفريق العامل أن يواصل في دوراته تبادل الآراء بشأن التهديدات، ولا سيما ما يلي:',
        'يمكن للفريق العامل أن يواصل في دوراته تبادل الآراء بشأن التهديدات، ولا سيما ما يلي:',
      ],
      a5a: 'التهديدات التي تمس سلامة الكابلات البحرية ووصلات الاتصال الساتلية؛',
      a5b: [
        'بيع برمجيات الاختراق إلى جهات تسيء استخدامها؛',
        'بيع برمجيات الاختراق إلى جهات تسيء استخدامها؛',
        'بيع برمجيات الاختراق التجارية إلى جهات تسيء استخدامها؛',
      ],
      a5c: 'الحوادث التي تعطل إيصال المساعدة الإنسانية.',
      b1: 'وأكدت الوفود من جديد أن المعايير الطوعية المعتمدة بتوافق الآراء لا تزال تشكل الأساس المشترك لسلوك الدول المسؤول.',
      b2: [
        'وشدد عدد من الوفود على أن المعايير تنطبق على أساس مبدأ الحياد التكنولوجي، أيا كانت الأدوات التي تستخدمها الدول.',
        'وشدد عدد من الوفود على أن المعايير تنطبق على أساس الحياد إزاء التكنولوجيا، أيا كانت الأدوات التي تستخدمها الدول.',
        'وشدد عدد من الوفود على أن المعايير تنطبق على أساس الحياد إزاء التكنولوجيا، أيا كانت الأدوات التي تستخدمها الدول.',
      ],
      b3: 'ويوصي الفريق العامل بأن تتبادل الدول، على أساس طوعي، تجاربها الوطنية في تنفيذ المعايير.',
      c1: 'ورحبت الوفود بالتقدم الذي أحرزته مراكز التدريب الإقليمية وبتزايد عدد المدربين من البلدان النامية.',
      cNew: 'واقترحت بعض الوفود أن تعد الأمانة العامة حصرا لعروض بناء القدرات القائمة وللاحتياجات التي أعربت عنها الدول الطالبة.',
      c2: 'وأكدت وفود أخرى أن بناء القدرات يجب أن يلبي الطلب وأن يحترم الملكية الوطنية.',
      c3: [
        'ينبغي للأمانة العامة أن تدعم، في حدود الموارد المتاحة، المشاريع التي تعزز أفرقة الاستجابة للحوادث في أقل البلدان نموا.',
        'ينبغي للأمانة العامة أن تدعم، في حدود الموارد المتاحة، المشاريع التي تعزز أفرقة الاستجابة للحوادث في أقل البلدان نموا.',
        'يمكن للأمانة العامة أن تدعم، في حدود الموارد المتاحة، المشاريع التي تعزز أفرقة الاستجابة للحوادث في أقل البلدان نموا.',
      ],
      z1: [
        'وسينظر الفريق العامل في هذا التقرير في دورته الموضوعية الرابعة المقرر عقدها في تموز/يوليه 2026.',
        'وسينظر الفريق العامل في هذا التقرير في دورته الموضوعية الرابعة المقرر عقدها في تموز/يوليه 2026.',
        'واعتمد الفريق العامل هذا التقرير في دورته الموضوعية الرابعة المعقودة في تموز/يوليه 2026.',
      ],
    },
  },
  {
    code: 'zh',
    direction: 'ltr',
    term: '技术中立',
    hedges: [['应', '可'], ['应', '可']],
    symbols: SYMBOLS,
    dates: ['2026年2月2日', '2026年3月16日', '2026年4月24日'],
    titles: ['年度进展报告零草案', '年度进展报告修订草案', '年度进展报告'],
    chapters: ['导言', '实质性工作', '组织事项'],
    sections: ['现有威胁和新出现的威胁', '规则、规范和原则', '能力建设'],
    discussion: '讨论',
    recommendations: '建议的下一步行动',
    labels: { chapter: ['一、', '二、', '三、'], section: ['（一）', '（二）', '（三）'], paragraph: (n) => `${n}.`, sub: ['(a)', '(b)', '(c)'], headingSpace: '' },
    headingStyles: true,
    texts: {
      i1: '不限成员名额工作组根据大会第80/241号决议，于2026年2月9日至13日在纽约举行了第三届实质性会议。',
      i2: [
        '本草案反映了该届会议期间的交流情况以及截至2026年1月30日收到的各代表团书面意见。',
        '本草案反映了该届会议期间的交流情况、2026年3月的非正式磋商以及收到的各代表团书面意见。',
        '本草案反映了该届会议期间的交流情况、2026年3月的非正式磋商以及收到的各代表团书面意见。',
      ],
      a1: '各代表团注意到，过去一年中针对医疗机构和供水设施的恶意活动在规模和复杂程度上均有所增加。',
      a2: '若干代表团指出，较小的行政部门往往较晚发现入侵行为，也缺乏查明其来源的手段。',
      a3: '一些代表团提到利用人工智能工具自动查找广泛使用的软件中的漏洞。',
      a4: [
        '各国强调，在制定本国数字安全政策和立法时，现有承诺的技术中立十分重要。',
        '若干国家强调，在制定本国数字安全政策和立法时，现有承诺的技术中立十分重要。',
        '若干国家强调，在制定本国数字安全政策和立法时，现有承诺的普遍性质十分重要。',
      ],
      a5: [
        '工作组应在各届会议上继续就威胁交换意见，特别是：',
        '工作组可在各届会议上继续就威胁交换意见，特别是：',
        '工作组可在各届会议上继续就威胁交换意见，特别是：',
      ],
      a5a: '海底电缆和卫星链路完整性面临的威胁；',
      a5b: ['向滥用入侵软件的行为体出售此类软件；', '向滥用入侵软件的行为体出售此类软件；', '向滥用商业入侵软件的行为体出售此类软件；'],
      a5c: '扰乱人道主义援助交付的事件。',
      b1: '各代表团重申，经协商一致通过的自愿规范仍是国家负责任行为的共同基础。',
      b2: [
        '一些代表团强调，无论各国使用何种工具，规范均依据技术中立原则适用。',
        '一些代表团强调，无论各国使用何种工具，规范均以对各类技术保持中立的方式适用。',
        '一些代表团强调，无论各国使用何种工具，规范均以对各类技术保持中立的方式适用。',
      ],
      b3: '工作组建议各国在自愿基础上分享执行规范的国家经验。',
      c1: '各代表团欢迎区域培训中心取得的进展以及来自发展中国家的培训人员人数不断增加。',
      cNew: '若干代表团提议秘书处梳理现有的能力建设资源以及提出请求的国家所表达的需求。',
      c2: '另一些代表团强调，能力建设必须以需求为导向并尊重国家自主权。',
      c3: [
        '秘书处应在现有资源范围内支持加强最不发达国家事件应对小组的项目。',
        '秘书处应在现有资源范围内支持加强最不发达国家事件应对小组的项目。',
        '秘书处可在现有资源范围内支持加强最不发达国家事件应对小组的项目。',
      ],
      z1: [
        '工作组将在2026年7月举行的第四届实质性会议上审议本报告。',
        '工作组将在2026年7月举行的第四届实质性会议上审议本报告。',
        '工作组在2026年7月举行的第四届实质性会议上通过了本报告。',
      ],
    },
  },
];

