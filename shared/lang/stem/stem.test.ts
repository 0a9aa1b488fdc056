/**
 * The stemmers. Snowball stemmers are not idempotent by design (each step strips one class of
 * suffix: "cooperation" → "cooper" → "coop"), so the matcher always stems words as written, on
 * both sides, never a stem again. What must hold, and is tested here: every form of a paradigm
 * gets one stem (conflation), different words keep different stems (false friends), the first
 * letter is kept (the matcher indexes candidates by it), and stemming is a function of the
 * folded word alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPhrase } from '../../track/fold';
import { inflections } from '../../track/matcher';
import { arabicStem } from './arabic';
import { englishVariants } from './english';
import { frenchStem } from './french';
import { russianStem } from './russian';
import { spanishStem } from './spanish';

const stems = (f: (w: string) => string, words: string[]): string[] => words.map((w) => f(foldPhrase(w)));
const same = (f: (w: string) => string, words: string[]): void => {
  const s = stems(f, words);
  expect(new Set(s).size, `${words.join(', ')} → ${s.join(', ')}`).toBe(1);
};
const apart = (f: (w: string) => string, a: string, b: string): void => {
  expect(f(foldPhrase(a)), `${a} / ${b}`).not.toBe(f(foldPhrase(b)));
};

describe('French stemmer', () => {
  it('gives the forms of a word one stem', () => {
    same(frenchStem, ['neutralité', 'neutralités']);
    same(frenchStem, ['technologique', 'technologiques']);
    same(frenchStem, ['cybermercenaire', 'cybermercenaires']);
    same(frenchStem, ['recommandation', 'recommandations', 'recommandée', 'recommandées']);
    same(frenchStem, ['national', 'nationale', 'nationaux', 'nationales']);
    same(frenchStem, ['infrastructure', 'infrastructures']);
    same(frenchStem, ['débat', 'débats']);
    same(frenchStem, ['mandat', 'mandats']);
  });
  it('keeps false friends apart', () => {
    apart(frenchStem, 'neutralité', 'neutre');
    apart(frenchStem, 'technologique', 'technique');
    apart(frenchStem, 'mercenaires', 'mercredi');
    apart(frenchStem, 'genre', 'général');
  });
});

describe('Spanish stemmer', () => {
  it('gives the forms of a word one stem', () => {
    same(spanishStem, ['neutralidad', 'neutralidades']);
    same(spanishStem, ['tecnológica', 'tecnológicas', 'tecnológico', 'tecnológicos']);
    same(spanishStem, ['cibermercenario', 'cibermercenarios', 'cibermercenaria']);
    same(spanishStem, ['voluntario', 'voluntaria', 'voluntarios', 'voluntarias']);
    same(spanishStem, ['infraestructura', 'infraestructuras']);
    same(spanishStem, ['recomendación', 'recomendaciones']);
  });
  it('keeps false friends apart', () => {
    apart(spanishStem, 'neutralidad', 'neutro');
    apart(spanishStem, 'medidas', 'médicas');
    apart(spanishStem, 'derechos', 'derrota');
  });
});

describe('Russian stemmer', () => {
  it('gives every case of a noun and an adjective one stem', () => {
    same(russianStem, ['кибернаемник', 'кибернаемника', 'кибернаемнику', 'кибернаемником', 'кибернаемнике', 'кибернаемники', 'кибернаемников', 'кибернаемникам', 'кибернаемниками', 'кибернаемниках']);
    same(russianStem, ['технологическая', 'технологической', 'технологическую', 'технологические', 'технологических']);
    same(russianStem, ['нейтральность', 'нейтральности', 'нейтральностью']);
    same(russianStem, ['инфраструктура', 'инфраструктуры', 'инфраструктуре', 'инфраструктуру', 'инфраструктурой']);
    // й and ё fold to и and е: the endings are folded the same way.
    same(russianStem, ['критический', 'критическая', 'критического']);
  });
  it('keeps false friends apart', () => {
    apart(russianStem, 'кибернаемники', 'наемники');
    apart(russianStem, 'право', 'правовой');
    apart(russianStem, 'доверие', 'доверенность');
  });
});

describe('Arabic light stemmer', () => {
  it('removes number, gender and nisba suffixes', () => {
    same(arabicStem, ['مناقشة', 'مناقشات']);
    same(arabicStem, ['سيبراني', 'سيبرانية', 'سيبرانيون', 'سيبرانيين']);
    same(arabicStem, ['تكنولوجي', 'تكنولوجية']);
    same(arabicStem, ['توصية', 'توصيات']);
  });
  it('keeps false friends apart and short words whole', () => {
    apart(arabicStem, 'تكنولوجي', 'تكنولوجيا');
    expect(arabicStem('جهة')).toBe('جهة');
    expect(arabicStem('امن')).toBe('امن');
  });
});

const alphabet = (chars: string) => fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 14 }).map((c) => c.join(''));

describe('every stemmer', () => {
  const cases = [
    ['fr', frenchStem, alphabet('abcdefghijlmnopqrstuvxyz')],
    ['es', spanishStem, alphabet('abcdefghijlmnopqrstuvxyzñ')],
    ['ru', russianStem, alphabet('абвгдежзиклмнопрстуфхцчшщъыьэюя')],
    ['ar', arabicStem, alphabet('ابتثجحخدذرزسشصضطظعغفقكلمنهويةى')],
  ] as const;
  it('property: keeps the first letter and never lengthens a word', () => {
    for (const [, stem, word] of cases) {
      fc.assert(
        fc.property(word, (w) => {
          const s = stem(w);
          expect(s.length).toBeGreaterThan(0);
          expect(s.length).toBeLessThanOrEqual(w.length + 1);
          expect(s[0]).toBe(w[0] === '\u0649' ? '\u064a' : w[0]);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('property: every form of a declension gets one stem', () => {
    // Real roots of each declension class, every ending of the class.
    const paradigms = [
      [frenchStem, ['neutral', 'national', 'sécur', 'capac', 'responsabil'], ['ité', 'ités']],
      [frenchStem, ['technolog', 'polit', 'numér', 'stratég', 'publ'], ['ique', 'iques']],
      [spanishStem, ['neutral', 'capac', 'segur', 'comun', 'soberan', 'responsabil'], ['idad', 'idades']],
      [spanishStem, ['tecnológ', 'polít', 'públ', 'estratég', 'económ'], ['ico', 'ica', 'icos', 'icas']],
      [russianStem, ['наемник', 'кибернаемник', 'партнер', 'документ', 'договор', 'механизм'], ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах']],
      [russianStem, ['технологическ', 'международн', 'национальн', 'региональн', 'критическ'], ['ая', 'ой', 'ую', 'ие', 'их', 'им', 'ими']],
      [arabicStem, ['مناقش', 'تكنولوجي', 'سيبراني', 'اتفاقي'], ['ة', 'ات']],
    ] as const;
    for (const [stem, roots, endings] of paradigms) {
      fc.assert(
        fc.property(fc.constantFrom(...roots), fc.subarray([...endings], { minLength: 2 }), (r, some) => {
          const s = new Set(some.map((e) => stem(foldPhrase(r + e))));
          expect(s.size, `${r}: ${some.join(' ')} → ${[...s].join(' ')}`).toBe(1);
        }),
        { numRuns: 40 },
      );
    }
  });
});

describe('English variants', () => {
  it('property: are the tracker matcher\'s inflections', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcehiosuxyz'), maxLength: 10 }), (w) => {
        expect(englishVariants(w)).toEqual(inflections(w));
      }),
      { numRuns: 2000 },
    );
  });
});
