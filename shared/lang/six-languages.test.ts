/**
 * The six UN languages end to end (issue 15): a zero draft, Rev.1 and final of one OEWG-style
 * report in Arabic, Chinese, English, French, Russian and Spanish, written by
 * shared/testing/six-languages.ts and printed by LibreOffice to DOCX and PDF
 * (shared/import/fixtures/six/, scripts/make-fixtures.sh). Against the generator's truth:
 * - import reads the language, every paragraph's printed label, text and section path (both
 *   levels and the part): all of them from DOCX, at least 99% from PDF;
 * - the engine aligns consecutive drafts with F1 ≥ 0.98 on the paragraphs' known identities;
 * - the tracker, on the DOCX and the PDF drafts, reports the watched term's move from the
 *   recommendations into the discussion of another section (with the downgrade flag), its
 *   rewording and its removal;
 * - the hedging changes ("devrait" → "pourrait", "ينبغي" → "يمكن", "应" → "可") are found.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importBytes, toDraft } from '../import';
import { compareDrafts } from '../compare/compare';
import { citedNumbers, printedNumber, type Draft, type ParagraphBlock } from '../model/draft';
import type { WatchTerm } from '../model/schema';
import { trackDrafts } from '../track/track';
import { recognizeStructure, type RawBlock } from '../import/structure';
import { formatLabel, printLabel } from './labels';
import { getProfile } from './registry';
import { links, linkScore } from '../testing/generator';
import { SIX_LANGUAGES, sixDraft, type SixDraft } from '../testing/six-languages';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../import/fixtures/six/${name}`, import.meta.url)));
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The imported draft's numbered paragraphs by cited number ("7", "7(a)", "7(أ)"). */
function byCited(draft: Draft): Map<string, ParagraphBlock> {
  const out = new Map<string, ParagraphBlock>();
  for (const [i, cited] of citedNumbers(draft)) if (!out.has(cited)) out.set(cited, draft.blocks[i] as ParagraphBlock);
  return out;
}

interface Score {
  paragraphs: number;
  right: number;
  wrong: string[];
}

/** How many of the truth's paragraphs were imported with the right printed label, text and section path. */
function score(truth: SixDraft, imported: Draft): Score {
  const got = byCited(imported);
  const expected = truth.blocks.filter((b) => b.kind === 'paragraph');
  const wrong: string[] = [];
  for (const p of expected) {
    const q = got.get(p.cited);
    const problem = !q
      ? 'missing'
      : printedNumber(q) !== p.label
        ? `label ${JSON.stringify(printedNumber(q))}`
        : norm(q.text) !== norm(p.text)
          ? `text ${JSON.stringify(q.text)}`
          : q.section.join(' / ') !== p.section.join(' / ')
            ? `section ${JSON.stringify(q.section.join(' / '))} ≠ ${JSON.stringify(p.section.join(' / '))}`
            : null;
    if (problem) wrong.push(`${truth.name} ¶${p.cited}: ${problem}`);
  }
  const extra = [...got.keys()].filter((c) => !expected.some((p) => p.cited === c));
  for (const c of extra) wrong.push(`${truth.name} ¶${c}: not in the original`);
  return { paragraphs: expected.length, right: expected.length - (wrong.length - extra.length), wrong };
}

/** The (zero-based draft, paragraph key) of every numbered paragraph of an imported draft, by block id. */
function keysById(truth: SixDraft, imported: Draft): Map<string, string> {
  const truthKeys = new Map(truth.blocks.flatMap((b) => (b.kind === 'paragraph' ? [[b.cited, b.key] as const] : [])));
  const out = new Map<string, string>();
  for (const [i, cited] of citedNumbers(imported)) {
    const key = truthKeys.get(cited);
    if (key) out.set(imported.blocks[i]!.id, key);
  }
  return out;
}

/** Alignment F1 of the engine between two imported drafts, on the paragraphs' known identities. */
function alignmentF1(truths: [SixDraft, SixDraft], drafts: [Draft, Draft]): number {
  const [baseKeys, targetKeys] = [keysById(truths[0], drafts[0]), keysById(truths[1], drafts[1])];
  const predicted = new Set<string>();
  for (const link of links(compareDrafts(drafts[0], drafts[1]).changes)) {
    const [b, t] = link.split('→') as [string, string];
    const kb = baseKeys.get(b);
    const kt = targetKeys.get(t);
    if (kb && kt) predicted.add(`${kb}→${kt}`);
  }
  const truthLinks = new Set<string>();
  for (const k of baseKeys.values()) if ([...targetKeys.values()].includes(k)) truthLinks.add(`${k}→${k}`);
  return linkScore(predicted, truthLinks).f1;
}

const term = (phrase: string): WatchTerm => ({ id: 'term', phrase, alternatives: [], category: '', color: '#1f6feb' });

