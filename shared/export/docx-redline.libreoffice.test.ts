/**
 * The DOCX redline in a real client: LibreOffice (headless, Python-UNO) opens it, Accept All must
 * give the target draft paragraph by paragraph, Reject All the base draft, and the revisions must
 * be where the comparison says the changes are. Skipped, with a message, where LibreOffice or
 * its Python bridge is missing.
 */
import { execFileSync } from 'node:child_process';
import { libreOfficeMissing, PYTHON, withoutComments } from '../../testing/libreoffice';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import type { Comparison } from '../compare/types';
import { isParagraph, printedHeading, printedParagraph, type Draft } from '../model/draft';
import { importBytes } from '../import';
import { toDraft } from '../import/draft';
import { generatePair } from '../testing/generator';
import { compareById, draft, editedPair, noisyPair, sampleDrafts } from './__fixtures__/drafts';
import { COVER_STYLE, COVER_TITLE_STYLE, docxRedline, paragraphMarks } from './docx-redline';
import { redlineRows, rowIsRevised } from './redline-rows';
import { commandMissing, needing } from '../../electron/testing/tools';

const GENERATED_AT = new Date('2024-03-02T10:00:00Z');
const SCRIPT = join(import.meta.dirname, '__fixtures__', 'lo_redlines.py');
const CORPUS = join(import.meta.dirname, '..', 'import', 'fixtures', 'corpus');

/**
 * Two drafts from a Word file of the corpus (written as OOXML) and the same file with one text
 * edited in its document.xml, each imported as the app imports it: what the importer once lifted
 * out of the text (a lone paragraph, a table's first row, a first line "January 2014") must be
 * compared, and its edit redlined.
 */
async function wordPair(name: string, from: string, to: string): Promise<{ base: Draft; target: Draft }> {
  const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  if (!xml.includes(from)) throw new Error(`${name} does not hold "${from}"`);
  files['word/document.xml'] = strToU8(xml.replace(from, to));
  const edited = zipSync(files);
  const base = toDraft(await importBytes(bytes, name), { fileName: name, bytes, label: 'Rev.1' });
  const target = toDraft(await importBytes(edited, name), { fileName: name, bytes: edited, label: 'Rev.2' });
  return { base, target };
}

const missing = libreOfficeMissing();
if (missing) console.warn(`Skipping the LibreOffice round trip of the DOCX redline: ${missing}.`);

interface LoParagraph {
  style: string;
  text: string;
}
interface LoReport {
  redlines: { type: string; author: string; date: string }[];
  revisedParagraphs: { style: string; revised: boolean }[];
  comments: { author: string; text: string }[];
  accepted: LoParagraph[];
  rejected: LoParagraph[];
  remainingAfterAccept: number;
  remainingAfterReject: number;
}


function printed(d: Draft): string[] {
  return d.blocks.map((b) => (isParagraph(b) ? printedParagraph(b) : printedHeading(b)));
}

/** The drafts' paragraphs after accepting or rejecting: the provenance block and empty lines left out. */
function body(paragraphs: LoParagraph[]): string[] {
  return paragraphs.filter((p) => p.style !== COVER_STYLE && p.style !== COVER_TITLE_STYLE && p.text !== '').map((p) => p.text);
}

/**
 * Paragraphs (headings aside) the comparison says changed, counted from the engine's changes,
 * plus those that only carry the revised paragraph mark of a whole inserted or deleted paragraph
 * after them (written as Word writes it, see `paragraphMarks`).
 */
function expectedRevisedParagraphs(c: Comparison, base: Draft, target: Draft): number {
  let n = 0;
  for (const ch of c.changes) {
    const renumbered = ch.base[0]?.number !== ch.target[0]?.number;
    const textDiffers = ch.kind === 'unchanged' && base.blocks[ch.base[0]!.index]!.text !== target.blocks[ch.target[0]!.index]!.text;
    if (ch.kind === 'unchanged') n += renumbered || textDiffers ? 1 : 0;
    else if (ch.kind === 'modified') n += 1;
    else if (ch.kind === 'moved') n += 2;
    else n += ch.base.length + ch.target.length - (ch.kind === 'split' || ch.kind === 'merged' ? 1 : 0);
  }
  const rows = redlineRows(base, target, c);
  const marks = paragraphMarks(rows);
  rows.forEach((r, i) => {
    if (r.block === 'paragraph' && marks[i] !== null && r.mark === null && !rowIsRevised(r)) n++;
  });
  return n;
}

