import { describe, expect, it } from 'vitest';
import { change, found, scaleWords } from '../../testing/lang';
import { parseDateLine } from '../dates';
import { readLabels } from '../labels';
import { getProfile } from '../registry';
import { headingStanding, isMastheadLine, isPartHeading, namedHeading } from '../structure';

const fr = getProfile('fr');

describe('French profile', () => {
  it('finds a term in every number and gender, and only that term', () => {
    const text =
      "15. Les États ont souligné l'importance de la neutralité technologique. Certaines délégations ont estimé que les neutralités technologiques invoquées par d'autres ne sauraient justifier l'inaction, et qu'une approche neutre sur le plan technique était préférable.";
    expect(found(fr, text, 'neutralité technologique')).toEqual(['neutralité technologique', 'neutralités technologiques']);
    expect(found(fr, 'Les cybermercenaires, un cybermercenaire, des mercenaires.', 'cybermercenaires')).toEqual(['cybermercenaires', 'cybermercenaire']);
    expect(found(fr, 'les mesures de confiance et une mesure de confiance ; des mesures de confidentialité', 'mesures de confiance')).toEqual(['mesures de confiance', 'mesure de confiance']);
    expect(found(fr, "le respect des droits de l’homme et des droits de l'homme", "droits de l'homme")).toEqual(['droits de l’homme', "droits de l'homme"]);
    // False friends: other words of the same letters.
    expect(found(fr, 'une approche technique et une position neutre', 'neutralité technologique')).toEqual([]);
    expect(found(fr, "l'Assemblée générale", 'genre')).toEqual([]);
  });

  it('knows the parts of a section and their standing', () => {
    expect(isPartHeading('Débat', fr)).toBe(true);
    expect(isPartHeading('Prochaines étapes recommandées', fr)).toBe(true);
    expect(isPartHeading('PROCHAINES ÉTAPES RECOMMANDÉES :', fr)).toBe(true);
    expect(isPartHeading('Aperçu général', fr)).toBe(false);
    expect(headingStanding('Prochaines étapes recommandées', fr)).toBe('recommendations');
    expect(headingStanding('Débat', fr)).toBe('discussion');
    expect(headingStanding('Résumé des débats', fr)).toBe('discussion');
    expect(headingStanding('A. Aperçu général', fr)).toBeNull();
    expect(namedHeading('Annexe II', fr)).toEqual({ kind: 'annex', number: 'II', value: 2, title: '' });
    expect(namedHeading('Annexe : Liste des participants', fr)).toMatchObject({ kind: 'annex', number: null, title: 'Liste des participants' });
  });

  it('reads the masthead and dates', () => {
    expect(isMastheadLine('Distr. générale', fr)).toBe(true);
    expect(isMastheadLine('Original : anglais', fr)).toBe(true);
    expect(isMastheadLine('Distribution des tâches entre les États', fr)).toBe(false);
    expect(parseDateLine('12 mars 2025', fr)).toBe('2025-03-12');
    expect(parseDateLine('1er août 2024', fr)).toBe('2024-08-01');
    expect(parseDateLine('mardi 3 décembre 2024', fr)).toBe('2024-12-03');
    expect(parseDateLine('31 février 2024', fr)).toBeNull();
    expect(parseDateLine('Le 12 mars 2025, le Groupe a adopté', fr)).toBeNull();
  });

  it('finds weakened and strengthened wording', () => {
    expect(change(fr, 'Les États devraient échanger des informations.', 'Les États pourraient échanger des informations.')).toBe('weakened');
    expect(change(fr, 'Les États peuvent désigner un point de contact.', 'Les États doivent désigner un point de contact.')).toBe('strengthened');
    expect(change(fr, 'Le Groupe prie le Secrétariat de', 'Le Groupe invite le Secrétariat à', 'verb')).toBe('weakened');
    expect(scaleWords(fr, "Les États pourraient, selon qu'il conviendra et à titre volontaire, échanger des informations.")).toEqual([
      'modal:pourraient',
      "qualifier:selon qu'il conviendra",
      'qualifier:à titre volontaire',
    ]);
    // "invite instamment" is one verb (urges), not "invite" (invites).
    expect(scaleWords(fr, 'Le Groupe invite instamment les États à')).toEqual(['verb:invite instamment']);
  });

  it('reads French labels', () => {
    const lines = ['II. Menaces existantes et potentielles', 'A. Aperçu général', '12. Les États ont noté', 'a) les rançongiciels ;', 'ii) les attaques'];
    expect(lines.map((l) => readLabels(l, fr)[0]?.level)).toEqual(['chapter', 'section', 'paragraph', 'subparagraph', 'subsubparagraph']);
  });
});
