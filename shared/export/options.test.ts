/**
 * Accept All gives the target draft and Reject All the base draft under every comparison option
 * and every combination of them: options decide what counts as a change for the reader, never
 * what the redline spells. Checked on the rows every writer draws (DOCX, HTML, PDF) and on the
 * DOCX itself, read back revision by revision.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../compare';
import type { CompareOptions } from '../compare/types';
import { isParagraph, printedHeading, printedParagraph, type Draft } from '../model/draft';
import { elements, parseXml, textOf, W_NS, type XmlElement } from '../import/xml';
import { noisyPair } from './__fixtures__/drafts';
import { COVER_STYLE, COVER_TITLE_STYLE, docxRedline } from './docx-redline';
import { redlineRows, rowBaseText, rowTargetText, type RedlineRow } from './redline-rows';

const printed = (d: Draft): string[] => d.blocks.map((b) => (isParagraph(b) ? printedParagraph(b) : printedHeading(b)));

/** Every combination of the four options. */
const ALL_OPTIONS: CompareOptions[] = Array.from({ length: 16 }, (_, m) => ({
  ignoreCase: (m & 1) !== 0,
  ignorePunctuation: (m & 2) !== 0,
  ignoreWhitespace: (m & 4) !== 0,
  ignoreNumbering: (m & 8) !== 0,
}));
const name = (o: CompareOptions): string =>
  Object.entries(o).filter(([, v]) => v).map(([k]) => k).join('+') || 'nothing ignored';

/** What Word does on Accept All / Reject All with the rows: a removed paragraph mark joins the next paragraph. */
function resolveRows(rows: RedlineRow[], side: 'accept' | 'reject'): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rows) {
    current += side === 'accept' ? rowTargetText(r) : rowBaseText(r);
    if (side === 'accept' ? r.mark !== 'deleted' : r.mark !== 'inserted') {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

/** Accept All / Reject All on the DOCX's XML: w:ins and w:del in runs and on paragraph marks. */
function resolveDocx(bytes: Uint8Array, side: 'accept' | 'reject'): string[] {
  const doc = parseXml(strFromU8(unzipSync(bytes)['word/document.xml']!), 'document.xml');
  const body = elements(doc).find((e) => e.name === 'body')!;
  const drop = side === 'accept' ? 'del' : 'ins';
  const text = (el: XmlElement): string =>
    elements(el)
      .map((c) => {
        if (c.ns !== W_NS) return '';
        if (c.name === drop) return '';
        if (c.name === 'r') return elements(c).map((t) => (t.name === 't' || t.name === 'delText' ? textOf(t) : t.name === 'tab' ? '\t' : '')).join('');
        if (c.name === 'pPr') return '';
        return text(c);
      })
      .join('');
  const out: string[] = [];
  let current = '';
  for (const p of elements(body).filter((e) => e.name === 'p')) {
    const pPr = elements(p).find((e) => e.name === 'pPr');
    const style = pPr && elements(pPr).find((e) => e.name === 'pStyle')?.attrs['val'];
    if (style === COVER_STYLE || style === COVER_TITLE_STYLE) continue;
    current += text(p);
    const mark = pPr && elements(pPr).find((e) => e.name === 'rPr');
    const markGoes = mark !== undefined && elements(mark).some((e) => e.name === drop);
    if (!markGoes) {
      if (current !== '') out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

describe('Reject All gives the base and Accept All the target, under every option', () => {
  it.each(ALL_OPTIONS.map((o) => [name(o), o] as const))('%s: the redline rows', (_n, options) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 5, max: 60 }), (seed, n) => {
        const { base, target } = noisyPair(seed, n);
        const rows = redlineRows(base, target, compareDrafts(base, target, options));
        expect(resolveRows(rows, 'accept')).toEqual(printed(target));
        expect(resolveRows(rows, 'reject')).toEqual(printed(base));
      }),
      { numRuns: 12 },
    );
  });

  it('any combination, drawn at random: the Word file itself', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 5, max: 40 }),
        fc.record({ ignoreCase: fc.boolean(), ignorePunctuation: fc.boolean(), ignoreWhitespace: fc.boolean(), ignoreNumbering: fc.boolean() }),
        async (seed, n, options) => {
          const { base, target } = noisyPair(seed, n);
          const bytes = await docxRedline(base, target, compareDrafts(base, target, options), { appVersion: 'test', generatedAt: new Date(0) });
          expect(resolveDocx(bytes, 'accept')).toEqual(printed(target).filter((t) => t !== ''));
          expect(resolveDocx(bytes, 'reject')).toEqual(printed(base).filter((t) => t !== ''));
        },
      ),
      { numRuns: 16 },
    );
  });

  it('the noise is of the kinds the options ignore, so the property is not empty', () => {
    const { base, target } = noisyPair(4, 60);
    const strict = compareDrafts(base, target, { ignoreCase: false, ignorePunctuation: false, ignoreWhitespace: false, ignoreNumbering: false });
    const lax = compareDrafts(base, target, { ignoreCase: true, ignorePunctuation: true, ignoreWhitespace: true, ignoreNumbering: true });
    expect(lax.summary.counts.unchanged).toBeGreaterThan(strict.summary.counts.unchanged + 5);
    const differing = lax.changes.filter((c) => c.kind === 'unchanged' && base.blocks[c.base[0]!.index]!.text !== target.blocks[c.target[0]!.index]!.text);
    expect(differing.length).toBeGreaterThan(5);
  });
});
