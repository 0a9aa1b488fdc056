import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfLine, readFrontMatter } from '../import/frontmatter';
import { recognizeStructure } from '../import/structure';
import { defaultWatchList } from '../track/defaults';
import { MODAL_SCALE, QUALIFIERS, VERB_SCALE } from '../track/hedging';
import { sectionStanding as standingOfSection } from '../track/sections';
import { formatDate, parseDateLine } from './dates';
import { compileHedging } from './hedging';
import { compileLanguageWatchTerms } from './matcher';
import { DEFAULT_LANGUAGE, LANGUAGES, findProfile, getProfile, isLanguageCode, languageFor, readDateLine } from './registry';
import { headingStanding, isPartHeading } from './structure';
import { defaultWatchTerms, WATCH_CONCEPTS } from './watchlist';

const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'profiles');

describe('registry', () => {
  it('registers every profile file of profiles/ (add a new language to profiles/index.ts)', () => {
    const files = fs.readdirSync(folder).filter((f) => /^[a-z]{2,3}(?:-[A-Za-z0-9]+)?\.ts$/.test(f)).map((f) => f.slice(0, -3));
    const registered = LANGUAGES.map((p) => p.code);
    for (const code of files) expect(registered, `profiles/${code}.ts is not listed in profiles/index.ts`).toContain(code);
    expect([...registered].sort()).toEqual([...files].sort());
  });

  it('holds the six UN languages, English the default, Arabic right to left', () => {
    expect(LANGUAGES.map((p) => p.code)).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(DEFAULT_LANGUAGE).toBe('en');
    expect(LANGUAGES.filter((p) => p.direction === 'rtl').map((p) => p.code)).toEqual(['ar']);
    expect(LANGUAGES.map((p) => p.name)).toEqual(['العربية', '中文', 'English', 'Français', 'Русский', 'Español']);
  });

  it('finds profiles by code and refuses unknown codes with a sentence', () => {
    expect(getProfile('fr').name).toBe('Français');
    expect(findProfile('de')).toBeUndefined();
    expect(isLanguageCode('de')).toBe(false);
    expect(() => getProfile('de')).toThrow('No language "de": Draftwatch knows ar, zh, en, fr, ru, es.');
  });

  it('reads a masthead date in the draft\'s language, then in any other', () => {
    expect(readDateLine('12 March 2025', getProfile('ru'))).toBe('2025-03-12');
    expect(readDateLine('12 марта 2025 года', getProfile('ru'))).toBe('2025-03-12');
    expect(readDateLine('2025年3月12日', getProfile('ar'))).toBe('2025-03-12');
    expect(readDateLine('Mars 2025', getProfile('fr'))).toBeNull();
  });

  it('chooses the draft language: draft choice, project choice, detection, English', () => {
    const text = 'Les États ont souligné que les mesures de confiance devraient être mises en œuvre de manière volontaire.';
    expect(languageFor({ draft: 'es', project: 'ru', text })).toMatchObject({ profile: { code: 'es' }, source: 'draft', detection: null });
    expect(languageFor({ project: 'ru', text })).toMatchObject({ profile: { code: 'ru' }, source: 'project' });
    expect(languageFor({ text })).toMatchObject({ profile: { code: 'fr' }, source: 'detected' });
    expect(languageFor({ draft: 'xx', text })).toMatchObject({ profile: { code: 'fr' }, source: 'detected' });
    expect(languageFor({ text: '12. 13. 14.' })).toMatchObject({ profile: { code: 'en' }, source: 'default' });
  });
});

