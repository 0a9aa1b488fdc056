/** Runs a comparison in the engine worker whenever its inputs change; stale answers are dropped. */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import { citedNumbers, type Draft } from '../../../shared/model/draft';
import { engine } from './engine-client';
import { nextTask } from './engine-protocol';
import { layoutComparison, type Layout } from './layout';

/** The drafts' paragraph numbers as cited (citedNumbers), for the drafts they were read from. */
export interface CitedPair {
  base: Draft;
  target: Draft;
  baseCited: Map<number, string>;
  targetCited: Map<number, string>;
}

export interface ComparisonState {
  comparison: Comparison | null;
  /** The comparison's rows (layoutComparison), made with it. */
  layout: Layout | null;
  /** The compared drafts' cited numbers, made while the worker compares. */
  cited: CitedPair | null;
  computing: boolean;
  error: string | null;
  ms: number | null;
}

/** What the redline views read: a comparison of these drafts with their cited numbers and its rows. */
export interface ComparedContext {
  comparison: Comparison;
  base: Draft;
  target: Draft;
  baseCited: Map<number, string>;
  targetCited: Map<number, string>;
  layout: Layout;
}

/** The state's comparison as the views read it, or null while it is not one of `base` and `target` (yet). */
export function comparedContext({ comparison, layout, cited }: Pick<ComparisonState, 'comparison' | 'layout' | 'cited'>, base: Draft | null, target: Draft | null): ComparedContext | null {
  if (!comparison || !layout || !base || !target || comparison.baseId !== base.id || comparison.targetId !== target.id) return null;
  return {
    comparison,
    base,
    target,
    baseCited: cited?.base === base ? cited.baseCited : citedNumbers(base),
    targetCited: cited?.target === target ? cited.targetCited : citedNumbers(target),
    layout,
  };
}

/**
 * The last comparison finished, so a view that mounts again on the same drafts and options (the
 * compare view after presenter mode, or presenter mode after the compare view) shows it at once.
 */
let last: { base: Draft; target: Draft; optionsKey: string; state: ComparisonState } | null = null;
const lastFor = (base: Draft | null, target: Draft | null, optionsKey: string) =>
  last && last.base === base && last.target === target && last.optionsKey === optionsKey ? last.state : null;

/**
 * Opening a long comparison is a pipeline of short tasks, so the window never stalls: the drafts'
 * cited numbers are made while the worker compares, the reply is read in slices
 * (readComparisonInSlices), its rows are laid out in a task of their own, and React renders the
 * view as a transition (in slices, yielding to the browser between components).
 */
export function useComparison(base: Draft | null, target: Draft | null, options: Partial<CompareOptions>): ComparisonState {
  const optionsKey = JSON.stringify(options);
  const [state, setState] = useState<ComparisonState>(() => lastFor(base, target, optionsKey) ?? { comparison: null, layout: null, cited: null, computing: false, error: null, ms: null });
  const seq = useRef(0);
  useEffect(() => {
    if (!base || !target) return;
    const mine = ++seq.current;
    const known = lastFor(base, target, optionsKey);
    if (known) return setState(known);
    setState((s) => ({ ...s, computing: true, error: null }));
    const cited = nextTask().then((): CitedPair => ({ base, target, baseCited: citedNumbers(base), targetCited: citedNumbers(target) }));
    engine()
      .compare(base, target, JSON.parse(optionsKey) as Partial<CompareOptions>)
      .then(async ({ comparison, ms }) => {
        await nextTask();
        const layout = layoutComparison(comparison);
        const done: ComparisonState = { comparison, layout, cited: await cited, computing: false, error: null, ms };
        last = { base, target, optionsKey, state: done };
        // As a transition: React renders the view for a new comparison in slices, yielding to the
        // browser between components, so opening a 4,000-paragraph redline is no single long task.
        if (mine === seq.current) startTransition(() => setState(done));
      })
      .catch((e: unknown) => {
        if (mine === seq.current) setState({ comparison: null, layout: null, cited: null, computing: false, error: e instanceof Error ? e.message : String(e), ms: null });
      });
  }, [base, target, optionsKey]);
  return state;
}
