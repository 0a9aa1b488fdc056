/** Runs a comparison in the engine worker whenever its inputs change; stale answers are dropped. */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import { engine } from './engine-client';

export interface ComparisonState {
  comparison: Comparison | null;
  computing: boolean;
  error: string | null;
  ms: number | null;
}

/**
 * The last comparison finished, so a view that mounts again on the same drafts and options (the
 * compare view after presenter mode, or presenter mode after the compare view) shows it at once.
 */
let last: { base: Draft; target: Draft; optionsKey: string; state: ComparisonState } | null = null;
const lastFor = (base: Draft | null, target: Draft | null, optionsKey: string) =>
  last && last.base === base && last.target === target && last.optionsKey === optionsKey ? last.state : null;

export function useComparison(base: Draft | null, target: Draft | null, options: Partial<CompareOptions>): ComparisonState {
  const optionsKey = JSON.stringify(options);
  const [state, setState] = useState<ComparisonState>(() => lastFor(base, target, optionsKey) ?? { comparison: null, computing: false, error: null, ms: null });
  const seq = useRef(0);
  useEffect(() => {
    if (!base || !target) return;
    const mine = ++seq.current;
    const known = lastFor(base, target, optionsKey);
    if (known) return setState(known);
    setState((s) => ({ ...s, computing: true, error: null }));
    engine()
      .compare(base, target, JSON.parse(optionsKey) as Partial<CompareOptions>)
      .then(({ comparison, ms }) => {
        const done = { comparison, computing: false, error: null, ms };
        last = { base, target, optionsKey, state: done };
        // As a transition: React renders the view for a new comparison in slices, yielding to the
        // browser between components, so opening a 4,000-paragraph redline is no single long task.
        if (mine === seq.current) startTransition(() => setState(done));
      })
      .catch((e: unknown) => {
        if (mine === seq.current) setState({ comparison: null, computing: false, error: e instanceof Error ? e.message : String(e), ms: null });
      });
  }, [base, target, optionsKey]);
  return state;
}
