import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDrafts } from './compare';
import { comparisonToJson } from './json';
import { acceptAll, rejectAll } from './redline';
import { GROUP_JOINER } from './assemble';
import type { Comparison } from './types';
import { isParagraph, type Draft } from '../model/draft';
import { draftFromSections, generatePair, links, linkScore } from '../testing/generator';
import { importText, toDraft } from '../import/index';
import { sameSection } from './sections';

const A = [
  'States should strengthen cooperation to protect critical infrastructure against malicious ICT activity.',
  'The Group underlined the value of a global directory of points of contact for incident response.',
  'Capacity-building should be demand-driven, gender-sensitive and tailored to national priorities.',
];
const B = [
  'Delegations noted that international law, in particular the Charter of the United Nations, applies in the use of ICTs.',
  'Several States proposed further discussion on how international humanitarian law applies to cyber operations.',
  'The Group recommended that States continue to exchange national views on the application of international law.',
];

const paragraphs = (d: Draft) => d.blocks.filter(isParagraph);

/** Checks the invariants every comparison must satisfy, whatever the drafts. */
function checkComparison(c: Comparison, base: Draft, target: Draft): void {
  const seen = (side: 'base' | 'target') => c.changes.flatMap((ch) => ch[side].map((r) => r.id)).sort();
  expect(seen('base')).toEqual(paragraphs(base).map((p) => p.id).sort());
  expect(seen('target')).toEqual(paragraphs(target).map((p) => p.id).sort());
  const firstTargets = c.changes.filter((ch) => ch.target.length).map((ch) => ch.target[0]!.index);
  expect(firstTargets).toEqual([...firstTargets].sort((x, y) => x - y));
  const text = (d: Draft, i: number) => d.blocks[i]!.text;
  for (const ch of c.changes) {
    for (const r of ch.base) expect(base.blocks[r.index]!.id).toBe(r.id);
    for (const r of ch.target) expect(target.blocks[r.index]!.id).toBe(r.id);
    if (!ch.diff) continue;
    expect(rejectAll(ch.diff)).toBe(ch.base.map((r) => text(base, r.index)).join(GROUP_JOINER));
    expect(acceptAll(ch.diff)).toBe(ch.target.map((r) => text(target, r.index)).join(GROUP_JOINER));
  }
  const total = Object.values(c.summary.counts).reduce((x, y) => x + y, 0);
  expect(total).toBe(c.changes.length);
}

