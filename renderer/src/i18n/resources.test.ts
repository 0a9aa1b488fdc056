/**
 * Every interface language holds exactly English's keys, with the same {{variables}} and the
 * plural forms its own plural rules need (French: one for 0 and 1, many for a million; i18next's
 * _one/_many/_other suffixes from Intl.PluralRules).
 */
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { UI_RESOURCES, i18n } from './index';
import type { Resources } from './resources';

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** "a.b.c" → value, flattened. */
function flatten(r: Resources, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** Keys without plural suffixes, each with the suffixes found. */
function shape(r: Resources): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flatten(r).keys()) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    const set = out.get(base) ?? new Set<string>();
    if (m) set.add(m[1]!);
    out.set(base, set);
  }
  return out;
}

const variables = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('interface resources', () => {
  const english = flatten(en);
  const englishShape = shape(en);

  it('English plurals have the forms English needs', () => {
    for (const [key, forms] of englishShape) if (forms.size) expect([...forms].sort(), key).toEqual(['one', 'other']);
  });

  for (const [code, resources] of Object.entries(UI_RESOURCES)) {
    if (code === 'en') continue;
    describe(code, () => {
      const own = flatten(resources);
      const ownShape = shape(resources);
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();

      it('has exactly the keys of English', () => {
        expect([...ownShape.keys()].sort()).toEqual([...englishShape.keys()].sort());
      });

      it(`has every plural form of ${code} (${categories.join(', ')}) and no other`, () => {
        for (const [key, forms] of englishShape) {
          if (!forms.size) expect(ownShape.get(key)?.size ?? 0, key).toBe(0);
          else expect([...(ownShape.get(key) ?? [])].sort(), key).toEqual(categories);
        }
      });

      it('uses the same interpolation variables as English', () => {
        for (const [key, value] of own) {
          const m = PLURAL.exec(key);
          const englishValue = english.get(key) ?? english.get(`${m ? key.slice(0, m.index) : key}_other`)!;
          expect(variables(value), key).toEqual(variables(englishValue));
        }
      });

      it('translates: no value is left empty', () => {
        for (const [key, value] of own) expect(value.trim(), key).not.toBe('');
      });
    });
  }

  it('French plural rules pick the forms: 0 and 1 singular, 2 plural, a million "many"', () => {
    const t = i18n.getFixedT('fr');
    expect(t('compare.shown', { count: 0 })).toBe('0 modification affichée');
    expect(t('compare.shown', { count: 1 })).toBe('1 modification affichée');
    expect(t('compare.shown', { count: 2 })).toBe('2 modifications affichées');
    expect(t('compare.shown', { count: 1_000_000 })).toBe('1000000 modifications affichées');
    expect(i18n.getFixedT('en')('compare.shown', { count: 0 })).toBe('0 changes shown');
    expect(i18n.getFixedT('es')('compare.shown', { count: 1 })).toBe('1 cambio mostrado');
  });

  it('English is the default and labels are not escaped twice', () => {
    expect(i18n.language).toBe('en');
    expect(i18n.t('compare.redlineFromTo', { base: 'A & B', target: '"Rev.1"' })).toBe('Redline from A & B to "Rev.1"');
  });
});
