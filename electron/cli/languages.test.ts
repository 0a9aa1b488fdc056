/**
 * The command line with drafts in other languages (issue 15): the language read (and chosen with
 * --lang), and two drafts of one title told apart by label in the tracker's text output.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main';
import { capture } from './testing/capture';
import { distinctLabels, toDraft } from '../../shared/import/draft';
import { importText } from '../../shared/import';

const FIXTURE = 'shared/import/fixtures/fr-oewg.docx';
const TITLE = 'Projet de rapport du groupe de travail sur la sécurité du numérique';

/** A French draft with a UN masthead: one title, its own date and wording. */
const frenchDraft = (date: string, modal: string, extra = ''): string =>
  [
    'A/AC.300/2026/CRP.2',
    date,
    TITLE,
    ...(extra ? [extra] : []),
    'A. Aperçu général',
    'Prochaines étapes recommandées',
    `1. Les États ${modal} réaffirmer la neutralité technologique des engagements existants.`,
    '2. Le groupe de travail recommande de tenir un échange informel avant la prochaine session.',
  ].join('\n\n');

describe('draftwatch with French and Spanish drafts', () => {
  it('import --json says the language read, and --lang chooses it', async () => {
    const io = capture();
    expect(await main(['import', FIXTURE, '--json'], io)).toBe(0);
    const json = JSON.parse(io.stdout) as { language: string; blocks: { kind: string; number?: string; section?: string[] }[] };
    expect(json.language).toBe('fr');
    expect(json.blocks.find((b) => b.number === '3')?.section).toEqual(['II. Travaux de fond', 'A. Aperçu général', 'Débat']);
    const chosen = capture();
    expect(await main(['import', FIXTURE, '--json', '--lang', 'es'], chosen)).toBe(0);
    expect((JSON.parse(chosen.stdout) as { language: string }).language).toBe('es');
    const text = capture();
    expect(await main(['import', FIXTURE], text)).toBe(0);
    expect(text.stdout).toContain('read as Français');
  });

  it('refuses an unknown --lang with the list of languages, and reads nothing', async () => {
    const io = capture();
    expect(await main(['import', FIXTURE, '--lang', 'xx'], io)).toBe(2);
    expect(io.stderr).toMatch(/--lang xx: Draftwatch reads ar \(.+\), zh .*es \(Español\)/);
    expect(io.stdout).toBe('');
  });

  it("the tracker's text output tells two drafts of one title apart by label", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-lang-'));
    const a = path.join(dir, 'projet-a.txt');
    const b = path.join(dir, 'projet-b.txt');
    fs.writeFileSync(a, frenchDraft('3 mars 2026', 'devraient'));
    fs.writeFileSync(b, frenchDraft('17 mars 2026', 'pourraient'));
    const io = capture();
    expect(await main(['track', a, b, '--term', 'neutralité technologique'], io)).toBe(0);
    const first = `${TITLE} (2026-03-03)`;
    const second = `${TITLE} (2026-03-17)`;
    expect(io.stdout).toContain(`"neutralité technologique": ${first} 1 · ${second} 1`);
    expect(io.stdout).toContain(`hedging weakened: ${first} ¶1 → ${second} ¶1: “devraient” → “pourraient”`);
  });
});

describe('default labels of drafts with one title', () => {
  const draft = (text: string, fileName: string) => toDraft(importText(text, 'text'), { fileName });

  it('are told apart by symbol, then date, then a "Rev.N" in the text, then file name', () => {
    const dated = distinctLabels([draft(frenchDraft('3 mars 2026', 'devraient'), 'a.txt'), draft(frenchDraft('17 mars 2026', 'devraient'), 'b.txt')]);
    expect(dated.map((d) => d.label)).toEqual([`${TITLE} (2026-03-03)`, `${TITLE} (2026-03-17)`]);
    const revised = distinctLabels([
      draft(frenchDraft('3 mars 2026', 'devraient', 'Projet révisé (Rév.1)'), 'a.txt'),
      draft(frenchDraft('3 mars 2026', 'pourraient', 'Projet révisé (Rév.2)'), 'b.txt'),
    ]);
    expect(revised.map((d) => d.label)).toEqual([`${TITLE} (Rev.1)`, `${TITLE} (Rev.2)`]);
    const named = distinctLabels([draft(frenchDraft('3 mars 2026', 'devraient'), 'avant.txt'), draft(frenchDraft('3 mars 2026', 'pourraient'), 'après.txt')]);
    expect(named.map((d) => d.label)).toEqual([`${TITLE} (avant)`, `${TITLE} (après)`]);
    const same = distinctLabels([draft(frenchDraft('3 mars 2026', 'devraient'), 'a.txt'), draft(frenchDraft('3 mars 2026', 'pourraient'), 'a.txt')]);
    expect(new Set(same.map((d) => d.label)).size).toBe(2);
  });
});
