import { it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import { generateDraft } from '../../../shared/testing/generator';
import { workingState } from './testing/builders';
import { changesOf } from './queries/changes';
it('dbg', () => {
  const base = generateDraft(21, 500, 'base', 'Rev.2');
  let s = workingState(base);
  let pos = 0;
  for (let i = 0; i < 250; i++) pos += s.doc.child(i).nodeSize;
  pos += 5;
  s = s.apply(s.tr.setSelection(TextSelection.create(s.doc, pos)));
  const times: number[] = [];
  const text = ' and States stressed the need for capacity-building as appropriate'.repeat(5);
  for (let k = 0; k < text.length; k++) {
    const t0 = performance.now();
    s = s.apply(s.tr.insertText(text[k]!));
    times.push(performance.now() - t0);
  }
  const raw = [...times];
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.floor(p * times.length)]!.toFixed(3);
  console.log('apply typing p50', q(0.5), 'p95', q(0.95), 'p99', q(0.99), 'max', times[times.length - 1]!.toFixed(2));
  console.log('slow at', raw.map((t, i) => [i, t] as const).filter(([, t]) => t > 5).map(([i, t]) => `${i}:${t.toFixed(1)}`).join(' '));
  const t1 = performance.now();
  for (let k = 0; k < 20; k++) changesOf(s);
  console.log('changesOf', ((performance.now() - t1) / 20).toFixed(3));
  // per plugin
  for (const p of s.plugins) {
    const spec = p.spec;
    const key = (p as unknown as { key: string }).key;
    if (!spec.state) continue;
    const tr = s.tr.insertText('b');
    const prev = p.getState(s);
    const t = performance.now();
    for (let k = 0; k < 50; k++) spec.state.apply(tr, prev, s, s);
    console.log(key, ((performance.now() - t) / 50).toFixed(3));
  }
  const tr = s.tr.insertText('c');
  const t3 = performance.now();
  for (let k = 0; k < 50; k++) s.applyTransaction(tr);
  console.log('applyTransaction', ((performance.now() - t3) / 50).toFixed(3));
});
