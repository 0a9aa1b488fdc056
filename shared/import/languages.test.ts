/**
 * Drafts in French and Spanish (issue 15): the language is detected at import, the draft keeps
 * it, and the structure words of that language (part headings, dates) decide the sections.
 * fr-oewg.docx and es-oewg.docx are LibreOffice's DOCX of fixtures/src/*.html
 * (scripts/make-fixtures.sh): the French one marks "Débat" with the same heading style as its
 * section, the Spanish one prints every heading as a bold line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chosenLanguage, importBytes, importText, toDraft } from './index';
import { isParagraph, type Block } from '../model/draft';
import { draftProfile } from '../model/structure-words';
import { draftSchema, projectSchema } from '../model/schema';
import { createProject } from '../model/project';

const load = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const sections = (blocks: Block[]): string[] => blocks.filter(isParagraph).filter((p) => p.number !== null).map((p) => `${p.number}|${p.section.join(' / ')}`);

const FR = ['I. Introduction', 'II. Travaux de fond / A. Aperçu général', 'II. Travaux de fond / B. Renforcement des capacités', 'III. Conclusions'];
const FR_EXPECTED = [
  `1|${FR[0]}`, `2|${FR[0]}`,
  `3|${FR[1]} / Débat`, `4|${FR[1]} / Débat`,
  `5|${FR[1]} / Prochaines étapes recommandées`, `6|${FR[1]} / Prochaines étapes recommandées`,
  `a)|${FR[1]} / Prochaines étapes recommandées`, `b)|${FR[1]} / Prochaines étapes recommandées`,
  `7|${FR[2]} / Débat`, `8|${FR[2]} / Prochaines étapes recommandées`, `9|${FR[3]}`,
];
const ES = ['I. Introducción', 'II. Labor sustantiva / A. Panorama general', 'II. Labor sustantiva / B. Creación de capacidad', 'III. Conclusiones'];
const ES_EXPECTED = [
  `1|${ES[0]}`, `2|${ES[0]}`,
  `3|${ES[1]} / Debate`, `4|${ES[1]} / Debate`,
  `5|${ES[1]} / Próximas medidas recomendadas`, `6|${ES[1]} / Próximas medidas recomendadas`,
  `a)|${ES[1]} / Próximas medidas recomendadas`, `b)|${ES[1]} / Próximas medidas recomendadas`,
  `7|${ES[2]} / Debate`, `8|${ES[2]} / Próximas medidas recomendadas`, `9|${ES[3]}`,
];

/** The Spanish report as pasted plain text: headings are lines, nothing marks them. */
const esPlain = (): string =>
  new TextDecoder()
    .decode(load('src/es-oewg.html'))
    .split('\n')
    .filter((l) => l.startsWith('<p>'))
    .map((l) => l.replace(/<[^>]+>/g, ''))
    .join('\n\n');

describe('a French DOCX made by LibreOffice, parts in heading styles', async () => {
  const content = await importBytes(load('fr-oewg.docx'), 'fr-oewg.docx');

  it('is read as French, with its masthead date in French', () => {
    expect(content.language).toBe('fr');
    expect(content.symbol).toBe('A/AC.300/2026/CRP.2');
    expect(content.date).toBe('2026-03-03');
  });

  it('keeps both levels of every section path: the section and the part', () => {
    expect(sections(content.blocks)).toEqual(FR_EXPECTED);
  });

  it('loses the section when read as English (the parts are not English words)', async () => {
    const english = await importBytes(load('fr-oewg.docx'), 'fr-oewg.docx', { language: 'en' });
    expect(english.language).toBe('en');
    expect(sections(english.blocks)).not.toEqual(FR_EXPECTED);
    expect(sections(english.blocks)).toContain('3|II. Travaux de fond / Débat');
  });

  it('gives the draft its language, which the project schema keeps', () => {
    const draft = toDraft(content, { fileName: 'fr-oewg.docx' });
    expect(draft.language).toBe('fr');
    expect(draftSchema.parse(draft).language).toBe('fr');
    expect(draftProfile(draft).code).toBe('fr');
  });
});

