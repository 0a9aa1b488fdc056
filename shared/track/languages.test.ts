/**
 * The tracker in French and Spanish (issue 15): three drafts of an OEWG-style report each, read
 * by the importer (language detected from the text), tracked with the drafts' own language
 * profiles. A watched term moved from the recommendations into the discussion of another
 * section is a move with the downgrade flag; "devrait" → "pourrait" and "deberían" → "podrían"
 * are weakenings; an inflected form ("neutralités technologiques") is the same term.
 */
import { describe, expect, it } from 'vitest';
import { importText, toDraft } from '../import';
import type { WatchTerm } from '../model/schema';
import { trackDrafts } from './track';

const term = (id: string, phrase: string): WatchTerm => ({ id, phrase, alternatives: [], category: '', color: '#1f6feb' });

interface Set3 {
  lang: string;
  texts: [string, string, string];
  term: WatchTerm;
  weak: [string, string];
  movedTo: string;
}

const FR_A = 'A. Aperçu général';
const FR_B = 'B. Renforcement des capacités';
const fr = (recsA: string[], debatB: string[], recsB: string): string =>
  [
    'A/AC.300/2026/CRP.2',
    '3 mars 2026',
    'II. Travaux de fond',
    FR_A,
    'Débat',
    '1. Les délégations ont rappelé que la confiance entre États se construit par des échanges réguliers entre les équipes nationales.',
    'Prochaines étapes recommandées',
    ...recsA,
    FR_B,
    'Débat',
    ...debatB,
    'Prochaines étapes recommandées',
    recsB,
  ].join('\n\n');

const FRENCH: Set3 = {
  lang: 'fr',
  term: term('nt', 'neutralité technologique'),
  weak: ['devraient', 'pourraient'],
  movedTo: `${FR_B} / Débat`,
  texts: [
    fr(
      [
        "2. Les États devraient réaffirmer la neutralité technologique des engagements existants lorsqu'ils élaborent leurs politiques nationales.",
        '3. Le groupe de travail recommande de tenir un échange informel avant la prochaine session.',
      ],
      ['4. Les délégations ont souligné que les petites administrations disposent de ressources limitées.'],
      '5. Les États en mesure de le faire devraient appuyer des programmes de formation adaptés aux besoins exprimés.',
    ),
    fr(
      ['2. Le groupe de travail recommande de tenir un échange informel avant la prochaine session.'],
      [
        '3. Les délégations ont souligné que les petites administrations disposent de ressources limitées.',
        "4. Plusieurs délégations ont évoqué la neutralité technologique des engagements existants lorsqu'elles élaborent leurs politiques nationales.",
      ],
      '5. Les États en mesure de le faire pourraient appuyer des programmes de formation adaptés aux besoins exprimés.',
    ),
    fr(
      ['2. Le groupe de travail recommande de tenir un échange informel avant la prochaine session.'],
      [
        '3. Les délégations ont souligné que les petites administrations disposent de ressources limitées.',
        "4. Plusieurs délégations ont évoqué les neutralités technologiques des engagements existants lorsqu'elles élaborent leurs politiques nationales.",
      ],
      '5. Les États en mesure de le faire pourraient appuyer, selon qu’il conviendra, des programmes de formation adaptés aux besoins exprimés.',
    ),
  ],
};

const ES_A = 'A. Panorama general';
const ES_B = 'B. Creación de capacidad';
const es = (recsA: string[], debateB: string[], recsB: string): string =>
  [
    'A/AC.300/2026/CRP.2',
    '3 de marzo de 2026',
    'II. Labor sustantiva',
    ES_A,
    'Debate',
    '1. Las delegaciones recordaron que la confianza entre los Estados se construye mediante intercambios periódicos entre los equipos nacionales.',
    'Próximas medidas recomendadas',
    ...recsA,
    ES_B,
    'Debate',
    ...debateB,
    'Próximas medidas recomendadas',
    recsB,
  ].join('\n\n');

