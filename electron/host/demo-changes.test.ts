import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadDemoProject } from './demo';
import { findAppRoot } from './paths';
import { compareDrafts } from '../../shared/compare';
import type { Change } from '../../shared/compare/types';
import type { Draft } from '../../shared/model/draft';

/**
 * The demo's edit list (assets/demo/changes.json, written with the drafts) is ground truth made
 * by hand: the engine must find every listed edit, of the right kind, between the right numbers.
 */
interface Edit { from: string; to: string; kind: string; base: string[]; target: string[]; crossSection?: boolean; note: string }

const root = findAppRoot();
const edits = JSON.parse(fs.readFileSync(path.join(root, 'assets/demo/changes.json'), 'utf8')) as Edit[];

/** "15(c)" as the demo cites it, for a paragraph of a draft; "title" and "symbol" for the masthead's lines. */
function cited(draft: Draft): Map<number, string> {
  const out = new Map<number, string>();
  let parent = '';
  draft.blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' && !b.number && (b.text === draft.title || b.text === draft.symbol)) {
      out.set(i, b.text === draft.title ? 'title' : 'symbol');
      return;
    }
    if (b.kind !== 'paragraph' || !b.number) return;
    if (b.level === 0) parent = b.number;
    out.set(i, b.level === 0 ? b.number : parent + b.number);
  });
  return out;
}

describe('the engine on the demo negotiation', async () => {
  const project = await loadDemoProject(root);
  const byLabel = new Map(project.drafts.map((d) => [d.label, d]));
  const transitions = [...new Set(edits.map((e) => `${e.from}→${e.to}`))];

  it.each(transitions)('finds every listed edit in %s', (t) => {
    const [from, to] = t.split('→') as [string, string];
    const base = byLabel.get(from)!, target = byLabel.get(to)!;
    const cmp = compareDrafts(base, target);
    const bn = cited(base), tn = cited(target);
    const nums = (refs: Change['base'], m: Map<number, string>) => refs.map((r) => m.get(r.index) ?? '?');
    const found = cmp.changes.map((c) => ({ kind: c.kind, base: nums(c.base, bn), target: nums(c.target, tn), cross: !!c.crossSection }));
    for (const e of edits.filter((x) => x.from === from && x.to === to)) {
      // Weakened and strengthened are modifications of the text as far as alignment goes.
      const kinds = e.kind === 'weakened' || e.kind === 'strengthened' || e.kind === 'modified' ? ['modified', 'moved'] : [e.kind];
      const match = found.find((f) => kinds.includes(f.kind) && f.base.join() === e.base.join() && f.target.join() === e.target.join());
      expect(match, `${e.kind} ${e.base.join(',')} → ${e.target.join(',')}: ${e.note}`).toBeDefined();
      if (e.kind === 'moved') expect(match!.cross, `crossSection of ${e.note}`).toBe(!!e.crossSection);
    }
    // …and invents none: every change it reports is one the drafts' author made.
    const listed = edits.filter((x) => x.from === from && x.to === to).map((e) => `${e.base.join()}→${e.target.join()}`);
    const extra = found.filter((f) => f.kind !== 'unchanged' && !listed.includes(`${f.base.join()}→${f.target.join()}`));
    expect(extra).toEqual([]);
  });
});