describe.each(SIX_LANGUAGES.map((l) => [l.code, l] as const))('%s: three drafts', async (code, lang) => {
  const truths = [0, 1, 2].map((d) => sixDraft(lang, d)) as [SixDraft, SixDraft, SixDraft];
  const load = async (format: 'docx' | 'pdf'): Promise<Draft[]> =>
    Promise.all(
      truths.map(async (t) => {
        const fileName = `${t.name}.${format}`;
        return toDraft(await importBytes(fixture(fileName), fileName), { fileName, id: `${t.name}` });
      }),
    );
  const docx = await load('docx');
  const pdf = await load('pdf');

  it('DOCX: reads the language, masthead, and every paragraph’s label, text and section path', () => {
    for (const [i, d] of docx.entries()) {
      expect(d.language, d.id).toBe(code);
      expect(d.symbol, d.id).toBe(truths[i]!.front[0]);
      expect(d.title, d.id).toBe(truths[i]!.front[2]);
      expect(score(truths[i]!, d).wrong).toEqual([]);
    }
  });

  it('DOCX: the headings are read as chapters, sections and parts', () => {
    for (const [i, d] of docx.entries()) {
      const headings = d.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}:${b.text}`);
      expect(headings, d.id).toEqual(truths[i]!.blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}:${b.text}`] : [])));
    }
  });

  it('PDF: reads the language, and at least 99% of the paragraphs right', () => {
    let right = 0;
    let all = 0;
    const wrong: string[] = [];
    for (const [i, d] of pdf.entries()) {
      expect(d.language, d.id).toBe(code);
      const s = score(truths[i]!, d);
      right += s.right;
      all += s.paragraphs;
      wrong.push(...s.wrong);
    }
    expect(right / all, wrong.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it.each(['docx', 'pdf'] as const)('%s: aligns consecutive drafts with F1 ≥ 0.98', (format) => {
    const drafts = format === 'docx' ? docx : pdf;
    for (const d of [0, 1]) {
      expect(alignmentF1([truths[d]!, truths[d + 1]!], [drafts[d]!, drafts[d + 1]!]), `${code} ${d}→${d + 1}`).toBeGreaterThanOrEqual(0.98);
    }
  });

  describe.each(['docx', 'pdf'] as const)('the tracker, on the %s drafts', (format) => {
    const drafts = format === 'docx' ? docx : pdf;
    const report = trackDrafts(drafts, [term(lang.term)]);
    const [zero, rev1, final] = drafts.map((d) => d.id);
    const events = (kind: string): string[] => report.events.filter((e) => e.kind === kind).map((e) => `${e.fromDraftId}→${e.toDraftId}`);

    it('finds the term twice, then once, then not at all', () => {
      expect(report.matrix.rows[0]!.cells.map((c) => c.count)).toEqual([2, 1, 0]);
    });

    it('reports its move from the recommendations into the discussion of another section, as a downgrade', () => {
      const moved = report.events.filter((e) => e.kind === 'moved');
      expect(moved).toHaveLength(1);
      expect(moved[0]).toMatchObject({ fromDraftId: zero, toDraftId: rev1, downgrade: true });
      expect(moved[0]!.from[0]!.section.at(-1)).toBe(lang.recommendations);
      const target = truths[1].blocks.find((b) => b.kind === 'paragraph' && b.key === 'a4');
      expect(target?.kind === 'paragraph' && moved[0]!.to[0]!.section).toEqual(target?.kind === 'paragraph' && target.section);
    });

    it('reports its rewording, then its removal', () => {
      expect(events('reworded')).toEqual([`${zero}→${rev1}`, `${rev1}→${final}`]);
      const reworded = report.events.find((e) => e.kind === 'reworded')!;
      expect(reworded.from[0]!.section.at(-1)).toBe(lang.discussion);
      expect(reworded.replacement).toBeTruthy();
      expect(events('removed')).toEqual([`${rev1}→${final}`]);
    });

    it('finds the modal verbs weakened', () => {
      const modal = report.hedging.filter((h) => h.kind === 'modal').map((h) => [h.fromDraftId, h.before, h.after, h.direction]);
      expect(modal).toContainEqual([zero, lang.hedges[0][0], lang.hedges[0][1], 'weakened']);
      expect(modal).toContainEqual([rev1, lang.hedges[1][0], lang.hedges[1][1], 'weakened']);
      expect(modal.filter((m) => m[3] === 'strengthened')).toEqual([]);
    });
  });
});

describe('labels as each language prints them, read back by the structure reader (property)', () => {
  it.each(SIX_LANGUAGES.map((l) => [l.code, l] as const))('%s', (code, lang) => {
    const profile = getProfile(code);
    const outline = fc.array(fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(outline, fc.integer({ min: 1, max: 250 }), fc.nat(), (chapters, first, formatSeed) => {
        const raws: RawBlock[] = [{ text: lang.titles[0] }];
        const expected: string[] = [];
        let n = first;
        chapters.forEach((sections, c) => {
          raws.push({ text: `${printLabel('chapter', c + 1, profile)} ${lang.chapters[c % 3]}` });
          sections.forEach((paragraphs, s) => {
            raws.push({ text: `${printLabel('section', s + 1, profile)} ${lang.sections[s % 3]}` });
            raws.push({ text: s % 2 ? lang.recommendations : lang.discussion });
            for (const subs of paragraphs) {
              const formats = profile.numbering.paragraph;
              const label = formatLabel(formats[(formatSeed + n) % formats.length]!, n++);
              raws.push({ text: `${label} ${lang.texts.b1}` });
              expected.push(`0|${label}`);
              for (let k = 1; k <= subs; k++) {
                const sub = printLabel('subparagraph', k, profile);
                raws.push({ text: `${sub} ${lang.texts.a5a}` });
                expected.push(`1|${sub}`);
              }
            }
          });
        });
        const { blocks, language } = recognizeStructure(raws);
        expect(language).toBe(code);
        const read = blocks.flatMap((b) => (b.kind === 'paragraph' && b.number !== null ? [`${b.level}|${printedNumber(b)}`] : []));
        expect(read).toEqual(expected);
        const headings = blocks.filter((b) => b.kind === 'heading');
        expect(headings.filter((h) => h.level === 1).length).toBe(chapters.length);
        expect(headings.filter((h) => h.level === 2).length).toBe(chapters.flat().length);
      }),
      { numRuns: 40 },
    );
  });
});