const SPANISH: Set3 = {
  lang: 'es',
  term: term('nt', 'neutralidad tecnológica'),
  weak: ['deberían', 'podrían'],
  movedTo: `${ES_B} / Debate`,
  texts: [
    es(
      [
        '2. Los Estados deberían reafirmar la neutralidad tecnológica de los compromisos existentes al elaborar sus políticas nacionales.',
        '3. El grupo de trabajo recomienda celebrar un intercambio oficioso antes del próximo período de sesiones.',
      ],
      ['4. Las delegaciones subrayaron que las administraciones pequeñas disponen de recursos limitados.'],
      '5. Los Estados que estén en condiciones de hacerlo deberían apoyar programas de formación adaptados a las necesidades expresadas.',
    ),
    es(
      ['2. El grupo de trabajo recomienda celebrar un intercambio oficioso antes del próximo período de sesiones.'],
      [
        '3. Las delegaciones subrayaron que las administraciones pequeñas disponen de recursos limitados.',
        '4. Varias delegaciones mencionaron la neutralidad tecnológica de los compromisos existentes al elaborar sus políticas nacionales.',
      ],
      '5. Los Estados que estén en condiciones de hacerlo podrían apoyar programas de formación adaptados a las necesidades expresadas.',
    ),
    es(
      ['2. El grupo de trabajo recomienda celebrar un intercambio oficioso antes del próximo período de sesiones.'],
      [
        '3. Las delegaciones subrayaron que las administraciones pequeñas disponen de recursos limitados.',
        '4. Varias delegaciones mencionaron las neutralidades tecnológicas de los compromisos existentes al elaborar sus políticas nacionales.',
      ],
      '5. Los Estados que estén en condiciones de hacerlo podrían apoyar, según proceda, programas de formación adaptados a las necesidades expresadas.',
    ),
  ],
};

describe.each([FRENCH, SPANISH])('three drafts in $lang', (set) => {
  const drafts = set.texts.map((text, i) => toDraft(importText(text, 'text', `rev${i}.txt`), { fileName: `rev${i}.txt`, id: `d${i}` }));
  const report = trackDrafts(drafts, [set.term]);

  it('reads each draft in its language', () => {
    expect(drafts.map((d) => d.language)).toEqual([set.lang, set.lang, set.lang]);
  });

  it('finds the term in every draft, inflected forms included', () => {
    expect(report.matrix.rows.map((row) => row.cells.map((c) => c.count))).toEqual([[1, 1, 1]]);
  });

  it('reports the move from the recommendations into the discussion of another section as a downgrade', () => {
    const moved = report.events.filter((e) => e.kind === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ fromDraftId: 'd0', toDraftId: 'd1', downgrade: true });
    expect(moved[0]!.to[0]!.section.join(' / ')).toBe(`II. ${set.lang === 'fr' ? 'Travaux de fond' : 'Labor sustantiva'} / ${set.movedTo}`);
  });

  it('finds the modal verb weakened, and the qualifier added', () => {
    const modal = report.hedging.filter((h) => h.kind === 'modal');
    expect(modal.map((h) => [h.fromDraftId, h.before, h.after, h.direction])).toEqual([['d0', set.weak[0], set.weak[1], 'weakened']]);
    const qualifiers = report.hedging.filter((h) => h.kind === 'qualifier');
    expect(qualifiers.map((h) => [h.fromDraftId, h.direction])).toEqual([['d1', 'weakened']]);
  });

  it('finds nothing of this when the drafts are read as English', () => {
    const english = drafts.map((d) => ({ ...d, language: 'en' }));
    const r = trackDrafts(english, [set.term]);
    expect(r.hedging.filter((h) => h.kind === 'modal')).toEqual([]);
    expect(r.events.some((e) => e.kind === 'moved' && e.downgrade)).toBe(false);
  });
});
