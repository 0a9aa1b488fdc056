import { describe, expect, it } from 'vitest';
import { change, found, scaleWords } from '../../testing/lang';
import { parseDateLine } from '../dates';
import { readLabels } from '../labels';
import { getProfile } from '../registry';
import { headingStanding, isMastheadLine, isPartHeading, namedHeading } from '../structure';

const es = getProfile('es');

describe('Spanish profile', () => {
  it('finds a term in the singular and the plural, in every gender, and only that term', () => {
    const text =
      '18. Varias delegaciones subrayaron la neutralidad tecnológica del marco; otras señalaron que las neutralidades tecnológicas no deben servir de pretexto, y que un enfoque neutro en lo técnico sería preferible.';
    expect(found(es, text, 'neutralidad tecnológica')).toEqual(['neutralidad tecnológica', 'neutralidades tecnológicas']);
    expect(found(es, 'los cibermercenarios y un cibermercenario', 'cibermercenarios')).toEqual(['cibermercenarios', 'cibermercenario']);
    expect(found(es, 'la infraestructura crítica y las infraestructuras críticas', 'infraestructuras críticas')).toEqual(['infraestructura crítica', 'infraestructuras críticas']);
    expect(found(es, 'una medida de fomento de la confianza y varias medidas de fomento de la confianza', 'medidas de fomento de la confianza')).toHaveLength(2);
    expect(found(es, 'las medidas médicas y la técnica', 'medidas de fomento de la confianza', 'neutralidad tecnológica')).toEqual([]);
  });

  it('knows the parts of a section and their standing', () => {
    expect(isPartHeading('Debate', es)).toBe(true);
    expect(isPartHeading('Próximas medidas recomendadas', es)).toBe(true);
    expect(isPartHeading('Panorama general', es)).toBe(false);
    expect(headingStanding('Próximas medidas recomendadas', es)).toBe('recommendations');
    expect(headingStanding('Debate', es)).toBe('discussion');
    expect(namedHeading('Anexo III', es)).toMatchObject({ kind: 'annex', value: 3 });
    expect(namedHeading('Capítulo 2: Amenazas', es)).toMatchObject({ kind: 'chapter', value: 2, title: 'Amenazas' });
  });

  it('reads the masthead and dates', () => {
    expect(isMastheadLine('Distr. general', es)).toBe(true);
    expect(isMastheadLine('Original: inglés', es)).toBe(true);
    expect(parseDateLine('12 de marzo de 2025', es)).toBe('2025-03-12');
    expect(parseDateLine('3 de setiembre de 2024', es)).toBe('2024-09-03');
    expect(parseDateLine('miércoles, 4 de diciembre de 2024', es)).toBe('2024-12-04');
    expect(parseDateLine('12 de marzo', es)).toBeNull();
  });

  it('finds weakened and strengthened wording', () => {
    expect(change(es, 'Los Estados deberían intercambiar información.', 'Los Estados podrían intercambiar información.')).toBe('weakened');
    expect(change(es, 'Los Estados pueden designar un punto de contacto.', 'Los Estados deben designar un punto de contacto.')).toBe('strengthened');
    expect(change(es, 'El Grupo insta a los Estados', 'El Grupo alienta a los Estados', 'verb')).toBe('weakened');
    expect(scaleWords(es, 'Los Estados podrían, según proceda y con carácter voluntario, compartir información.')).toEqual([
      'modal:podrían',
      'qualifier:según proceda',
      'qualifier:con carácter voluntario',
    ]);
  });

  it('reads Spanish labels', () => {
    const lines = ['III. Normas, reglas y principios', 'B. Debate', '7. Los Estados', 'c) la cadena de suministro;', 'iv) otros'];
    expect(lines.map((l) => readLabels(l, es)[0]?.level)).toEqual(['chapter', 'section', 'paragraph', 'subparagraph', 'subsubparagraph']);
  });
});