describe.skipIf(missing !== null)(needing('DOCX redline in LibreOffice', missing), () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-docx-lo-'));
  const cases: { name: string; base: Draft; target: Draft; comparison: Comparison; bytes?: Uint8Array }[] = [];
  let reports: LoReport[] = [];

  beforeAll(async () => {
    const { zero, rev } = sampleDrafts();
    cases.push({ name: 'sample', base: zero, target: rev, comparison: compareDrafts(zero, rev) });
    const before = draft('m0', 'Rev.1', '2024-02-01', [
      '# I. General',
      'a: 1. The group met twice.',
      'b: 2. It adopted its agenda.',
      'c: 3. It elected its Chair by acclamation.',
      '# II. Old heading',
      'd: 4. Delegations thanked the Chair.',
    ]);
    const after = draft('m1', 'Rev.2', '2024-03-10', [
      '# I. General',
      'a: 1. The group met twice and adopted its agenda.',
      'c: 2. It elected its Chair.',
      '# II. New heading',
      'd: 3. Delegations thanked the Chair.',
    ]);
    cases.push({ name: 'merge and heading', base: before, target: after, comparison: compareDrafts(before, after) });
    const generated = generatePair(11, 150);
    cases.push({ name: 'generated revision', base: generated.base, target: generated.target, comparison: compareDrafts(generated.base, generated.target) });
    // Hand-built groups, so split and merge are exercised whatever the engine decides.
    cases.push({ name: 'hand-built split', base: zero, target: rev, comparison: compareById(zero, rev, { splits: [['p9', ['p9a', 'p9b']]] }) });
    cases.push({ name: 'hand-built merge', base: before, target: after, comparison: compareById(before, after, { merges: [[['a', 'b'], 'a']] }) });
    const edited = editedPair(7, 80);
    cases.push({ name: 'hand-built random edits', base: edited.base, target: edited.target, comparison: compareById(edited.base, edited.target) });
    // Case, punctuation, spacing and typed numbers the options ignore: Accept/Reject must still be exact.
    const noisy = noisyPair(19, 60);
    const lax = { ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true, ignoreNumbering: true };
    cases.push({ name: 'every option on', base: noisy.base, target: noisy.target, comparison: compareDrafts(noisy.base, noisy.target, lax) });
    // A paragraph that changes section without moving in reading order (reported as a move).
    const crossing = (id: string, discussion: string[], next: string[]): Draft =>
      draft(id, id, '2024-05-01', ['# I. Threats', '## Discussion', ...discussion, '## Recommended next steps', ...next]);
    const d1 = 'd1: 1. States noted the growing number of ransomware attacks against hospitals.';
    const d2 = 'd2: 2. Several delegations raised the security of undersea cables.';
    const r1 = 'r1: 3. States should share information on ransomware threats through existing channels.';
    const r2 = 'r2: 4. The Chair will convene a meeting on the protection of undersea cables.';
    const inPlaceBase = crossing('Rev.3', [d1, d2], [r1, r2]);
    const inPlaceTarget = crossing('Rev.4', [d1, d2, r1], [r2]);
    cases.push({ name: 'section change in place', base: inPlaceBase, target: inPlaceTarget, comparison: compareDrafts(inPlaceBase, inPlaceTarget) });

    for (const [name, file, from, to] of [
      ['Word file of one paragraph', 'one-paragraph.docx', "Isn't it?", 'Is it not?'],
      ['Word file opening with a table', 'table-first.docx', '>222<', '>223<'],
      ['Word file opening with "January 2014"', 'month-first.docx', 'January 2014', 'February 2014'],
    ] as const) {
      const pair = await wordPair(file, from, to);
      cases.push({ name, ...pair, comparison: compareDrafts(pair.base, pair.target) });
    }

    const args: string[] = [];
    for (const [i, c] of cases.entries()) {
      c.bytes = await docxRedline(c.base, c.target, c.comparison, {
        appVersion: '0.1.0-test',
        generatedAt: GENERATED_AT,
        annotations: [{ paragraphId: c.target.blocks.find(isParagraph)!.id, draftId: c.target.id, text: 'We can accept this.', author: 'Delegation of Utopia' }],
      });
      writeFileSync(join(dir, `${i}.docx`), c.bytes);
      writeFileSync(join(dir, `${i}-bare.docx`), withoutComments(c.bytes));
      args.push(join(dir, `${i}.docx`), join(dir, `${i}-bare.docx`));
    }
    execFileSync(PYTHON, [SCRIPT, join(dir, 'report.json'), ...args], { timeout: 240_000, stdio: 'ignore' });
    reports = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as LoReport[];
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const noPdftotext = commandMissing('pdftotext', ['-v'], 'pdftotext (poppler-utils)');
  it.skipIf(noPdftotext)(needing('prints through LibreOffice with both drafts’ words, the title block and page numbers', noPdftotext), () => {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile-pdf')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, '0.docx')], {
      timeout: 120_000,
      stdio: 'ignore',
    });
    // Line breaks depend on the fonts installed: compare with whitespace collapsed.
    const text = execFileSync('pdftotext', ['-layout', join(dir, '0.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['held fivesix meetings', '30 April', '15 May', 'States recalled that the group', 'ransomware against hospitals']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Redline: Zero draft → Rev.2');
    expect(text).toContain('Page 1 of');
  }, 180_000); // a cold LibreOffice on a busy machine

  const names = [
    'sample', 'merge and heading', 'generated revision', 'hand-built split', 'hand-built merge', 'hand-built random edits', 'every option on',
    'section change in place', 'Word file of one paragraph', 'Word file opening with a table', 'Word file opening with "January 2014"',
  ];
  it('redlines the lines the importer once lifted out of Word files as the title or the date', () => {
    const word = (name: string) => cases.find((c) => c.name === name)!;
    const one = word('Word file of one paragraph');
    expect([printed(one.base), printed(one.target)]).toEqual([["This is a test. Isn't it?"], ['This is a test. Is it not?']]);
    expect(printed(word('Word file opening with a table').target).slice(0, 2)).toEqual(['111 | 223', '333 | 444']);
    expect(printed(word('Word file opening with "January 2014"').base)[0]).toBe('January 2014');
    // The edited line is the first block of each file: the comparison reports it changed (a short
    // table row that shares one number of two is replaced rather than modified), the rest unchanged.
    for (const name of names.slice(-3)) {
      const changed = word(name).comparison.changes.filter((c) => c.kind !== 'unchanged');
      expect(changed.length, name).toBeGreaterThan(0);
      for (const c of changed) expect([...c.base, ...c.target].map((p) => p.index), name).toEqual(c.base.map(() => 0).concat(c.target.map(() => 0)));
    }
  });

  for (const [i, name] of names.entries()) {
    describe(name, () => {
      it('Accept All gives the target draft, paragraph by paragraph', () => {
        expect(body(reports[i]!.accepted)).toEqual(printed(cases[i]!.target));
        expect(reports[i]!.remainingAfterAccept).toBe(0);
      });
      it('Reject All gives the base draft, paragraph by paragraph', () => {
        expect(body(reports[i]!.rejected)).toEqual(printed(cases[i]!.base));
        expect(reports[i]!.remainingAfterReject).toBe(0);
      });
      it('revisions sit in the paragraphs the comparison changed, by the target draft on its date', () => {
        const { target, comparison } = cases[i]!;
        const revised = reports[i]!.revisedParagraphs.filter((p) => p.revised && !p.style.startsWith('Heading'));
        expect(revised.length).toBe(expectedRevisedParagraphs(comparison, cases[i]!.base, target));
        expect(reports[i]!.redlines.length).toBeGreaterThan(0);
        for (const r of reports[i]!.redlines) {
          expect(r.author).toBe(target.label);
          expect(r.date).toBe(target.date ?? GENERATED_AT.toISOString().slice(0, 10));
        }
      });
      it('moves are named in comments and annotations arrive with their authors', () => {
        const { base, comparison } = cases[i]!;
        const comments = reports[i]!.comments;
        const moves = comparison.changes.filter((c) => c.kind === 'moved');
        expect(comments.filter((c) => c.text.startsWith('Moved from')).length).toBe(moves.length);
        expect(comments.filter((c) => c.text.startsWith('Moved to')).length).toBe(moves.length);
        for (const m of moves) {
          const from = comments.find((c) => c.text.startsWith(`Moved from ¶${m.base[0]!.number} `));
          // "… (Zero draft)", and the standing when the move changed it ("…: a downgrade from …").
          expect(from?.text).toMatch(new RegExp(`\\(${base.label}\\)(: an? (down|up)grade from the \\w+ to the \\w+)?$`));
        }
        expect(comments).toContainEqual({ author: 'Delegation of Utopia', text: 'We can accept this.' });
      });
    });
  }
});
