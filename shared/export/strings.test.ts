/**
 * Exports follow the interface language: the cover, legend, provenance and badges of the HTML
 * redline, the table, the tracker page and the Word cover block are French or Spanish when asked,
 * English by default (the command line's output unchanged), and marked with their own `lang`
 * while the drafts' text keeps the document's language.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { compareDrafts } from '../compare';
import { sampleDrafts } from './__fixtures__/drafts';
import { htmlRedline } from './html-redline';
import { docxRedline } from './docx-redline';
import { countsLine, exportStrings, fill, templateParts, wordsInOutLine, type ExportStrings } from './strings';
import { exportTableHtml } from './index';
import { trackToHtml } from '../track/html';
import { trackDrafts } from '../track';
import { redlineRows } from './redline-rows';
import { attributionLine, proposalSummary, statusLabel } from '../draft/compile';
import { demoNegotiation } from '../../testing/demo';

const at = new Date('2024-03-02T10:00:00Z');
const { zero, rev } = sampleDrafts();
const comparison = compareDrafts(zero, rev);
const cover = (html: string) => /<header class="cover"[^>]*>([\s\S]*?)<\/header>/.exec(html)![1]!;

/** English words of `table` that a reader would see as English in `other` (differing, long enough to be words). */
function englishOnly(other: ExportStrings): string[] {
  const en = exportStrings('en');
  return (Object.keys(en) as (keyof ExportStrings)[])
    .filter((k) => en[k] !== other[k] && !/\{/.test(en[k]) && en[k].length > 3)
    .map((k) => en[k]);
}

describe('export strings', () => {
  it('every language has every word filled in', () => {
    for (const lang of ['en', 'fr', 'es']) for (const [k, v] of Object.entries(exportStrings(lang))) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });

  it('each template keeps English’s {placeholders}', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const en = exportStrings('en');
    for (const lang of ['fr', 'es']) {
      const t = exportStrings(lang);
      for (const k of Object.keys(en) as (keyof ExportStrings)[]) expect(names(t[k]), `${lang}.${k}`).toEqual(names(en[k]));
    }
  });

  it('fills and splits templates', () => {
    expect(fill('Page {page} of {pages}', { page: 2, pages: 9 })).toBe('Page 2 of 9');
    expect(fill('{unknown} stays', {})).toBe('{unknown} stays');
    expect(templateParts(exportStrings('fr').page)).toEqual(['Page ', { name: 'page' }, ' sur ', { name: 'pages' }]);
    expect(exportStrings('xx')).toBe(exportStrings('en'));
    expect(exportStrings(undefined)).toBe(exportStrings('en'));
  });
});

describe('counts agree with their number', () => {
  it('says one paragraph in the singular and several in the plural, in each language', () => {
    const counts = { unchanged: 7, modified: 3, moved: 1, split: 1, merged: 0, deleted: 2, inserted: 1 };
    expect(countsLine(counts, exportStrings('en'))).toBe('3 modified · 1 moved · 1 split · 2 deleted · 1 inserted');
    expect(countsLine(counts, exportStrings('fr'))).toBe('3 modifiés · 1 déplacé · 1 scindé · 2 supprimés · 1 ajouté');
    expect(countsLine(counts, exportStrings('es'))).toBe('3 modificados · 1 desplazado · 1 dividido · 2 suprimidos · 1 añadido');
    expect(countsLine({ unchanged: 4 }, exportStrings('fr'))).toBe(exportStrings('fr').noChanges);
  });

  it('counts words inserted and deleted the same way (French takes the singular for 0 and 1)', () => {
    expect(wordsInOutLine(1, 2, exportStrings('en'))).toBe('1 word inserted, 2 deleted');
    expect(wordsInOutLine(12, 1, exportStrings('en'))).toBe('12 words inserted, 1 deleted');
    expect(wordsInOutLine(0, 1, exportStrings('fr'))).toBe('0 mot ajouté, 1 supprimé');
    expect(wordsInOutLine(5, 3, exportStrings('fr'))).toBe('5 mots ajoutés, 3 supprimés');
    expect(wordsInOutLine(1, 0, exportStrings('es'))).toBe('1 palabra añadida, 0 suprimidas');
  });
});

describe('HTML redline in the interface language', () => {
  const english = htmlRedline(zero, rev, comparison, { appVersion: '9.9.9', generatedAt: at });
  const french = htmlRedline(zero, rev, comparison, { appVersion: '9.9.9', generatedAt: at, uiLanguage: 'fr' });

  it('is English by default, as before', () => {
    expect(cover(english)).toContain('<strong>Legend:</strong>');
    expect(english).toContain('<header class="cover" lang="en" dir="ltr">');
    expect(english).toContain('ignore case: no; ignore punctuation: no');
  });

  it('puts the cover, legend, provenance and badges in French, marked lang="fr"', () => {
    const c = cover(french);
    expect(c).toContain('<h1>Version révisée\u00a0: Zero draft → Rev.2</h1>');
    expect(c).toContain('<strong>Légende\u00a0:</strong>');
    expect(c).toContain('<ins>texte ajouté</ins>');
    expect(c).toContain('ignorer la casse\u00a0: non');
    expect(c).toContain('Draftwatch 9.9.9 le 2024-03-02 10:00 UTC');
    expect(french).toContain('<header class="cover" lang="fr" dir="ltr">');
    expect(french).toContain('<footer class="provenance" lang="fr" dir="ltr">');
    expect(french).toMatch(/<div class="meta" lang="fr" dir="ltr"><span class="badge">(Modifié|Déplacé|Ajouté|Supprimé)<\/span>/);
    for (const word of englishOnly(exportStrings('fr'))) expect(c, word).not.toContain(`>${word}<`);
    expect(c).not.toMatch(/Legend|inserted text|deleted text|ignore case|Generated/);
  });

  it('leaves the drafts’ text and labels alone', () => {
    const body = (html: string) => /<main>([\s\S]*)<\/main>/.exec(html)![1]!.replace(/<div class="meta"[\s\S]*?<\/div>/g, '');
    expect(body(french)).toBe(body(english));
  });
});

