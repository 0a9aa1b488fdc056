/**
 * Presenter mode's cost on large comparisons: building the deck from a comparison (beside the
 * layout the compare view already builds, its baseline), the deck's size as sent to the audience
 * window, the structured clone BroadcastChannel and IPC make of it, and the zod validation each
 * receiving window (and Electron's main) runs before using it; one step's view-state message too.
 * Run: npx tsx bench/presenter.bench.ts
 */
import { compareDrafts, CHANGE_KINDS } from '../shared/compare';
import { generatePair } from '../shared/testing/generator';
import { deckSchema } from '../shared/view/deck';
import { parseViewMessage } from '../shared/view/messages';
import { citedNumbers, layoutComparison } from '../renderer/src/compare/layout';
import { compareDeck } from '../renderer/src/presenter/deck-compare';
import { defaultViewState } from '../renderer/src/view/defaults';

function time<T>(fn: () => T, runs = 5): { ms: number; value: T } {
  let value = fn();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) value = fn();
  return { ms: (performance.now() - t0) / runs, value };
}

console.log('paragraphs  layout ms  deck ms  deck KB  clone ms  validate ms  step message bytes');
for (const n of [400, 4000]) {
  const { base, target } = generatePair(11, n);
  const comparison = compareDrafts(base, target);
  const layout = time(() => layoutComparison(comparison));
  const ctx = { comparison, base, target, baseCited: citedNumbers(base), targetCited: citedNumbers(target), layout: layout.value };
  const deck = time(() => compareDeck(ctx, new Set(CHANGE_KINDS), 'bench'));
  const kb = Buffer.byteLength(JSON.stringify(deck.value)) / 1024;
  const clone = time(() => structuredClone(deck.value));
  const validate = time(() => deckSchema.safeParse(deck.value).success);
  if (!validate.value) throw new Error('the deck does not validate');
  const state = { ...defaultViewState(), presenter: { ...defaultViewState().presenter, active: true } };
  const step = { type: 'state', from: 'bench', rev: 12, origin: 'bench', state } as const;
  if (!parseViewMessage(step)) throw new Error('the step message does not validate');
  console.log(
    `${String(n).padStart(10)}  ${layout.ms.toFixed(1).padStart(9)}  ${deck.ms.toFixed(1).padStart(7)}  ${kb.toFixed(0).padStart(7)}  ${clone.ms.toFixed(1).padStart(8)}  ${validate.ms.toFixed(1).padStart(11)}  ${String(JSON.stringify(step).length).padStart(18)}`,
  );
}