describe('compareDrafts', () => {
  it('sees renumbering alone as no change', () => {
    const base = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: A }, { heading: 'B. International law', paragraphs: B }]);
    const target = draftFromSections('rev1', [{ heading: 'C. Threats', paragraphs: A }, { heading: 'D. International law', paragraphs: B }], ['14', '15', '16', '17', '18', '19']);
    const c = compareDrafts(base, target);
    expect(c.changes.map((ch) => ch.kind)).toEqual(Array(6).fill('unchanged'));
    expect(c.changes.every((ch) => !ch.diff && ch.similarity === 1)).toBe(true);
    expect(c.summary.counts.unchanged).toBe(6);
    expect(c.summary.wordsInserted + c.summary.wordsDeleted).toBe(0);
    // Numbers count only when the user asks for them to.
    expect(compareDrafts(base, target, { ignoreNumbering: false }).changes.every((ch) => ch.kind === 'modified')).toBe(true);
  });

  it('finds a paragraph moved to another section and edited', () => {
    const base = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: A }, { heading: 'B. International law', paragraphs: B }]);
    const edited = A[1]!.replace('underlined the value of', 'took note of proposals for');
    const target = draftFromSections('rev1', [
      { heading: 'A. Threats', paragraphs: [A[0]!, A[2]!] },
      { heading: 'B. International law', paragraphs: [...B, edited] },
    ]);
    const c = compareDrafts(base, target);
    checkComparison(c, base, target);
    const moved = c.changes.filter((ch) => ch.kind === 'moved');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.base.map((r) => r.id)).toEqual(['p2']);
    expect(moved[0]!.target.map((r) => r.id)).toEqual(['p6']);
    expect(moved[0]!.crossSection).toBe(true);
    expect(moved[0]!.diff).toContainEqual(['-', 'underlined the value of']);
    expect(moved[0]!.diff).toContainEqual(['+', 'took note of proposals for']);
    expect(c.summary.counts).toMatchObject({ unchanged: 5, moved: 1, modified: 0, deleted: 0, inserted: 0 });
    expect(c.summary.wordsDeleted).toBe(4);
    expect(c.summary.wordsInserted).toBe(5);
    expect(c.summary.bySection.map((s) => s.section)).toEqual(['A. Threats', 'B. International law']);
  });

  it('does not call a move within a renumbered section cross-section', () => {
    const base = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: A }, { heading: 'B. International law', paragraphs: B }]);
    const target = draftFromSections('rev1', [
      { heading: 'A. Introduction', paragraphs: ['This report reflects the discussions held during the session.'] },
      { heading: 'B. Threats', paragraphs: A },
      { heading: 'C. International law', paragraphs: [B[2]!, B[0]!, B[1]!] },
    ]);
    const c = compareDrafts(base, target);
    checkComparison(c, base, target);
    const moved = c.changes.filter((ch) => ch.kind === 'moved');
    expect(moved.map((ch) => ch.base[0]!.id)).toEqual(['p6']);
    expect(moved[0]!.crossSection).toBe(false);
    expect(c.changes[0]!.kind).toBe('inserted');
  });

  it('recognises a split and a merge', () => {
    const long = `${A[0]} ${A[1]} ${A[2]}`;
    const base = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: [long] }, { heading: 'B. International law', paragraphs: B }]);
    const target = draftFromSections('rev1', [
      { heading: 'A. Threats', paragraphs: [`${A[0]} ${A[1]}`, A[2]!] },
      { heading: 'B. International law', paragraphs: [`${B[0]} ${B[1]}`, B[2]!] },
    ]);
    const c = compareDrafts(base, target);
    checkComparison(c, base, target);
    expect(c.changes.map((ch) => ch.kind)).toEqual(['split', 'merged', 'unchanged']);
    expect(c.changes[0]!.target.map((r) => r.id)).toEqual(['p1', 'p2']);
    expect(c.changes[0]!.diff).toEqual([['=', `${A[0]} ${A[1]}`], ['-', ' '], ['+', '\n'], ['=', A[2]]]);
    expect(c.changes[1]!.base.map((r) => r.id)).toEqual(['p2', 'p3']);
    expect(c.changes[1]!.crossSection).toBe(false);
  });

  it('places a deletion after its base neighbour and before the next paragraphs', () => {
    const base = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: [...A, ...B] }]);
    const target = draftFromSections('rev1', [{ heading: 'A. Threats', paragraphs: [A[0]!, A[2]!, 'A new paragraph on ransomware attacks against hospitals.', B[0]!, B[2]!] }]);
    const c = compareDrafts(base, target);
    checkComparison(c, base, target);
    expect(c.changes.map((ch) => [ch.kind, ch.base[0]?.id ?? ch.target[0]?.id])).toEqual([
      ['unchanged', 'p1'],
      ['deleted', 'p2'],
      ['unchanged', 'p3'],
      ['inserted', 'p3'],
      ['unchanged', 'p4'],
      ['deleted', 'p5'],
      ['unchanged', 'p6'],
    ]);
  });

  it('ignores case, punctuation and whitespace only when asked', () => {
    const base = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: A }]);
    const target = draftFromSections('rev1', [{ heading: 'A. Threats', paragraphs: [A[0]!.toUpperCase(), A[1]!.replace(/[,.]/g, ''), A[2]!.replace(/ /g, '  ')] }]);
    const kinds = (o: object) => compareDrafts(base, target, o).changes.map((ch) => ch.kind);
    expect(kinds({})).toEqual(['modified', 'modified', 'unchanged']);
    expect(kinds({ ignoreCase: true, ignorePunctuation: true })).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(kinds({ ignoreWhitespace: false })).toEqual(['modified', 'modified', 'modified']);
  });

  it('aligns generated revisions with F1 ≥ 0.98 against the known edits', () => {
    let hit = 0;
    let predicted = 0;
    let truthCount = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const g = generatePair(seed, 60 + ((seed * 53) % 340));
      const c = compareDrafts(g.base, g.target);
      const p = links(c.changes);
      const t = links(g.truth);
      const s = linkScore(p, t);
      expect(s.f1, `seed ${seed}`).toBeGreaterThanOrEqual(0.98);
      for (const l of p) if (t.has(l)) hit++;
      predicted += p.size;
      truthCount += t.size;
    }
    const precision = hit / predicted;
    const recall = hit / truthCount;
    expect((2 * precision * recall) / (precision + recall)).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps its invariants on generated revisions with any mix of edits', () => {
    const rate = fc.double({ min: 0, max: 0.25, noNaN: true });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 120 }),
        fc.record({ edit: rate, delete: rate, insert: rate, move: rate, split: rate, merge: rate }),
        (seed, n, rates) => {
          const g = generatePair(seed, n, rates);
          checkComparison(compareDrafts(g.base, g.target), g.base, g.target);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps its invariants on small hand-like drafts with duplicates and empty paragraphs', () => {
    const para = fc.constantFrom('', 'Agreed.', A[0]!, A[1]!, B[0]!, `${A[0]} ${B[1]}`, A[2]!.replace('should', 'could'), 'Deleted.', 'Agreed.');
    const draft = (id: string) =>
      fc.array(fc.array(para, { maxLength: 6 }), { minLength: 1, maxLength: 3 }).map((secs) =>
        draftFromSections(id, secs.map((ps, i) => ({ heading: `${String.fromCharCode(65 + i)}. Section`, paragraphs: ps }))),
      );
    fc.assert(
      fc.property(draft('a'), draft('b'), fc.boolean(), (base, target, ignoreCase) => {
        checkComparison(compareDrafts(base, target, { ignoreCase }), base, target);
      }),
      { numRuns: 200 },
    );
  });
});