describe('other exports in the interface language', () => {
  it('the side-by-side table in Spanish', () => {
    const html = exportTableHtml([zero, rev], { appVersion: '1', generatedAt: null, uiLanguage: 'es', compareOptions: {} });
    expect(cover(html)).toContain('Cuadro comparativo: Zero draft · Rev.2');
    expect(cover(html)).toContain('Columna 1');
    expect(cover(html)).toContain('<strong>Leyenda:</strong>');
    expect(html).toContain('<header class="cover" lang="es" dir="ltr">');
  });

  it('the tracker page in French', () => {
    const report = trackDrafts([zero, rev], [{ id: 't1', phrase: 'secretariat', alternatives: [], category: '', color: '#1f77b4' }]);
    const html = trackToHtml(report, undefined, { uiLanguage: 'fr' });
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<title>Libellés surveillés dans les projets de texte</title>');
    expect(html).toContain('<h2>Occurrences par projet de texte</h2>');
    expect(html).not.toContain('Occurrences by draft');
    expect(trackToHtml(report)).toContain('<h2>Occurrences by draft</h2>');
  });

  it('the Word cover block and page footer in French', async () => {
    const bytes = await docxRedline(zero, rev, comparison, { appVersion: '9.9.9', generatedAt: at, uiLanguage: 'fr' });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    const text = doc.replace(/<[^>]+>/g, '');
    expect(text).toContain('Version révisée\u00a0: Zero draft → Rev.2');
    expect(text).toContain('Légende\u00a0: les modifications sont des modifications suivies de Word');
    expect(text).toContain('Produit par\u00a0: Draftwatch 9.9.9 le 2024-03-02 10:00 UTC');
    expect(text).not.toContain('Legend');
    const footer = Object.keys(files).filter((f) => /word\/footer\d*\.xml/.test(f)).map((f) => strFromU8(files[f]!)).join('');
    expect(footer).toContain('>Page <');
    expect(footer).toContain('> sur <');
  });
});

describe('the notes on moves, splits and merges in the interface language', () => {
  // The demo negotiation: Rev.1 → Rev.2 moves technological neutrality from the recommendations
  // into the discussion (a downgrade), splits one paragraph and merges two.
  const { drafts } = demoNegotiation();
  const [d0, d1] = [drafts[1]!, drafts[2]!];
  const demoComparison = compareDrafts(d0, d1);
  const notes = (lang?: string) => redlineRows(d0, d1, demoComparison, exportStrings(lang)).map((r) => r.note).filter((n): n is string => !!n);

  it('are English by default, as the command line has always printed them', () => {
    const en = notes();
    expect(en.some((n) => /^Moved (from|to) ¶\d+/.test(n))).toBe(true);
    expect(en.some((n) => n.endsWith(': a downgrade from the recommendations to the discussion'))).toBe(true);
    expect(en).toContain('Split into ¶28, ¶29 (Rev.2)');
    expect(en).toContain('Merged into ¶36 (Rev.2)');
    expect(notes('en')).toEqual(en);
  });

  it('are French or Spanish when asked, note for note, with the same numbers and labels', () => {
    const en = notes();
    for (const lang of ['fr', 'es']) {
      const other = notes(lang);
      expect(other).toHaveLength(en.length);
      other.forEach((n, i) => {
        expect(n).not.toMatch(/\b(Moved|Split|Merged|downgrade|upgrade|unnumbered)\b/);
        expect(n.match(/¶[\w.()]+/g)).toEqual(en[i]!.match(/¶[\w.()]+/g));
      });
    }
    expect(notes('fr').some((n) => /^Déplacé (depuis|vers) ¶\d+/.test(n) && n.includes('rétrogradation des recommandations vers le débat'))).toBe(true);
  });
});

describe('the compilation of proposals in the interface language', () => {
  it('says who proposed what in English by default, in French or Spanish when asked', () => {
    const who = { proposer: 'Utopia', supporters: ['Freedonia', 'Ruritania'], opponents: ['Elbonia'] };
    const replace = { kind: 'replace' as const, deleted: 'should', inserted: 'could' };
    expect(attributionLine(who)).toBe('Proposed by Utopia; supported by Freedonia, Ruritania; opposed by Elbonia');
    expect(proposalSummary(replace)).toBe('replace “should” with “could”');
    expect(attributionLine(who, exportStrings('fr'))).toBe('Proposé par Utopia; appuyé par Freedonia, Ruritania; contesté par Elbonia');
    expect(proposalSummary(replace, exportStrings('fr'))).toBe('remplacer “should” par “could”');
    expect(proposalSummary(replace, exportStrings('es'))).toBe('sustituir “should” por “could”');
    expect(attributionLine({ proposer: null, supporters: [], opponents: [] }, exportStrings('es'))).toBe('Propuesto por una delegación sin nombre');
    expect(statusLabel('agreed-ad-ref')).toBe('Agreed ad ref');
    expect(statusLabel('pending', exportStrings('fr'))).toBe('En suspens');
  });
});
