import { describe, expect, it } from 'vitest';
import { draftFromSections } from '../testing/generator';
import { annotationsToW3c, AnnotationFileError, importW3cAnnotations, parseW3cAnnotations } from './w3c';
import { mergeAnnotations } from './merge';
import { annotate, annotateWords, randomAnnotations } from './testing/build';
import { annotationsToCsv } from './csv';
import { anchorContext, anchorAnnotations } from './anchor';
import { buildLineage } from '../compare/lineage';
import { sanitizeComment } from './sanitize';

const zero = draftFromSections('zero', [{ heading: 'A. Threats', paragraphs: ['States expressed concern about ransomware attacks against hospitals.', 'States should report on their implementation of the norms.'] }]);
const rev1 = draftFromSections('rev1', [{ heading: 'A. Threats', paragraphs: ['States expressed grave concern about ransomware attacks against hospitals.'] }]);

describe('W3C Web Annotation export and import', () => {
  it('exports JSON-LD with the anno context and imports it back unchanged', () => {
    const a = annotateWords(zero, '1', 'ransomware attacks', { delegation: 'Utopia', author: 'A. Rivera', position: 'oppose' });
    const b = { ...annotateWords(zero, '2', 'should report'), body: { comment: sanitizeComment('<p><b>Keep</b> <a href="https://example.org">this</a></p>'), position: 'amend' as const, priority: 'high' as const, tags: ['reporting', 'norms'], replacement: 'shall report' } };
    const text = annotationsToW3c([a, b], [zero, rev1]);
    const json = JSON.parse(text);
    expect(json['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    const item = json.first.items[1];
    expect(item).toMatchObject({ type: 'Annotation', motivation: 'editing', 'dw:position': 'amend', target: { source: 'urn:draftwatch:draft:zero' } });
    expect(item.target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: 'should report' });
    expect(item.body.map((x: { purpose: string }) => x.purpose)).toEqual(['commenting', 'tagging', 'tagging', 'editing']);
    expect(importW3cAnnotations(text, [zero, rev1])).toEqual([a, b]);
  });

  it('reads sets made by other tools: a bare array with only a TextQuoteSelector and a source', () => {
    const foreign = JSON.stringify([
      {
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'https://hypothes.is/a/abc',
        type: 'Annotation',
        creator: 'acct:someone@hypothes.is',
        body: [{ type: 'TextualBody', value: 'Watch   this <script>x()</script>', format: 'text/plain' }, { type: 'TextualBody', value: 'ransomware', purpose: 'tagging' }],
        target: { source: 'https://example.org/zero.pdf', selector: { type: 'TextQuoteSelector', exact: 'ransomware\n attacks', prefix: 'concern about ', suffix: ' against' } },
      },
    ]);
    const parsed = parseW3cAnnotations(foreign);
    expect(parsed[0]).toMatchObject({ id: 'https://hypothes.is/a/abc', quote: { exact: 'ransomware attacks' }, tags: ['ransomware'], paragraph: null, position: null });
    expect(parsed[0]!.comment).toBe('<p>Watch   this &#60;script&#62;x()&#60;/script&#62;</p>');
  });

  it('refuses a file that is not JSON, not annotations, lacks quotes or names unknown drafts, importing nothing', () => {
    const good = annotationsToW3c([annotateWords(zero, '1', 'ransomware')], [zero]);
    expect(() => importW3cAnnotations('{"oops', [zero])).toThrow(/not valid JSON/);
    expect(() => importW3cAnnotations('{"name": "x"}', [zero])).toThrow(AnnotationFileError);
    expect(() => importW3cAnnotations('[{"type": "Annotation", "target": {"source": "x"}}]', [zero])).toThrow(/no TextQuoteSelector/);
    expect(() => importW3cAnnotations('[{"type": "Note", "target": "x"}]', [zero])).toThrow(/Annotation 1 is not a valid W3C annotation/);
    expect(() => importW3cAnnotations(good, [rev1])).toThrow(/draft this project does not have: “zero” \(urn:draftwatch:draft:zero\)/);
  });

  it('resolves a colleague’s draft by its file hash when the ids differ', () => {
    const mine = { ...zero, id: 'drf-mine' };
    const text = annotationsToW3c([annotateWords(zero, '1', 'ransomware')], [zero]);
    expect(importW3cAnnotations(text, [mine])[0]!.target.source).toBe('drf-mine');
  });
});

describe('merging annotation sets', () => {
  it('keeps both sets and never duplicates: same id, or same target and body', () => {
    const ours = randomAnnotations(zero, 5, 1);
    const theirs = [
      { ...ours[0]! }, // same id, same content
      { ...ours[1]!, id: 'urn:other:1' }, // same target and body, new id
      { ...ours[2]!, modified: '2027-01-01T00:00:00.000Z', body: { ...ours[2]!.body, comment: '<p>Updated</p>' } }, // same id, newer
      annotate(zero, 'p2', 0, 6, { id: 'urn:other:2' }),
    ];
    const r = mergeAnnotations(ours, theirs);
    expect([r.added, r.updated, r.duplicates]).toEqual([1, 1, 2]);
    expect(r.annotations).toHaveLength(6);
    expect(r.annotations[2]!.body.comment).toBe('<p>Updated</p>');
    expect(mergeAnnotations(r.annotations, theirs).added).toBe(0);
  });
});

describe('CSV export', () => {
  it('has one row per annotation with where it sits in the chosen draft', () => {
    const a = annotateWords(zero, '2', 'should report', { delegation: 'Utopia' });
    const b = annotateWords(zero, '1', 'ransomware attacks', { body: { comment: '<p>=SUM(A1)</p>', position: 'support', priority: 'normal', tags: [], replacement: null } });
    const ctx = anchorContext([zero, rev1], buildLineage([zero, rev1]));
    const csv = annotationsToCsv([a, b], ctx, anchorAnnotations(ctx, [a, b]), rev1);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('Status in rev1');
    expect(lines[1]).toMatch(/,orphaned,,,paragraph 2 deleted in rev1$/);
    expect(lines[2]).toContain(",'=SUM(A1),");
    expect(lines[2]).toContain('exact,¶1,ransomware attacks');
  });
});
