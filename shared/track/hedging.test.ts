import { describe, expect, it } from 'vitest';
import { diffWords } from '../compare/worddiff';
import type { ParagraphBlock } from '../model/draft';
import type { AlignedGroup } from './alignment';
import { hedgeChanges } from './hedging';

const para = (id: string, text: string): ParagraphBlock => ({ kind: 'paragraph', id, number: '7', level: 0, section: ['A. Threats'], text });
const group = (before: string, after: string): AlignedGroup => ({
  kind: 'modified',
  base: [para('b', before)],
  target: [para('t', after)],
  diff: diffWords(before, after),
});
const hedges = (before: string, after: string) =>
  hedgeChanges(group(before, after), 'd0', 'd1').map((h) => ({ kind: h.kind, direction: h.direction, before: h.before, after: h.after }));

describe('hedging', () => {
  it.each([
    [
      'States should report significant incidents affecting critical infrastructure to the national point of contact.',
      'States could report significant incidents affecting critical infrastructure to the national point of contact.',
      'modal', 'weakened', 'should', 'could',
    ],
    [
      'Each party shall refrain from conducting or knowingly supporting operations against health-care facilities.',
      'Each party should refrain from conducting or knowingly supporting operations against health-care facilities.',
      'modal', 'weakened', 'shall', 'should',
    ],
    [
      'Delegations may consider sharing their national positions on the application of international law.',
      'Delegations should consider sharing their national positions on the application of international law.',
      'modal', 'strengthened', 'may', 'should',
    ],
    [
      'The Group calls upon States to establish computer emergency response teams.',
      'The Group encourages States to establish computer emergency response teams.',
      'verb', 'weakened', 'calls upon', 'encourages',
    ],
    [
      'The Group notes the proposals to develop a repository of good practices.',
      'The Group urges the development of a repository of good practices.',
      'verb', 'strengthened', 'notes', 'urges',
    ],
  ])('%s → %s', (before, after, kind, direction, was, now) => {
    expect(hedges(before, after)).toEqual([{ kind, direction, before: was, after: now }]);
  });

  it('flags an added qualifier as weakening and a removed one as strengthening', () => {
    expect(
      hedges(
        'States should designate a national point of contact for incident response.',
        'States should, as appropriate, designate a national point of contact for incident response.',
      ),
    ).toEqual([{ kind: 'qualifier', direction: 'weakened', before: '', after: 'as appropriate' }]);
    expect(
      hedges(
        'Regional organizations are invited to share, on a voluntary basis, their lessons on confidence-building.',
        'Regional organizations are invited to share their lessons on confidence-building.',
      ),
    ).toEqual([{ kind: 'qualifier', direction: 'strengthened', before: 'on a voluntary basis', after: '' }]);
  });

  it('sees the modal change and the qualifier together, as in "should" → "could … as appropriate"', () => {
    const out = hedges(
      'Stakeholders should contribute to the implementation of the norms.',
      'Stakeholders could contribute to the implementation of the norms, as appropriate.',
    );
    expect(out).toEqual([
      { kind: 'modal', direction: 'weakened', before: 'should', after: 'could' },
      { kind: 'qualifier', direction: 'weakened', before: '', after: 'as appropriate' },
    ]);
  });

  it('treats hyphen variants of a qualifier as the same qualifier', () => {
    expect(hedges('A non-binding framework of norms.', 'A non binding framework of norms.')).toEqual([]);
    expect(hedges('A framework of norms.', 'A nonbinding framework of norms.')).toEqual([
      { kind: 'qualifier', direction: 'weakened', before: '', after: 'nonbinding' },
    ]);
  });

  it('ignores a qualifier swapped for another and edits that touch no scale', () => {
    expect(hedges('States should act as appropriate.', 'States should act where appropriate.')).toEqual([]);
    expect(hedges('States should protect hospitals.', 'States should protect medical facilities.')).toEqual([]);
  });

  it('reports the context of each change', () => {
    const [h] = hedgeChanges(group('The Group urges States to act.', 'The Group invites States to act.'), 'd0', 'd1');
    expect(h?.beforeContext).toContain('urges States');
    expect(h?.afterContext).toContain('invites States');
    expect(h?.from.id).toBe('b');
    expect(h?.to.id).toBe('t');
  });
});
