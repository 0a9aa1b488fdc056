/**
 * The Word review round trip, incoming, on a DOCX made by LibreOffice from
 * shared/import/fixtures/src/review-two-authors.fodt (scripts/make-fixtures.sh): changes tracked
 * by two delegations, an inserted paragraph included. Also hand-built DOCX with nested and
 * overlapping revisions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importBytes } from '../import';
import { buildDocx, p } from '../import/fixtures/docx-builder';
import { workingChanges } from './changes';
import { reviewDrafts } from './review';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../import/fixtures/${name}`, import.meta.url)));

async function review(bytes: Uint8Array, name: string) {
  const content = await importBytes(bytes, name, { trackedChanges: 'proposals' });
  return reviewDrafts(content, { fileName: name, label: 'Amendments', workingId: 'wd-r', baseId: 'drf-r', now: new Date('2026-04-01T00:00:00Z') });
}

describe('a Word document with tracked changes by two authors', async () => {
  const r = await review(fixture('review-two-authors.docx'), 'review-two-authors.docx');
  const text = (label: 'base' | 'working', n: string) => (label === 'base' ? r.base : r.working).blocks.find((b) => b.number === n)?.text;

  it('opens as the text before the changes and a working draft with every change made', () => {
    expect(text('base', '1')).toBe('The working group met in a hybrid format, with delegations joining from capitals and from the conference room.');
    expect(text('working', '1')).toBe('The working group met in a hybrid format and by videoconference, with delegations joining from capitals and from the conference room.');
    expect(text('base', '2')).toContain('drew on the cumulative body');
    expect(text('working', '2')).toContain('drew on the body');
    expect(text('working', '3')).toMatch(/^States could share/);
    expect(text('base', '4')).toBe('Delegations welcomed the directory of points of contact and encouraged its regular testing.');
    expect(text('working', '5')).toBe('The secretariat is invited to report on the directory at the next session.');
    // Numbered paragraphs: the masthead's title and symbol lines are unnumbered paragraphs too.
    expect(r.base.blocks.filter((b) => b.kind === 'paragraph' && b.number !== null)).toHaveLength(5);
    expect(r.working.blocks.filter((b) => b.kind === 'paragraph' && b.number !== null)).toHaveLength(6);
    expect(r.working.working!.baseId).toBe(r.base.id);
  });

  it('makes each change a pending proposal by its author, dated from w:date', () => {
    expect(r.authors).toEqual(['Delegation of Utopia', 'Delegation of Arcadia']);
    const byText = (s: string) => r.working.working!.proposals.find((x) => x.inserted.includes(s) || x.deleted.includes(s));
    expect(byText('videoconference')).toMatchObject({ proposer: 'Delegation of Utopia', date: '2026-03-24T10:00:00Z', status: 'pending', kind: 'insert' });
    expect(byText('cumulative')).toMatchObject({ proposer: 'Delegation of Arcadia', date: '2026-03-25T15:30:00Z', kind: 'delete' });
    expect(byText('could')).toMatchObject({ proposer: 'Delegation of Arcadia', deleted: 'should', inserted: 'could', kind: 'replace' });
    expect(byText('The secretariat is invited')).toMatchObject({ proposer: 'Delegation of Utopia', kind: 'new' });
    expect(byText('water supply')).toMatchObject({ proposer: 'Delegation of Utopia', date: '2026-03-24T11:20:00Z', kind: 'delete' });
    // Every change is a proposal, every proposal a change of the text.
    const keys = workingChanges(r.base, r.working.blocks).map((c) => c.key).sort();
    expect(r.working.working!.proposals.map((x) => x.change).sort()).toEqual(keys);
    expect(r.notes).toEqual([]);
  });
});

const W = (kind: 'ins' | 'del', author: string, inner: string, id = 1) =>
  `<w:${kind} w:id="${id}" w:author="${author}" w:date="2026-03-0${id}T09:00:00Z">${inner}</w:${kind}>`;
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const gone = (t: string) => `<w:r><w:delText xml:space="preserve">${t}</w:delText></w:r>`;

describe('revisions that overlap or nest', () => {
  it('imports the text right and says what it could not attribute', async () => {
    const bytes = buildDocx({
      body: [
        p('1. States met twice.'),
        // Arcadia inserted words that Erewhon then deleted: in neither text.
        p(`${run('2. The Group ')}${W('ins', 'Arcadia', `${run('warmly ')}${W('del', 'Erewhon', gone('and strongly '), 2)}`, 3)}${run('welcomed the report.')}`),
        // Two authors' revisions side by side within one word change.
        p(`${run('3. States ')}${W('del', 'Arcadia', gone('should'), 4)}${W('ins', 'Erewhon', run('could'), 5)}${run(' act.')}`),
      ].join(''),
    });
    const r = await review(bytes, 'nested.docx');
    expect(r.base.blocks.map((b) => b.text)).toEqual(['States met twice.', 'The Group welcomed the report.', 'States should act.']);
    expect(r.working.blocks.map((b) => b.text)).toEqual(['States met twice.', 'The Group warmly welcomed the report.', 'States could act.']);
    const proposals = r.working.working!.proposals;
    expect(proposals.find((x) => x.inserted === 'warmly ')).toMatchObject({ proposer: 'Arcadia' });
    const both = proposals.find((x) => x.inserted === 'could')!;
    expect(both.deleted).toBe('should');
    expect(both.note).toMatch(/Also holds revisions by (Arcadia|Erewhon)/);
    expect(r.notes).toContainEqual('“and strongly” was inserted by Arcadia and deleted by Erewhon: it is in neither text, so it is no proposal.');
    expect(r.notes.some((n) => /¶3: “should” → “could” holds revisions by/.test(n))).toBe(true);
  });

  it('refuses a document without tracked changes with a clear message', async () => {
    const content = await importBytes(buildDocx({ body: p('1. Nothing tracked here.') }), 'plain.docx', { trackedChanges: 'proposals' });
    expect(() => reviewDrafts(content, { fileName: 'plain.docx', label: 'x', workingId: 'w', baseId: 'b' })).toThrow('plain.docx has no tracked changes to review.');
  });
});
