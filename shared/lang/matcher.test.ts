import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODAL_SCALE, QUALIFIERS, VERB_SCALE } from '../track/hedging';
import { defaultWatchList } from '../track/defaults';
import { compilePatterns, termForms, type PatternSpec } from '../track/matcher';
import { GENERATED_TERMS, generateTrack } from '../track/testing';
import { foldText } from '../track/fold';
import { compileLanguagePatterns, compileLanguageWatchTerms } from './matcher';
import { getProfile } from './registry';

const en = getProfile('en');
// More cases with DRAFTWATCH_LANG_RUNS=20000 (CI keeps the default short).
const RUNS = Number(process.env['DRAFTWATCH_LANG_RUNS'] ?? 500);

// Words that make terms and texts collide in every way the matcher must handle: plurals (y/ies,
// s, es, us), closed-up compounds, hyphens, punctuation inside a term, accents, CJK, astral characters.
const WORDS = [
  'cyber', 'mercenary', 'mercenaries', 'law', 'laws', 'status', 'statuses', 'approach', 'approaches', 'policy', 'policies',
  'day', 'days', 'box', 'boxes', 'ai', 'aids', 'said', 'gender', 'genders', 'engendered', 'human', 'rights', 'right',
  'supply', 'chain', 'chains', 'international', 'humanitarian', 'capacity', 'building', 'a/70/174', '(2015)', 'déjà', 'vu',
  'naïve', 'us', 'bus', 'buses', 'is', 'this', 'these', 'may', 'shall', 'should', 'could', 'as', 'appropriate', 'on',
  'voluntary', 'basis', 'non', 'binding', 'states', 'state', '网络', '雇佣军', '𝒳', 'право',
];

const SEPARATORS = [' ', ' ', ' ', '-', '', '\n', '  ', ', ', '. ', '\u2010', '\u00ad', "'", '(', ') '];

const caseOf = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.charAt(0).toUpperCase() + s.slice(1));
const text = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS), caseOf), { maxLength: 24 })
  .map((parts) => parts.map(([w, s, c]) => c(w) + s).join(''));
const phrase = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '-', ' ')), { minLength: 1, maxLength: 3 }).map((ws) => ws.map(([w, s], i) => (i ? s : '') + w).join(''));
const specs = fc.array(fc.record({ forms: fc.array(phrase, { minLength: 1, maxLength: 3 }), inflect: fc.boolean() }), { minLength: 1, maxLength: 6 }).map((xs) => xs.map((x, i) => ({ key: `k${i}`, ...x })));

const scaleSpecs = (): PatternSpec[] => [
  ...MODAL_SCALE.flatMap((e, i) => e.forms.map((f, j) => ({ key: `modal:${i}.${j}`, forms: [f], inflect: false }))),
  ...VERB_SCALE.flatMap((e, i) => e.forms.map((f, j) => ({ key: `verb:${i}.${j}`, forms: [f], inflect: false }))),
  ...QUALIFIERS.map((q) => ({ key: `qualifier:${q}`, forms: [q], inflect: false })),
];

describe('language matcher, English', () => {
  it('property: agrees with the tracker matcher on generated terms and texts', () => {
    fc.assert(
      fc.property(specs, text, (ss, t) => {
        expect(compileLanguagePatterns(ss, en).match(t)).toEqual(compilePatterns(ss).match(t));
      }),
      { numRuns: RUNS },
    );
  }, Math.max(30_000, RUNS * 60));

  it('property: agrees with the tracker matcher on the default watch list and the hedging scales', () => {
    const watch = [...defaultWatchList(), ...GENERATED_TERMS.map((g) => g.term)].map((t) => ({ key: t.id, forms: termForms(t), inflect: true }));
    const all = [...watch, ...scaleSpecs()];
    const ours = compileLanguagePatterns(all, en);
    const theirs = compilePatterns(all);
    const prose = fc.array(fc.constantFrom(...all.flatMap((s) => s.forms), ...WORDS, 'recommended', 'Group', 'mercenary'), { maxLength: 20 });
    fc.assert(
      fc.property(prose, fc.array(fc.constantFrom(...SEPARATORS), { minLength: 20, maxLength: 20 }), (ws, seps) => {
        const t = ws.map((w, i) => w + seps[i]!).join('');
        expect(ours.match(t)).toEqual(theirs.match(t));
      }),
      { numRuns: RUNS },
    );
  }, Math.max(30_000, RUNS * 60));

  it('agrees with the tracker matcher on every paragraph of a generated negotiation', () => {
    const g = generateTrack(7, { drafts: 3, paragraphs: 120 });
    const terms = [...g.terms, ...defaultWatchList()];
    const ours = compileLanguageWatchTerms(terms, en);
    const theirs = compilePatterns(terms.map((t) => ({ key: t.id, forms: termForms(t), inflect: true })));
    let hits = 0;
    for (const d of g.drafts) {
      for (const b of d.blocks) {
        if (b.kind !== 'paragraph') continue;
        const expected = theirs.match(b.text);
        hits += expected.length;
        expect(ours.match(b.text)).toEqual(expected);
        expect(ours.matchFolded(foldText(b.text))).toEqual(expected);
      }
    }
    expect(hits).toBeGreaterThan(100);
  });
});

describe('language matcher', () => {
  it('keeps the contract: offsets into the original text, start then key order, no overlap within a key', () => {
    const m = compileLanguagePatterns(
      [
        { key: 'ihl', forms: ['droit international humanitaire'], inflect: true },
        { key: 'dih', forms: ['droit international'], inflect: true },
      ],
      getProfile('fr'),
    );
    const t = 'Le DROIT  international\u00a0humanitaire ; les droits internationaux.';
    expect(m.match(t).map((x) => [x.key, t.slice(x.start, x.end)])).toEqual([
      ['ihl', 'DROIT  international\u00a0humanitaire'],
      ['dih', 'DROIT  international'],
      ['dih', 'droits internationaux'],
    ]);
    expect(m.keys).toEqual(['ihl', 'dih']);
  });

  it('does not count a match inside a word it must not be read in', () => {
    const m = compileLanguagePatterns([{ key: 'should', forms: ['应'], inflect: false, notWithin: ['供应', '应对'] }], getProfile('zh'));
    const t = '各国应加强供应链安全，并应对威胁。';
    expect(m.match(t).map((x) => t.slice(x.start, x.end))).toEqual(['应']);
  });

  it('matches nothing with no usable wording', () => {
    const m = compileLanguagePatterns([{ key: 'x', forms: ['', ' - '], inflect: true }], en);
    expect(m.keys).toEqual([]);
    expect(m.match('anything')).toEqual([]);
  });
});
