/**
 * `draftwatch annotations carry` on files made by the import pipeline: a DOCX and a PDF saved by
 * LibreOffice from one document, the demo's Markdown drafts, and a plain-text draft; sets made by
 * Draftwatch and by another tool (only a TextQuoteSelector and a source).
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from './main';
import { loadDraft, nodeIo, type CliIo } from './io';
import { annotationsToW3c } from '../../shared/annotate/w3c';
import { annotateWords } from '../../shared/annotate/testing/build';
import { isParagraph } from '../../shared/model/draft';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = { ...nodeIo, stdout: '', stderr: '', out(t: string) { io.stdout += t + '\n'; }, err(t: string) { io.stderr += t + '\n'; } };
  return io;
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dw-carry-'));
const fixture = (name: string) => path.resolve(__dirname, '../../shared/import/fixtures', name);
type Out = { annotations: { id: string; status: string; paragraph: string | null; quote: string | null; confidence: number; reason: string | null }[] };

async function carry(set: string, from: string, to: string): Promise<Out> {
  const io = capture();
  const code = await main(['annotations', 'carry', set, '--from', from, '--to', to, '--json'], io);
  expect(io.stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(io.stdout) as Out;
}

describe('draftwatch annotations carry', () => {
  it('carries a set made on a LibreOffice DOCX onto the PDF of the same document, paragraph for paragraph', async () => {
    const { draft } = await loadDraft(nodeIo, fixture('oewg-crp.docx'), 0);
    const paras = draft.blocks.filter(isParagraph).filter((p) => p.number && /^\d+$/.test(p.number) && p.text.split(' ').length > 8);
    const annotations = paras.map((p) => annotateWords(draft, p.number!, p.text.split(' ').slice(2, 7).join(' ')));
    const set = path.join(tmp, 'docx-set.jsonld');
    fs.writeFileSync(set, annotationsToW3c(annotations, [draft]));
    const out = await carry(set, fixture('oewg-crp.docx'), fixture('oewg-crp.pdf'));
    expect(out.annotations.map((a) => a.id)).toEqual(annotations.map((a) => a.id));
    out.annotations.forEach((a, i) => {
      expect(a.status).not.toBe('orphaned');
      expect(a.paragraph).toBe(paras[i]!.number);
      expect(a.confidence).toBeGreaterThan(0.6);
    });
  });

  it('carries a quote-only set from another tool from the Zero draft to Rev.2 and explains each orphan', async () => {
    const set = path.join(tmp, 'foreign.json');
    const quote = (exact: string, prefix = '', suffix = '') => ({ type: 'Annotation', target: { source: 'https://example.org/zero-draft.pdf', selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }] }, body: { type: 'TextualBody', value: 'note' } });
    fs.writeFileSync(set, JSON.stringify({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      items: [
        { id: 'n1', ...quote('technological neutrality of the framework', 'States are encouraged to affirm the ') },
        { id: 'n2', ...quote('to prevent the proliferation of commercial ICT intrusion capabilities', 'level and through international cooperation, ') },
        { id: 'n3', ...quote('a passage nobody ever wrote in any draft') },
      ],
    }));
    const out = await carry(set, 'assets/demo/zero-draft.md', 'assets/demo/rev2.md');
    expect(out.annotations.map((a) => a.id)).toEqual(['n1', 'n2', 'n3']);
    expect(out.annotations[0]).toMatchObject({ status: 'exact', paragraph: '23', quote: 'technological neutrality of the framework' });
    expect(out.annotations[1]).toMatchObject({ status: 'orphaned', paragraph: null, quote: null, confidence: 0, reason: 'paragraph 17 deleted in Rev.2' });
    expect(out.annotations[2]).toMatchObject({ status: 'orphaned', reason: expect.stringMatching(/^passage not found in /) });
  });

  it('carries onto a plain-text draft and prints a summary without --json', async () => {
    const txt = path.join(tmp, 'rev1.txt');
    fs.writeFileSync(txt, fs.readFileSync('assets/demo/rev1.md', 'utf8').replace(/^#+ /gm, '').replace(/\*\*|\*/g, '').replace(/^---[\s\S]*?---\n/, ''));
    const { draft } = await loadDraft(nodeIo, 'assets/demo/zero-draft.md', 0);
    const set = path.join(tmp, 'zero.jsonld');
    fs.writeFileSync(set, annotationsToW3c([annotateWords(draft, '11', 'artificial intelligence for ICT security'), annotateWords(draft, '23', 'the private sector')], [draft]));
    const json = await carry(set, 'assets/demo/zero-draft.md', txt);
    expect(json.annotations[0]).toMatchObject({ status: 'exact', paragraph: '7', quote: 'artificial intelligence for ICT security' });
    expect(json.annotations[1]).toMatchObject({ status: 'orphaned', reason: expect.stringMatching(/^paragraph 23 deleted in /) });
    const io = capture();
    expect(await main(['annotations', 'carry', set, '--from', 'assets/demo/zero-draft.md', '--to', txt], io)).toBe(0);
    expect(io.stdout).toMatch(/^2 annotations from zero-draft\.md carried to rev1\.txt: 1 exact, 0 fuzzy, 1 orphaned\./);
    expect(io.stdout).toContain('orphaned: paragraph 23 deleted in');
  });

  it('fails with one human line on a bad set or bad usage, and writes nothing', async () => {
    const bad = path.join(tmp, 'bad.json');
    fs.writeFileSync(bad, '{"type": "AnnotationCollection", "items": [{"type": "Annotation", "target": "https://x"}]}');
    for (const [args, code, message] of [
      [['annotations', 'carry', bad, '--from', 'assets/demo/rev1.md', '--to', 'assets/demo/rev2.md'], 1, /no target with a source and a selector/],
      [['annotations', 'carry', 'assets/demo/rev1.md', '--from', 'assets/demo/rev1.md', '--to', 'assets/demo/rev2.md'], 1, /not valid JSON/],
      [['annotations', 'carry', bad, '--from', 'assets/demo/rev1.md'], 2, /needs --from OLD_DRAFT and --to NEW_DRAFT/],
      [['annotations', 'move'], 2, /Unknown annotations command/],
    ] as const) {
      const io = capture();
      expect(await main([...args], io)).toBe(code);
      expect(io.stderr.split('\n')[0]).toMatch(message);
      expect(io.stdout).toBe('');
    }
  });
});
