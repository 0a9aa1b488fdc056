import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildLineage } from '../compare/lineage';
import { draftFromSections, generatePair } from '../testing/generator';
import { isParagraph, type Draft } from '../model/draft';
import { anchorAnnotation, anchorAnnotations, anchorContext, mapRange } from './anchor';
import { diffWords } from '../compare/worddiff';
import { annotate, annotateWords, randomAnnotations } from './testing/build';
import type { Annotation } from './schema';
import type { LineageOverride } from '../model/schema';

const ctxOf = (drafts: Draft[], overrides: LineageOverride[] = []) => anchorContext(drafts, buildLineage(drafts, overrides));
const textOf = (d: Draft, id: string | null) => (d.blocks.find((b) => b.id === id)?.text ?? '');

describe('mapRange', () => {
  it('follows a passage through insertions before it and keeps what survived', () => {
    const a = 'States should take measures against ransomware.';
    const b = 'All States could consider measures against ransomware.';
    const ops = diffWords(a, b);
    const s = a.indexOf('measures against');
    const m = mapRange(ops, s, s + 'measures against'.length);
    expect(b.slice(m.start, m.end)).toBe('measures against');
    expect(m.kept).toBe('measures against'.length);
    const t = a.indexOf('should take');
    const r = mapRange(ops, t, t + 'should take'.length);
    expect(b.slice(r.start, r.end)).toBe('could consider');
    expect(r.kept).toBe(0);
  });
});

describe('carrying annotations over generated drafts with known edits', () => {
  // Edits: renumbering, word edits, deletions, insertions, moves (also edited and across sections), splits, merges.
  const rates = { edit: 0.3, delete: 0.06, insert: 0.05, move: 0.06, split: 0.05, merge: 0.05 };
  for (const seed of [11, 12, 13]) {
    it(`seed ${seed}: each lands in its paragraph's true successor or is orphaned with the reason; none lost`, () => {
      const { base, target, truth } = generatePair(seed, 90, rates);
      const annotations = randomAnnotations(base, 250, seed);
      const ctx = ctxOf([base, target]);
      const anchors = anchorAnnotations(ctx, annotations);
      const truthOf = new Map(truth.flatMap((g) => g.base.map((b) => [b, g] as const)));
      const seen = { unchanged: 0, edited: 0, moved: 0, split: 0, merged: 0, deleted: 0 };
      for (const a of annotations) {
        const byDraft = anchors.get(a.id)!;
        expect(byDraft.get(base.id)).toMatchObject({ status: 'exact', paragraphId: a.target.paragraph, start: a.target.position!.start });
        const t = byDraft.get(target.id)!;
        expect(t, 'every annotation has a place or a reason in the next draft').toBeDefined();
        const g = truthOf.get(a.target.paragraph!)!;
        const oldText = textOf(base, a.target.paragraph);
        if (!g.target.length) {
          seen.deleted++;
          expect(t.status).toBe('orphaned');
          expect(t.reason).toMatch(/^paragraph \d+ deleted in Rev\.1$/);
          continue;
        }
        if (t.status === 'orphaned') {
          // Only when the passage's words are gone from every successor.
          const successors = g.target.map((id) => textOf(target, id)).join(' ');
          expect(successors.includes(a.target.quote.exact)).toBe(false);
          expect(t.reason).toMatch(/passage removed from ¶\d+ in Rev\.1|without the passage/);
          continue;
        }
        // Never on a look-alike elsewhere: always in the paragraph's true successor(s).
        expect(g.target).toContain(t.paragraphId);
        expect(textOf(target, t.paragraphId).slice(t.start, t.end)).toBe(t.quote);
        const kind = g.base.length > 1 ? 'merged' : g.target.length > 1 ? 'split' : textOf(target, g.target[0]!) === oldText ? 'unchanged' : 'edited';
        seen[kind === 'unchanged' && base.blocks.findIndex((b) => b.id === g.base[0]) !== -1 && g.target[0] !== g.base[0] ? 'unchanged' : kind]++;
        if (kind === 'unchanged' || textOf(target, t.paragraphId).split(a.target.quote.exact).length === 2) {
          // The passage is there once, word for word: the anchor is exactly on it.
          expect(t.status).toBe('exact');
          expect(t.quote).toBe(a.target.quote.exact);
        }
      }
      expect(seen.deleted).toBeGreaterThan(0);
      expect(seen.split + seen.merged).toBeGreaterThan(0);
    });
  }

  it('follows moved paragraphs (moves are in every generated revision)', () => {
    const { base, target, truth } = generatePair(21, 80, { edit: 0, delete: 0, insert: 0, move: 0.2, split: 0, merge: 0 });
    const annotations = randomAnnotations(base, 120, 21);
    const anchors = anchorAnnotations(ctxOf([base, target]), annotations);
    const to = new Map(truth.map((g) => [g.base[0], g.target[0]]));
    for (const a of annotations) {
      const t = anchors.get(a.id)!.get(target.id)!;
      // Moved paragraphs are edited half the time: the passage is found wherever it now stands in them.
      const now = textOf(target, to.get(a.target.paragraph!)!);
      if (now === textOf(base, a.target.paragraph)) expect(t).toMatchObject({ status: 'exact', paragraphId: to.get(a.target.paragraph!), start: a.target.position!.start });
      else if (now.split(a.target.quote.exact).length === 2) expect(t).toMatchObject({ status: 'exact', paragraphId: to.get(a.target.paragraph!), quote: a.target.quote.exact });
      else expect(t.status === 'orphaned' || t.paragraphId === to.get(a.target.paragraph!)).toBe(true);
    }
  });
});