describe('a Spanish report: bold lines in a LibreOffice DOCX, and the same text pasted', async () => {
  const docx = await importBytes(load('es-oewg.docx'), 'es-oewg.docx');
  const plain = importText(esPlain(), 'text');

  it.each([
    ['DOCX', docx],
    ['plain text', plain],
  ])('%s: read as Spanish, with both levels of every section path', (_, content) => {
    expect(content.language).toBe('es');
    expect(content.date).toBe('2026-03-03');
    expect(sections(content.blocks)).toEqual(ES_EXPECTED);
  });
});

describe('the language of a draft', () => {
  it('is what the person chose, over what detection finds', () => {
    const content = importText(esPlain(), 'text', 'informe.txt', 'fr');
    expect(content.language).toBe('fr');
    expect(toDraft(content, { fileName: 'informe.txt' }).language).toBe('fr');
    expect(toDraft(importText(esPlain(), 'text'), { fileName: 'informe.txt', language: 'ru' }).language).toBe('ru');
  });

  it('is English for a draft saved before drafts had one, or the project language when it has one', () => {
    const old = { language: undefined };
    expect(draftProfile(old).code).toBe('en');
    expect(draftProfile(old, { language: 'es' }).code).toBe('es');
    expect(draftProfile({ language: 'xx' }).code).toBe('en');
  });

  it('an unknown code in a project file loads (kept, read as English)', () => {
    const draft = toDraft(importText('1. Le groupe de travail a tenu sa session.', 'text'), { fileName: 'a.txt' });
    expect(draftSchema.parse({ ...draft, language: 'tlh' }).language).toBe('tlh');
    const { language: _, ...older } = draft;
    expect(draftSchema.parse(older).language).toBeUndefined();
  });
});

describe('the language of a project (Project.language)', () => {
  it('reads a new draft in the project language when the draft has no choice of its own', async () => {
    const docx = load('es-oewg.docx');
    expect((await importBytes(docx, 'es-oewg.docx')).language).toBe('es');
    const inProject = await importBytes(docx, 'es-oewg.docx', { projectLanguage: 'fr' });
    expect(inProject.language).toBe('fr');
    expect(toDraft(inProject, { fileName: 'es-oewg.docx' }).language).toBe('fr');
    // The draft's own choice wins over the project's; an unknown project code is passed over.
    expect((await importBytes(docx, 'es-oewg.docx', { projectLanguage: 'fr', language: 'es' })).language).toBe('es');
    expect((await importBytes(docx, 'es-oewg.docx', { projectLanguage: 'tlh' })).language).toBe('es');
  });

  it('decides between the draft and the project choice as languageFor does', () => {
    expect(chosenLanguage({})).toBeUndefined();
    expect(chosenLanguage({ projectLanguage: 'ru' })).toBe('ru');
    expect(chosenLanguage({ language: 'ar', projectLanguage: 'ru' })).toBe('ar');
    expect(chosenLanguage({ language: 'xx', projectLanguage: 'zh' })).toBe('zh');
  });

  it('is kept by the project schema, optional: files without it still load, unknown codes are kept', () => {
    const project = createProject('Negociación', new Date('2026-03-03T00:00:00Z'));
    expect(projectSchema.parse(project).language).toBeUndefined();
    expect(projectSchema.parse({ ...project, language: 'es' }).language).toBe('es');
    expect(projectSchema.parse({ ...project, language: 'tlh' }).language).toBe('tlh');
    expect(() => projectSchema.parse({ ...project, language: 'x' })).toThrow();
    // A draft saved before drafts had a language is read in the project's.
    expect(draftProfile({}, { language: 'es' }).code).toBe('es');
  });
});
