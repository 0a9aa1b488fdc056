import { describe, expect, it } from 'vitest';
import { SAMPLE_PARAGRAPHS } from '../testing/lang-samples';
import { resolveLanguage } from './detect';
import { LANGUAGES, detect, isLanguageCode } from './registry';

describe('language detection', () => {
  it.each(Object.entries(SAMPLE_PARAGRAPHS))('recognises %s paragraphs, each alone and together, with confidence', (code, paragraphs) => {
    for (const p of paragraphs) {
      const d = detect(p);
      expect(d.code, p).toBe(code);
      expect(d.confidence, p).toBeGreaterThanOrEqual(0.7);
    }
    const all = detect(paragraphs);
    expect(all.code).toBe(code);
    expect(all.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('recognises short texts, less surely', () => {
    const cases: [string, string][] = [
      ['Les États', 'fr'], ['Débat', 'fr'], ['Los Estados', 'es'], ['Próximas medidas recomendadas', 'es'],
      ['The States', 'en'], ['Recommended next steps', 'en'], ['Обсуждение', 'ru'], ['المناقشة', 'ar'], ['讨论', 'zh'],
    ];
    for (const [text, code] of cases) {
      const d = detect(text);
      expect(d.code, text).toBe(code);
      expect(d.confidence, text).toBeLessThan(detect(SAMPLE_PARAGRAPHS[code]!).confidence);
    }
  });

  it('reads mixed texts by their main language', () => {
    expect(detect('Les États ont examiné la notion de « hack-as-a-service » et celle de « cyber mercenaries » employées dans le document A/AC.292/2025/CRP.1.').code).toBe('fr');
    expect(detect('States discussed the French expression « neutralité technologique » used by several delegations in the Group.').code).toBe('en');
    expect(detect('وأشارت الدول إلى الوثيقة A/AC.292/2025/CRP.1 وإلى مفهوم ICT security في تقرير الفريق.').code).toBe('ar');
    expect(detect('各国讨论了ICT安全问题以及A/AC.292/2025/CRP.1号文件。').code).toBe('zh');
    const quoted = detect('Государства обсудили термин «cyber mercenaries».');
    expect(quoted.code).toBe('ru');
    expect(quoted.confidence).toBeLessThan(0.9);
  });

  it('finds no language in a text without letters', () => {
    expect(detect('12. 13. (a) 2025')).toMatchObject({ code: null, confidence: 0 });
    expect(detect('')).toMatchObject({ code: null, confidence: 0 });
  });

  it('scores every registered language', () => {
    expect(Object.keys(detect('Les États').scores).sort()).toEqual(LANGUAGES.map((p) => p.code).sort());
  });
});

describe('resolveLanguage', () => {
  const sure = { code: 'fr', confidence: 0.9, scores: {} };
  const unsure = { code: 'fr', confidence: 0.2, scores: {} };
  it('takes the draft choice, then the project choice, then a sure detection, then the default', () => {
    expect(resolveLanguage({ draft: 'ru', project: 'es', detected: sure }, isLanguageCode, 'en')).toEqual({ code: 'ru', source: 'draft' });
    expect(resolveLanguage({ project: 'es', detected: sure }, isLanguageCode, 'en')).toEqual({ code: 'es', source: 'project' });
    expect(resolveLanguage({ detected: sure }, isLanguageCode, 'en')).toEqual({ code: 'fr', source: 'detected' });
    expect(resolveLanguage({ detected: unsure }, isLanguageCode, 'en')).toEqual({ code: 'en', source: 'default' });
  });
  it('passes over codes it does not know', () => {
    expect(resolveLanguage({ draft: 'de', project: 'xx', detected: sure }, isLanguageCode, 'en')).toEqual({ code: 'fr', source: 'detected' });
  });
});