describe('comparisonToJson', () => {
  it('lists every paragraph of both drafts with number, index and diff', () => {
    const g = generatePair(5, 150);
    const c = compareDrafts(g.base, g.target);
    const json = JSON.parse(JSON.stringify(comparisonToJson(c)));
    const indices = (side: 'base' | 'target') => json.changes.flatMap((ch: { [k: string]: Array<{ index: number }> }) => ch[side]!.map((r) => r.index)).sort((x: number, y: number) => x - y);
    expect(indices('base')).toEqual(paragraphs(g.base).map((p) => g.base.blocks.indexOf(p)));
    expect(indices('target')).toEqual(paragraphs(g.target).map((p) => g.target.blocks.indexOf(p)));
    for (const ch of json.changes) {
      const sectionKeys = ch.crossSection ? ['baseSection', 'crossSection', ...(ch.standing ? ['standing'] : []), 'targetSection'] : [];
      expect(Object.keys(ch).sort()).toEqual([...(ch.diff ? ['base', 'diff', 'kind', 'target'] : ['base', 'kind', 'target']), ...sectionKeys].sort());
      if (ch.kind === 'modified') expect(ch.diff.length).toBeGreaterThan(0);
      for (const r of [...ch.base, ...ch.target]) expect(Object.keys(r).sort()).toEqual(['index', 'number']);
    }
    expect(json.summary).toEqual(c.summary);
  });

  it('gives a diff to every change whose text changed, moves included', () => {
    let movedWithDiff = 0;
    for (let seed = 1; seed <= 6; seed++) {
      const g = generatePair(seed, 200);
      const json = comparisonToJson(compareDrafts(g.base, g.target));
      for (const ch of json.changes) {
        if (!ch.base.length || !ch.target.length) continue;
        const a = ch.base.map((r) => g.base.blocks[r.index]!.text).join(GROUP_JOINER);
        const b = ch.target.map((r) => g.target.blocks[r.index]!.text).join(GROUP_JOINER);
        expect(Boolean(ch.diff), `${ch.kind} ${a}`).toBe(a !== b);
        if (ch.kind === 'moved' && ch.diff) movedWithDiff++;
      }
    }
    expect(movedWithDiff).toBeGreaterThan(0);
  });
});

