/** The Spanish texts of the six-language fixtures (see ../six-languages-texts.ts). */
import { ROMAN, SYMBOLS, type SixLanguage, dot } from './model';

export const es: SixLanguage = {
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
};