describe('carrying annotations on hand-made drafts', () => {
  const v1 = draftFromSections('v1', [
    { heading: 'A. Threats', paragraphs: [
      'States expressed concern about the activities of cyber mercenaries and hack-for-hire actors.',
      'States should take measures to protect critical infrastructure, and should report on them.',
      'The Group will meet again in 2027.',
      'The Group will meet again in 2027.',
    ] },
  ]);

  it('a deleted passage becomes an orphan saying where it was removed', () => {
    const v2 = draftFromSections('v2', [{ heading: 'A. Threats', paragraphs: ['States expressed concern about the activities of some actors.', v1.blocks[2]!.text, 'The Group will meet again in 2027.', 'The Group will meet again in 2027.'] }]);
    const a = annotateWords(v1, '1', 'cyber mercenaries and hack-for-hire actors');
    const t = anchorAnnotation(ctxOf([v1, v2]), a).get('v2')!;
    expect(t).toMatchObject({ status: 'orphaned', paragraphId: null, reason: 'passage removed from ¶1 in v2' });
  });

  it('a corrected word does not jump to another occurrence of the old word (the Hypothesis “Robin” case)', () => {
    const v2 = draftFromSections('v2', [{ heading: 'A. Threats', paragraphs: [v1.blocks[1]!.text, 'States should take measures to protect critical infrastructure, and could report on them.', v1.blocks[3]!.text, v1.blocks[4]!.text] }]);
    const second = v1.blocks[2]!;
    const at = second.text.lastIndexOf('should');
    const a = annotate(v1, second.id, at, at + 'should'.length);
    const t = anchorAnnotation(ctxOf([v1, v2]), a).get('v2')!;
    // Either orphaned or on the replacement "could": never on the first "should".
    if (t.status !== 'orphaned') expect(t.start).toBeGreaterThan(textOf(v2, t.paragraphId).indexOf('should') + 6);
    expect(t.start === textOf(v2, 'p2').indexOf('should')).toBe(false);
  });

  it('an annotation on a deleted paragraph never lands on an identical paragraph elsewhere', () => {
    const v2 = draftFromSections('v2', [{ heading: 'A. Threats', paragraphs: [v1.blocks[1]!.text, v1.blocks[2]!.text, 'The Group will meet again in 2027.'] }]);
    const a = annotateWords(v1, '4', 'meet again');
    const b = annotateWords(v1, '3', 'meet again');
    const ctx = ctxOf([v1, v2]);
    const ta = anchorAnnotation(ctx, a).get('v2')!;
    const tb = anchorAnnotation(ctx, b).get('v2')!;
    // One of the twins was deleted: one annotation follows the survivor, the other is an orphan.
    expect([ta.status, tb.status].sort()).toEqual(['exact', 'orphaned']);
    expect([ta.reason, tb.reason].find(Boolean)).toMatch(/^paragraph [34] deleted in v2$/);
  });

  it('says a paragraph was merged when the passage did not survive the merge', () => {
    const v2 = draftFromSections('v2', [{ heading: 'A. Threats', paragraphs: [v1.blocks[1]!.text, 'States should take measures to protect critical infrastructure. The Group will meet again in 2027.', 'The Group will meet again in 2027.'] }]);
    const kept = annotateWords(v1, '2', 'protect critical infrastructure');
    const lost = annotateWords(v1, '2', 'and should report on them');
    const ctx = ctxOf([v1, v2]);
    const lineage = ctx.lineage.next.get(`v1\u0000p2`);
    expect(lineage?.[0]?.kind).toBe('merged');
    expect(anchorAnnotation(ctx, kept).get('v2')).toMatchObject({ status: 'exact', paragraphId: 'p2', quote: 'protect critical infrastructure' });
    expect(anchorAnnotation(ctx, lost).get('v2')).toMatchObject({ status: 'orphaned', reason: 'paragraph 2 merged into ¶2 in v2, without the passage' });
  });

  it('a person’s link brings back text dropped in one draft and restored in the next', () => {
    const v2 = draftFromSections('v2', [{ heading: 'A. Threats', paragraphs: [v1.blocks[2]!.text, v1.blocks[3]!.text] }]);
    const v3 = draftFromSections('v3', [{ heading: 'A. Threats', paragraphs: [v1.blocks[2]!.text, 'States expressed deep concern about the activities of cyber mercenaries and hack-for-hire actors.', v1.blocks[3]!.text] }]);
    const a = annotateWords(v1, '1', 'cyber mercenaries');
    const without = anchorAnnotation(ctxOf([v1, v2, v3]), a);
    expect(without.get('v2')).toMatchObject({ status: 'orphaned', reason: 'paragraph 1 deleted in v2' });
    expect(without.get('v3')).toMatchObject({ status: 'orphaned', reason: 'paragraph 1 deleted in v2' });
    const link: LineageOverride = { kind: 'link', from: { draftId: 'v1', paragraphId: 'p1' }, to: { draftId: 'v3', paragraphId: 'p2' } };
    const withLink = anchorAnnotation(ctxOf([v1, v2, v3], [link]), a);
    expect(withLink.get('v2')!.status).toBe('orphaned');
    expect(withLink.get('v3')).toMatchObject({ status: 'exact', paragraphId: 'p2', quote: 'cyber mercenaries' });
  });

  it('a quote-only annotation from another tool is found by its context, and flagged when it cannot be told apart', () => {
    const foreign = (exact: string, prefix: string, suffix: string): Annotation => ({
      ...annotate(v1, 'p1', 0, 6),
      target: { source: 'v1', paragraph: null, position: null, quote: { exact, prefix, suffix } },
    });
    const ctx = ctxOf([v1]);
    expect(anchorAnnotation(ctx, foreign('should', 'critical infrastructure, and ', ' report')).get('v1')).toMatchObject({ status: 'exact', paragraphId: 'p2', start: textOf(v1, 'p2').lastIndexOf('should') });
    const twin = anchorAnnotation(ctx, foreign('meet again', 'The Group will ', ' in 2027.')).get('v1')!;
    expect(twin.ambiguous).toBe(true);
    expect(anchorAnnotation(ctx, foreign('nowhere to be seen in this draft', '', '')).get('v1')).toMatchObject({ status: 'orphaned', reason: 'passage not found in v1' });
  });

  it('carries passages in Chinese and Arabic, where words are not separated the same way', () => {
    const zh1 = draftFromSections('zh1', [{ heading: 'A. 威胁', paragraphs: ['各国对针对关键基础设施的恶意信息通信技术活动表示关切。各国应当采取措施保护医疗设施。'] }]);
    const zh2 = draftFromSections('zh2', [{ heading: 'A. 威胁', paragraphs: ['各国对针对关键基础设施的恶意信息通信技术活动表示严重关切。各国可以酌情考虑采取措施保护医疗设施。'] }]);
    const a = annotateWords(zh1, '1', '恶意信息通信技术活动');
    expect(anchorAnnotation(ctxOf([zh1, zh2]), a).get('zh2')).toMatchObject({ status: 'exact', quote: '恶意信息通信技术活动' });
    const ar1 = draftFromSections('ar1', [{ heading: 'A. التهديدات', paragraphs: ['أعربت الدول عن قلقها إزاء الأنشطة الخبيثة التي تستهدف البنية التحتية الحيوية.'] }]);
    const ar2 = draftFromSections('ar2', [{ heading: 'A. التهديدات', paragraphs: ['أعربت الدول عن قلقها البالغ إزاء الأنشطة الخبيثة التي تستهدف البنية التحتية الحيوية والمستشفيات.'] }]);
    const b = annotateWords(ar1, '1', 'الأنشطة الخبيثة التي تستهدف البنية التحتية');
    expect(anchorAnnotation(ctxOf([ar1, ar2]), b).get('ar2')).toMatchObject({ status: 'exact', quote: 'الأنشطة الخبيثة التي تستهدف البنية التحتية' });
  });
});

describe('invariants (property)', () => {
  it('on an unchanged copy every passage stays exactly where it was; every anchor quotes its paragraph', () => {
    const { base, target } = generatePair(5, 40);
    const copy: Draft = { ...base, id: 'copy', label: 'Copy' };
    const paras = base.blocks.filter(isParagraph);
    const ctx = ctxOf([base, copy, target]);
    fc.assert(
      fc.property(fc.nat(paras.length - 1), fc.nat(400), fc.nat(60), (pi, s, len) => {
        const p = paras[pi]!;
        const start = Math.min(s, p.text.length - 1);
        const end = Math.min(p.text.length, start + 1 + len);
        const a = annotate(base, p.id, start, end);
        const byDraft = anchorAnnotation(ctx, a);
        expect(byDraft.get('copy')).toMatchObject({ status: 'exact', paragraphId: p.id, start, end });
        const t = byDraft.get(target.id)!;
        expect(t).toBeDefined();
        if (t.status !== 'orphaned') expect(textOf(target, t.paragraphId).slice(t.start, t.end)).toBe(t.quote);
        else expect(t.reason).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });
});