describe('a paragraph that changes section without moving in reading order', () => {
  const P = [
    'States noted the growing number of ransomware attacks against hospitals and health services.',
    'Several delegations raised the security of undersea cables and satellite links.',
    'States should share information on ransomware threats through existing channels.',
    'The Chair will convene an intersessional meeting on the protection of undersea cables.',
  ];
  const doc = (parts: [string, string[]][], title = 'Draft report', n = 0): Draft =>
    toDraft(importText(['A/AC.1/2026/CRP.1', `# ${title}`, '## A. Threats', ...parts.flatMap(([h, ps]) => [`### ${h}`, ...ps])].join('\n\n').replace(/^(States|Several|The Chair)/gm, (m) => `${++n}. ${m}`), 'markdown'), {
      fileName: null, id: title,
    });
  const base = doc([['Discussion', [P[0]!, P[1]!]], ['Recommended next steps', [P[2]!, P[3]!]]]);

  it('reports the first paragraph of "Recommended next steps" now at the end of "Discussion" as a downgrade', () => {
    const target = doc([['Discussion', [P[0]!, P[1]!, P[2]!]], ['Recommended next steps', [P[3]!]]], 'Draft report ');
    const c = compareDrafts(base, target);
    checkComparison(c, base, target);
    const changed = c.changes.filter((ch) => ch.kind !== 'unchanged' && ch.base[0]?.number !== null);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      kind: 'moved', crossSection: true, standing: 'downgrade',
      baseSection: ['A. Threats', 'Recommended next steps'], targetSection: ['A. Threats', 'Discussion'],
    });
    expect(changed[0]!.base[0]!.number).toBe(changed[0]!.target[0]!.number); // same place in reading order
    const json = comparisonToJson(c).changes.find((ch) => ch.kind === 'moved')!;
    expect(json).toMatchObject({ crossSection: true, standing: 'downgrade', targetSection: ['A. Threats', 'Discussion'] });
  });

  it('reports the reverse as an upgrade, and a deleted part heading as a downgrade of all its paragraphs', () => {
    const up = doc([['Discussion', [P[0]!]], ['Recommended next steps', [P[1]!, P[2]!, P[3]!]]]);
    expect(compareDrafts(base, up).changes.filter((ch) => ch.standing).map((ch) => `${ch.kind} ${ch.standing}`)).toEqual(['moved upgrade']);
    const merged = doc([['Discussion', P]]);
    expect(compareDrafts(base, merged).changes.filter((ch) => ch.standing).map((ch) => `${ch.kind} ${ch.standing}`)).toEqual(['moved downgrade', 'moved downgrade']);
  });

  it('keeps paragraphs in their section when a heading is reworded or renumbered in place', () => {
    const reworded = toDraft(
      importText(['A/AC.1/2026/CRP.1', '# Draft report', '## B. Existing and potential threats', '### Discussion', P[0]!, P[1]!, '### Recommended next steps', P[2]!, P[3]!].map((t, i) => (i > 4 && i !== 6 ? `${i - 4}. ${t}` : t)).join('\n\n'), 'markdown'),
      { fileName: null, id: 'reworded' },
    );
    const c = compareDrafts(base, reworded);
    expect(c.sectionRenames).toHaveLength(3);
    expect(c.sectionRenames).toEqual(
      expect.arrayContaining([
        ['threats', 'existing and potential threats'],
        ['threats\u0000discussion', 'existing and potential threats\u0000discussion'],
        ['threats\u0000recommended next steps', 'existing and potential threats\u0000recommended next steps'],
      ]),
    );
    expect(c.changes.filter((ch) => ch.crossSection)).toEqual([]);
    expect(c.changes.filter((ch) => ch.base[0]?.number).every((ch) => ch.kind === 'unchanged')).toBe(true);
  });

  it('is the same section identity the tracker uses', () => {
    const target = doc([['Discussion', [P[0]!, P[1]!, P[2]!]], ['Recommended next steps', [P[3]!]]]);
    const c = compareDrafts(base, target);
    for (const ch of c.changes.filter((x) => x.base.length === 1 && x.target.length === 1)) {
      expect(!sameSection(ch.baseSection!, ch.targetSection!, c.sectionRenames)).toBe(Boolean(ch.crossSection));
    }
  });
});
