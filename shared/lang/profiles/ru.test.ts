import { describe, expect, it } from 'vitest';
import { change, found, scaleWords } from '../../testing/lang';
import { parseDateLine } from '../dates';
import { readLabels } from '../labels';
import { getProfile } from '../registry';
import { headingStanding, isMastheadLine, isPartHeading, namedHeading } from '../structure';

const ru = getProfile('ru');

describe('Russian profile', () => {
  it('finds a term in every case and number, and only that term', () => {
    const text =
      '21. Государства выразили обеспокоенность деятельностью кибернаемников. Было отмечено, что борьба с кибернаемниками требует сотрудничества, что сведения о кибернаемниках следует передавать контактным пунктам и что каждый кибернаемник должен нести ответственность; речь не идет о наемниках в традиционном смысле.';
    expect(found(ru, text, 'кибернаемники')).toEqual(['кибернаемников', 'кибернаемниками', 'кибернаемниках', 'кибернаемник']);
    expect(found(ru, text, 'наемники')).toEqual(['наемниках']);
    expect(found(ru, 'технологической нейтральности и технологическую нейтральность', 'технологическая нейтральность')).toEqual([
      'технологической нейтральности',
      'технологическую нейтральность',
    ]);
    // ё and й are folded: "признаёт" is "признает", "критический" and "критической" share a stem.
    expect(found(ru, 'критической информационной инфраструктуры', 'критическая инфраструктура')).toEqual([]);
    expect(found(ru, 'критической инфраструктуры', 'критическая инфраструктура')).toEqual(['критической инфраструктуры']);
    expect(found(ru, 'права человека и правовой режим', 'право')).toEqual(['права']);
    expect(found(ru, 'кибер-наемники и кибер наемники', 'кибер наемники')).toEqual(['кибер-наемники', 'кибер наемники']);
  });

  it('knows the parts of a section and their standing', () => {
    expect(isPartHeading('Обсуждение', ru)).toBe(true);
    expect(isPartHeading('Рекомендуемые дальнейшие шаги', ru)).toBe(true);
    expect(headingStanding('Рекомендуемые дальнейшие шаги', ru)).toBe('recommendations');
    expect(headingStanding('Рекомендации', ru)).toBe('recommendations');
    expect(headingStanding('Обсуждение', ru)).toBe('discussion');
    expect(headingStanding('Краткое изложение обсуждений', ru)).toBe('discussion');
    expect(headingStanding('А. Общий обзор', ru)).toBeNull();
    expect(namedHeading('Приложение II', ru)).toMatchObject({ kind: 'annex', value: 2 });
  });

  it('reads the masthead, in English as Russian documents print it, and Russian dates with genitive months', () => {
    expect(isMastheadLine('Distr.: General', ru)).toBe(true);
    expect(isMastheadLine('Russian', ru)).toBe(true);
    expect(isMastheadLine('Original: English', ru)).toBe(true);
    expect(parseDateLine('12 марта 2025 года', ru)).toBe('2025-03-12');
    expect(parseDateLine('1 мая 2024 г.', ru)).toBe('2024-05-01');
    expect(parseDateLine('3 декабря 2024', ru)).toBe('2024-12-03');
    expect(parseDateLine('март 2025', ru)).toBeNull();
  });

  it('finds weakened and strengthened wording', () => {
    expect(change(ru, 'Государствам следует обмениваться информацией.', 'Государства могли бы обмениваться информацией.')).toBe('weakened');
    expect(change(ru, 'Государства могут назначить контактный пункт.', 'Государства должны назначить контактный пункт.')).toBe('strengthened');
    expect(change(ru, 'Группа настоятельно призывает государства', 'Группа предлагает государствам', 'verb')).toBe('weakened');
    expect(scaleWords(ru, 'Государства могли бы при необходимости и на добровольной основе обмениваться информацией.')).toEqual([
      'modal:могли бы',
      'qualifier:при необходимости',
      'qualifier:на добровольной основе',
    ]);
    expect(scaleWords(ru, 'Группа с удовлетворением отмечает')).toEqual(['verb:с удовлетворением отмечает']);
  });

  it('reads Russian labels, with Cyrillic subparagraph letters', () => {
    const lines = ['II. Существующие и потенциальные угрозы', 'A. Общий обзор', '12. Государства отметили', 'а) программы-вымогатели;', 'б) цепочки поставок;', 'iii) прочее'];
    expect(lines.map((l) => readLabels(l, ru)[0]).map((r) => r && [r.level, r.value])).toEqual([
      ['chapter', 2], ['section', 1], ['paragraph', 12], ['subparagraph', 1], ['subparagraph', 2], ['subsubparagraph', 3],
    ]);
  });
});