describe.each(LANGUAGES.map((p) => [p.code, p] as const))('profile %s', (_code, profile) => {
  it('is whole: twelve months, formats, parts, scales in order of strength', () => {
    expect(profile.dates.months).toHaveLength(12);
    expect(profile.dates.formats.length).toBeGreaterThan(0);
    for (const level of ['chapter', 'section', 'paragraph', 'subparagraph', 'subsubparagraph'] as const) expect(profile.numbering[level].length).toBeGreaterThan(0);
    for (const scale of [profile.hedging.modal, profile.hedging.verb]) {
      const ranks = scale.map((e) => e.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
      expect(new Set(ranks).size).toBe(ranks.length);
      for (const e of scale) expect(e.forms.length).toBeGreaterThan(0);
    }
    expect(Object.keys(profile.watchList).sort()).toEqual(WATCH_CONCEPTS.map(([c]) => c).sort());
  });

  it('recognises its own part headings, each with a standing or none', () => {
    for (const part of profile.structure.parts) {
      expect(isPartHeading(part, profile), part).toBe(true);
      expect(isPartHeading(`${part.toUpperCase()}:`, profile), part).toBe(true);
    }
    const standings = profile.structure.parts.map((p) => headingStanding(p, profile));
    expect(standings).toContain('recommendations');
    expect(standings).toContain('discussion');
  });

  it('finds every watch-list wording and every scale word as written', () => {
    const terms = defaultWatchTerms(profile);
    const matcher = compileLanguageWatchTerms(terms, profile);
    for (const t of terms) {
      for (const form of [t.phrase, ...t.alternatives]) {
        // Found where it starts (an alternative that extends the phrase is matched as the phrase, the first wording).
        const text = `« ${form} »`;
        expect(matcher.match(text).some((m) => m.key === t.id && m.start === 2), `${t.id}: ${form}`).toBe(true);
      }
    }
    const { matcher: scales, rank } = compileHedging(profile);
    for (const [kind, entries] of [['modal', profile.hedging.modal], ['verb', profile.hedging.verb]] as const) {
      entries.forEach((e, i) =>
        e.forms.forEach((f, j) => {
          expect(scales.match(` ${f} `).map((m) => m.key), f).toContain(`${kind}:${i}.${j}`);
          expect(rank.get(`${kind}:${i}.${j}`)).toBe(e.rank);
        }),
      );
    }
    for (const q of profile.hedging.qualifiers) expect(scales.match(` ${q} `).map((m) => m.key), q).toContain(`qualifier:${q}`);
  });

  it('property: prints a date and reads it back', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1946-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDateLine(formatDate(iso, profile), profile)).toBe(iso);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the English profile says what the code says today', () => {
  it('has the tracker\'s hedging scales', () => {
    const en = getProfile('en');
    expect(en.hedging.modal).toEqual(MODAL_SCALE);
    expect(en.hedging.verb).toEqual(VERB_SCALE);
    expect(en.hedging.qualifiers).toEqual(QUALIFIERS);
  });

  it('has the default watch list, in English the list projects have always started with (ids, phrases, alternatives, categories, colours)', () => {
    expect(defaultWatchList().map((t) => [t.id, t.phrase, t.alternatives.join('|'), t.category, t.color])).toEqual([
      ['wt-cyber-mercenaries', 'cyber mercenaries', 'hack-for-hire', 'Threats', '#1f6feb'],
      ['wt-hack-as-a-service', 'hack-as-a-service', 'access-as-a-service', 'Threats', '#d73a49'],
      ['wt-ransomware', 'ransomware', '', 'Threats', '#2da44e'],
      ['wt-critical-infrastructure', 'critical infrastructure', 'critical information infrastructure', 'Threats', '#bf8700'],
      ['wt-supply-chain', 'supply chain', '', 'Threats', '#8250df'],
      ['wt-technological-neutrality', 'technological neutrality', 'technology neutrality|technology-neutral', 'Principles', '#e16f24'],
      ['wt-international-humanitarian-law', 'international humanitarian law', 'IHL', 'International law', '#0a7ea4'],
      ['wt-human-rights', 'human rights', '', 'International law', '#cf222e'],
      ['wt-capacity-building', 'capacity-building', '', 'Capacity-building', '#6e7781'],
      ['wt-confidence-building-measures', 'confidence-building measures', 'CBMs', 'Confidence-building', '#1b7c83'],
      ['wt-points-of-contact', 'points of contact', 'point of contact', 'Confidence-building', '#1f6feb'],
      ['wt-programme-of-action', 'programme of action', 'program of action|PoA', 'Institutional dialogue', '#d73a49'],
      ['wt-multistakeholder', 'multistakeholder', '', 'Inclusion', '#2da44e'],
      ['wt-gender', 'gender', '', 'Inclusion', '#bf8700'],
      ['wt-artificial-intelligence', 'artificial intelligence', 'AI', 'Emerging technologies', '#8250df'],
    ]);
  });

  it('gives the default watch list in the project language when asked: the same concepts, ids and colours', () => {
    const fr = defaultWatchList(getProfile('fr'));
    expect(fr.map((t) => t.id)).toEqual(defaultWatchList().map((t) => t.id));
    expect(fr.find((t) => t.id === 'wt-technological-neutrality')!.phrase).toBe('neutralité technologique');
  });

  it('has the importer\'s part headings', () => {
    const en = getProfile('en');
    const candidates = [...en.structure.parts, 'Overview', 'Discussion of threats', 'Recommendation', 'Next step', 'Summary of views', 'Introduction'];
    for (const heading of candidates) {
      const { blocks } = recognizeStructure([{ text: 'I. Threats' }, { text: heading }, { text: '1. States noted the threats.' }]);
      const isPart = blocks.some((b) => b.kind === 'heading' && b.level === 3);
      expect(isPartHeading(heading, en), heading).toBe(isPart);
    }
  });

  it('is what the section identity and the importer read (one definition of structure words)', () => {
    expect(standingOfSection(['II. Threats', 'Recommended next steps'])).toBe('recommendations');
    expect(standingOfSection(['II. Threats', 'B. Summary of the views expressed'])).toBe('discussion');
    expect(standingOfSection(['Discussion', 'Way forward'])).toBe('recommendations');
    expect(standingOfSection(['Recommendations', 'II. Norms'])).toBe('recommendations');
    expect(standingOfSection(['II. Norms'])).toBeNull();
    const lines = ['United Nations', 'A/AC.292/2025/1', 'General Assembly', 'Distr.: General', 'Tuesday, 12 March 2025',
      'Original: English', 'Seventy-ninth session', 'Item 94 of the provisional agenda', 'Report of the open-ended working group'];
    expect(readFrontMatter(lines)).toEqual({ symbol: 'A/AC.292/2025/1', date: '2025-03-12', titleIndex: 8 });
    expect(dateOfLine('Date: March 3, 2024')).toBe('2024-03-03');
    expect(dateOfLine('31 February 2025')).toBeNull();
    expect(dateOfLine('Originally, States')).toBeNull();
  });
});
