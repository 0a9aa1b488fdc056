/**
 * The Word fixture corpus (fixtures/corpus) against LibreOffice's own reading of the same files:
 * every visible word and every list label must come out as LibreOffice shows them. LibreOffice
 * (headless, Python-UNO, fixtures/lo_reading.py) reports each paragraph's text as printed (tracked
 * changes accepted, hidden text and note anchors out), its list label (ListLabelString), table
 * cells, text boxes and notes. Where LibreOffice 7.4 itself differs from Word, the difference is
 * listed below with its reason and Word's reading is asserted instead. Skipped, with a message,
 * where LibreOffice or its Python bridge is missing.
 */
import { execFileSync } from 'node:child_process';
import { libreOfficeMissing, PYTHON } from '../../testing/libreoffice';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from './index';
import type { ImportedContent } from './types';
import { isParagraph, printedHeading, printedParagraph } from '../model/draft';

const CORPUS = join(import.meta.dirname, 'fixtures', 'corpus');
const SCRIPT = join(import.meta.dirname, 'fixtures', 'lo_reading.py');
const FILES = readdirSync(CORPUS).filter((f) => f.endsWith('.docx')).sort();

const missing = libreOfficeMissing();
if (missing) console.warn(`Skipping the Word corpus against LibreOffice: ${missing}.`);

interface LoBlock {
  kind: 'p' | 'table';
  text?: string;
  label?: string;
  frames?: string[];
  rows?: string[][];
}
interface LoDoc {
  blocks: LoBlock[];
  footnotes: { label: string; text: string }[];
  endnotes: { label: string; text: string }[];
}

/** Lines as compared: whitespace collapsed, table cell bars and bullets dropped (bullets are not numbers). */
const norm = (s: string): string => s.replace(/[|•]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Where LibreOffice 7.4 does not read a file as Word prints it. Each entry changes LibreOffice's
 * line into Word's, or names lines only Word (and so the importer) shows, and says why.
 */
const LO_DIFFERS: Record<string, { why: string; line?: (line: string) => string; wordOnly?: RegExp }[]> = {
  'inline-content.docx': [
    { why: 'LibreOffice keeps equations as objects outside the paragraph text', line: (l) => l.replace('the formula appear', 'the formula x=2 appear') },
  ],
  'embedded.docx': [
    { why: 'LibreOffice 7.4 reads embedded Word documents only, not HTML, text or web archives', wordOnly: /HTML paragraph|text chunk|web archive/ },
  ],
  'numbering.docx': [
    {
      why: 'LibreOffice 7.4 prints hindiNumbers with Western digits; Word prints Arabic-Indic digits',
      line: (l) => (l.includes('hindiNumbers') ? l.replace(/^\d+/, (d) => d.replace(/\d/g, (x) => '٠١٢٣٤٥٦٧٨٩'[Number(x)]!)) : l),
    },
    { why: 'LibreOffice 7.4 prints ordinalText in Arabic as "Ordinal N"; Word has no Arabic ordinal words, so digits', line: (l) => l.replace(/^Ordinal (\d+\.)/, '$1') },
    {
      why: 'LibreOffice 7.4 ignores legal-style numbering (w:isLgl): Word prints the upper levels as decimals',
      line: (l) => l.replace(/^I\.A Legal section/, '1.1 Legal section').replace(/^I\.A\.a Legal subsection/, '1.1.1 Legal subsection')
        .replace(/^I\.B Second legal/, '1.2 Second legal').replace(/^II\.A Legal section/, '2.1 Legal section'),
    },
    { why: 'LibreOffice 7.4 restarts a level whose w:lvlRestart is 0, which in Word means never', line: (l) => l.replace(/^\(a\) point b, never restarted/, '(b) point b, never restarted') },
  ],
};

/** LibreOffice's lines of a document: label and text, text boxes after their paragraph, table rows. */
function loLines(doc: LoDoc): string[] {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      for (const row of b.rows ?? []) lines.push(norm(row.join(' ')));
      continue;
    }
    lines.push(norm(`${b.label ?? ''} ${b.text ?? ''}`));
    for (const frame of b.frames ?? []) lines.push(...frame.split('\n').map(norm));
  }
  return lines.filter((l) => l !== '');
}

/** The importer's lines: each block as printed, number included. */
function ourLines(content: ImportedContent): string[] {
  return content.blocks.map((b) => norm(b.kind === 'heading' ? printedHeading(b) : printedParagraph(b))).filter((l) => l !== '');
}

describe.skipIf(missing !== null)('Word corpus read as LibreOffice reads it', () => {
  let dir = '';
  let lo = new Map<string, LoDoc>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dw-corpus-'));
    const out = join(dir, 'lo.json');
    execFileSync(PYTHON, [SCRIPT, out, ...FILES.map((f) => join(CORPUS, f))], { stdio: 'inherit', timeout: 300_000 });
    const docs = JSON.parse(readFileSync(out, 'utf8')) as LoDoc[];
    lo = new Map(FILES.map((f, i) => [f, docs[i]!]));
  }, 320_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(FILES)('%s: every word and list label', async (name) => {
    const content = await importBytes(new Uint8Array(readFileSync(join(CORPUS, name))), name);
    const differs = LO_DIFFERS[name] ?? [];
    const wordOnly = differs.flatMap((d) => (d.wordOnly ? [d.wordOnly] : []));
    const theirs = loLines(lo.get(name)!).map((l) => differs.reduce((acc, d) => (d.line ? d.line(acc) : acc), l));
    const ours = ourLines(content).filter((l) => !wordOnly.some((re) => re.test(l)));
    expect(ours).toEqual(theirs);
  });

  it.each(FILES)('%s: footnotes and endnotes with their markers', async (name) => {
    const content = await importBytes(new Uint8Array(readFileSync(join(CORPUS, name))), name);
    const doc = lo.get(name)!;
    const theirs = [...doc.footnotes, ...doc.endnotes].map((n) => `${n.label}: ${norm(n.text)}`).sort();
    const ours = content.blocks.filter(isParagraph).flatMap((p) => (p.footnotes ?? []).map((n) => `${n.marker}: ${norm(n.text)}`)).sort();
    expect(ours).toEqual(theirs);
  });

  it('the differences from LibreOffice listed above are real: Word prints them as asserted', async () => {
    const content = await importBytes(new Uint8Array(readFileSync(join(CORPUS, 'numbering.docx'))), 'numbering.docx');
    const lines = ourLines(content);
    expect(lines).toContain('1.1 Legal section');
    expect(lines).toContain('1.1.1 Legal subsection');
    expect(lines).toContain('(b) point b, never restarted');
    expect(lines.find((l) => l.includes('hindiNumbers in en-US from 99, item 2'))).toMatch(/^١٠٠\. /);
    const loNumbering = loLines(lo.get('numbering.docx')!);
    expect(loNumbering).toContain('I.A Legal section');
    expect(loNumbering).toContain('(a) point b, never restarted');
    expect(loNumbering.some((l) => /^Ordinal 1\. ordinalText in ar-SA/.test(l))).toBe(true);
  });
});
