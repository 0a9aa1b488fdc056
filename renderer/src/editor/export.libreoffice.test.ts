/**
 * A working draft's Word export in LibreOffice, after random edits made with the editor's own
 * commands (typing, deletions across paragraphs, splits, merges, moves, new and removed
 * paragraphs, footnotes, emphasis, brackets): Accept All gives the working draft and Reject All
 * its base, paragraph by paragraph, and every revision is by the delegation. Comments are
 * stripped from a copy before Accept/Reject All (LibreOffice 7.4 headless aborts on them; see
 * testing/libreoffice.ts). Skipped where LibreOffice or python3-uno is missing.
 */
import { describe, expect, it } from 'vitest';
import { compareDrafts } from '../../../shared/compare';
import { docxRedline, COVER_STYLE, COVER_TITLE_STYLE } from '../../../shared/export/docx-redline';
import { isParagraph, printedHeading, printedParagraph, type Draft } from '../../../shared/model/draft';
import { libreOfficeMissing, libreOfficeReports, type LoParagraph } from '../../../testing/libreoffice';
import { demoDraft, randomEdits, richDraft, stateDraft, workingState } from './testing/builders';

const missing = libreOfficeMissing();
if (missing) console.warn(`Skipping the LibreOffice check of working-draft exports: ${missing}.`);

const printed = (d: Draft): string[] => d.blocks.map((b) => (isParagraph(b) ? printedParagraph(b) : printedHeading(b)));
const body = (ps: LoParagraph[]): string[] => ps.filter((p) => p.style !== COVER_STYLE && p.style !== COVER_TITLE_STYLE && p.text !== '').map((p) => p.text);

describe.skipIf(missing !== null)('working-draft Word export in LibreOffice', () => {
  it('Accept All gives the working draft, Reject All the base, all revisions by the delegation', async () => {
    const cases = [
      { base: demoDraft(), seed: 11, edits: 14 },
      { base: richDraft(4, 30), seed: 29, edits: 18 },
      // Once found to merge paragraphs in LibreOffice: a split whose first part ends with typed words.
      { base: richDraft(9, 20), seed: 303, edits: 25 },
    ].map(({ base, seed, edits }) => {
      const working = stateDraft(randomEdits(workingState(base), seed, edits).state, base);
      return { base, working };
    });
    // Words typed at a paragraph's end before a new paragraph, words deleted at its end before a
    // removed one: LibreOffice would join each pair of revisions across the paragraph break.
    const small = richDraft(2, 6);
    const paras = small.blocks.filter(isParagraph);
    const [a, b, c] = [paras[0]!, paras[1]!, paras[2]!];
    const tail: Draft = {
      ...small,
      id: 'wd-tail',
      label: 'Tail',
      working: { baseId: small.id, delegationId: null, statuses: {}, reviewed: [], proposals: [] },
      blocks: small.blocks.flatMap((x) =>
        x.id === a.id ? [{ ...a, text: `${a.text} Typed at the end.`, runs: undefined }, { ...a, id: 'new1', text: 'A new paragraph.', runs: undefined, footnotes: undefined }]
        : x.id === b.id ? [{ ...b, text: b.text.slice(0, 20), runs: undefined, footnotes: undefined }]
        : x.id === c.id ? []
        : [x]),
    };
    cases.push({ base: small, working: tail });
    const docs = await Promise.all(
      cases.map(({ base, working }) =>
        docxRedline(base, working, compareDrafts(base, working), { appVersion: 'test', author: 'Delegation of Utopia', generatedAt: new Date('2026-04-01T00:00:00Z') }),
      ),
    );
    const reports = libreOfficeReports(docs);
    cases.forEach(({ base, working }, i) => {
      const r = reports[i]!;
      expect(body(r.accepted), `case ${i}: Accept All`).toEqual(printed(working));
      expect(body(r.rejected), `case ${i}: Reject All`).toEqual(printed(base));
      expect(r.remainingAfterAccept + r.remainingAfterReject).toBe(0);
      expect(r.redlines.length).toBeGreaterThan(0);
      expect(new Set(r.redlines.map((x) => x.author))).toEqual(new Set(['Delegation of Utopia']));
    });
  }, 300_000);
});
