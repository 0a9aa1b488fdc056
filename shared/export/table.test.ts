import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildLineage } from '../compare';
import { generatePair } from '../testing/generator';
import { draft, sampleDrafts } from './__fixtures__/drafts';
import { exportTableDocx, exportTableHtml } from './index';
import { isCell, sideBySideRows } from './table';
import { spells } from './word-diff';

const at = new Date('2024-03-02T10:00:00Z');

function threeDrafts() {
  const { zero, rev } = sampleDrafts();
  const rev1 = draft('rev1', 'Rev.1', '2024-02-10', [
    '# I. Introduction',
    'p1: 1. The working group met in New York from 4 to 8 March and held six meetings.',
    'p2: 2. Delegations welcomed the circulation of the zero draft well ahead of the session.',
    '# II. Existing and potential threats',
    'p3: 3. States noted with serious concern the increase in malicious activities targeting critical infrastructure.',
    'p4: 4. Many States highlighted the importance of capacity-building for developing countries.',
    'p6: 5. The group agreed to continue its discussion at the next session.',
    'p7: (a) on confidence-building measures;',
    'p8: (b) on the application of international law.',
    '# III. Recommended next steps',
    'p9: 6. The Chair will prepare a revised draft. Delegations may send written comments by 30 April.',
    'p10: 7. The secretariat is requested to publish the statements on the website.',
  ]);
  return [zero, rev1, rev];
}

describe('sideBySideRows', () => {
  it('puts every block of every draft in exactly one row, the last draft in its order', () => {
    for (const drafts of [threeDrafts(), (({ base, target }) => [base, target])(generatePair(5, 120))]) {
      const rows = sideBySideRows(drafts, buildLineage(drafts));
      drafts.forEach((d, k) => {
        const seen = rows.flatMap((r) => {
          const c = r.cells[k]!;
          return isCell(c) ? c.blocks : [];
        });
        expect([...seen].sort((a, b) => a - b)).toEqual(d.blocks.map((_, i) => i));
        if (k === drafts.length - 1) expect(seen).toEqual(d.blocks.map((_, i) => i));
      });
    }
  });

  it('marks each cell against the cell before it', () => {
    const drafts = threeDrafts();
    const rows = sideBySideRows(drafts, buildLineage(drafts));
    const row = rows.find((r) => r.cells.every(isCell) && r.cells.some((c) => isCell(c) && c.ops.some(([op]) => op === '-')))!;
    expect(row).toBeDefined();
    const [a, b] = row.cells;
    if (!isCell(a!) || !isCell(b!)) throw new Error('unreachable');
    const text = (ops: typeof a.ops, side: '+' | '-') => ops.filter(([op]) => op !== side).map(([, t]) => t).join('');
    expect(spells(b.ops, text(a.ops, '-'), text(b.ops, '-'))).toBe(true);
  });

  it('says where a paragraph went', () => {
    const drafts = threeDrafts();
    const rows = sideBySideRows(drafts, buildLineage(drafts));
    const deleted = rows.find((r) => isCell(r.cells[0]!) && !isCell(r.cells[1]!))!;
    expect(deleted.cells[1]).toEqual({ reason: 'deleted' });
    expect(deleted.cells[2]).toEqual({ reason: 'gone' });
  });
});

describe('table exports', () => {
  it('writes a real Word table with one column per draft', async () => {
    const drafts = threeDrafts();
    const doc = strFromU8(unzipSync(await exportTableDocx(drafts, { appVersion: '9.9.9', generatedAt: at }))['word/document.xml']!);
    expect(doc).toContain('<w:tbl>');
    expect((doc.match(/<w:gridCol /g) ?? []).length).toBe(3);
    expect(doc).not.toMatch(/<w:(ins|del)[ >]/);
    expect(doc).toContain('Zero draft, 2024-01-15, zero.docx');
  });

  it('writes a self-contained HTML table', () => {
    const html = exportTableHtml(threeDrafts(), { appVersion: '9.9.9', generatedAt: at });
    expect(html).toContain('<table class="sxs">');
    expect(html).toContain('<del>five</del><ins>six</ins>');
    expect(html).toContain('Deleted in Rev.1');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
  });

  it('refuses a table of one draft', () => {
    expect(() => exportTableHtml(threeDrafts().slice(0, 1), { appVersion: '1' })).toThrow(/at least two/);
  });
});
