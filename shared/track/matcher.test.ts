import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WatchTerm } from '../model/schema';
import { foldText } from './fold';
import { compileWatchTerms, findTerm, inflections } from './matcher';

const term = (id: string, phrase: string, alternatives: string[] = []): WatchTerm => ({ id, phrase, alternatives, category: '', color: '#1f6feb' });
const found = (t: WatchTerm, text: string): string[] => findTerm(t, text).map((m) => text.slice(m.start, m.end));

describe('watch-term matcher', () => {
  const cm = term('cm', 'cyber mercenaries');

  it('ignores case', () => {
    expect(found(cm, 'CYBER MERCENARIES and Cyber Mercenaries')).toEqual(['CYBER MERCENARIES', 'Cyber Mercenaries']);
  });

  it('treats hyphen, space and no space between words alike', () => {
    expect(found(cm, 'cyber-mercenaries, cyber mercenaries, cybermercenaries, cyber \u2011 mercenaries')).toEqual([
      'cyber-mercenaries',
      'cyber mercenaries',
      'cybermercenaries',
      'cyber \u2011 mercenaries',
    ]);
    expect(found(term('cb', 'capacity-building'), 'capacity building and capacitybuilding')).toHaveLength(2);
  });

  it('matches singular and plural of the last word', () => {
    expect(found(cm, 'a cyber mercenary; two cyber mercenaries')).toEqual(['cyber mercenary', 'cyber mercenaries']);
    expect(found(term('ci', 'critical infrastructure'), 'critical infrastructures')).toEqual(['critical infrastructures']);
    expect(found(term('ap', 'approach'), 'approaches and approach')).toEqual(['approaches', 'approach']);
    expect(found(term('ihl', 'international humanitarian laws'), 'international humanitarian law')).toHaveLength(1);
    // Only the last word inflects.
    expect(found(cm, 'cybers mercenaries')).toEqual([]);
  });

  it('folds diacritics on both sides', () => {
    expect(found(term('dv', 'déjà vu'), 'deja vu, DÉJÀ VU, De\u0301ja\u0300 vu')).toHaveLength(3);
    expect(found(term('sj', 'sante'), 'la santé')).toEqual(['santé']);
  });

  it('tolerates line breaks and runs of spaces', () => {
    expect(found(term('tn', 'technological neutrality'), 'technological\r\n   neutrality')).toEqual(['technological\r\n   neutrality']);
  });

  it('matches whole words only', () => {
    expect(found(term('ai', 'AI'), 'AIDS, said, maintain, AI-enabled, (AI)')).toEqual(['AI', 'AI']);
    expect(found(term('g', 'gender'), 'engendered, genders, gender-sensitive')).toEqual(['genders', 'gender']);
    expect(found(term('ru', 'право'), 'правовой право')).toEqual(['право']);
  });

  it('matches CJK phrases without word boundaries', () => {
    expect(found(term('zh', '网络雇佣军'), '关于网络雇佣军的问题')).toEqual(['网络雇佣军']);
  });

  it('counts user alternatives as the same term', () => {
    const t = term('cm', 'cyber mercenaries', ['hack-for-hire', 'private offensive actors']);
    expect(found(t, 'hack for hire firms and a private offensive actor')).toEqual(['hack for hire', 'private offensive actor']);
  });

  it('lets overlapping terms each count', () => {
    const m = compileWatchTerms([term('ihl', 'international humanitarian law'), term('hl', 'humanitarian law'), term('law', 'law')]);
    expect(m.match('international humanitarian law').map((x) => x.key)).toEqual(['ihl', 'hl', 'law']);
  });

  it('escapes regular-expression characters in phrases', () => {
    expect(found(term('p', 'A/70/174 (2015)'), 'see A/70/174 (2015).')).toEqual(['A/70/174 (2015)']);
    expect(found(term('p', 'a.b'), 'axb')).toEqual([]);
  });

  it('gives offsets into the original text even after multi-unit characters', () => {
    const text = '𝒳 Ünïcödé — déjà vu';
    expect(found(term('dv', 'deja vu'), text)).toEqual(['déjà vu']);
  });

  it('property: a term written in any spelling inside random prose is found where it was put', () => {
    const words = ['cyber', 'mercenaries'];
    const sep = fc.constantFrom(' ', '-', '', '\n', '  ', '\u2010');
    const caseOf = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0]!.toUpperCase() + s.slice(1));
    const prose = fc.array(fc.constantFrom('States', 'agreed', 'to', 'the', 'report', 'on', 'threats'), { maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(prose, prose, sep, caseOf, caseOf, (before, after, s, c1, c2) => {
        const written = c1(words[0]!) + s + c2(words[1]!);
        const text = `${before}${before ? ' ' : ''}${written}${after ? ' ' : ''}${after}`;
        const start = before.length + (before ? 1 : 0);
        expect(findTerm(cm, text)).toEqual([{ start, end: start + written.length }]);
      }),
    );
  });
});

describe('inflections', () => {
  it.each([
    ['mercenaries', ['mercenaries', 'mercenary']],
    ['mercenary', ['mercenary', 'mercenaries']],
    ['law', ['law', 'laws']],
    ['approach', ['approach', 'approaches']],
    ['approaches', ['approaches', 'approach']],
    ['status', ['status', 'statuses']],
    ['day', ['day', 'days']],
  ])('%s', (word, forms) => {
    expect(inflections(word)).toEqual(forms);
  });
});

describe('foldText', () => {
  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.array(fc.constantFrom('A', 'é', 'İ', 'Σ', ' ', '-', '\u2010', '\u00ad', '\n', '网', '𝒳', 'ß', 'e\u0301', '\u00a0', '_', 'x'), { maxLength: 30 }).map((c) => c.join('')),
  );

  it('maps every folded unit back into the original text, consistently with the folded string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const f = foldText(text);
        const { starts, ends } = f.offsets();
        expect(starts.length).toBe(f.text.length);
        for (let i = 0; i < f.text.length; i++) {
          expect(starts[i]!).toBeLessThan(ends[i]!);
          expect(ends[i]!).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(starts[i]!).toBeGreaterThanOrEqual(starts[i - 1]!);
          // A letter folds from the original characters it points at.
          if (f.text[i] !== ' ') expect(foldText(text.slice(starts[i], ends[i])).text).toContain(f.text[i]);
        }
      }),
    );
  });

  it('folds case, marks and separators', () => {
    expect(foldText('  Déjà\u00a0VU – cyber\u00adsecurity-\nrelated ').text).toBe('deja vu cybersecurity related');
  });
});
