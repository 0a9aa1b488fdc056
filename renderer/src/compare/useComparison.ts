/** Runs a comparison in the engine worker whenever its inputs change; stale answers are dropped. */
import { useEffect, useRef, useState } from 'react';
import type { CompareOptions, Comparison } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import { engine } from './engine-client';

export interface ComparisonState {
  comparison: Comparison | null;
  computing: boolean;
  error: string | null;
  ms: number | null;
}

export function useComparison(base: Draft | null, target: Draft | null, options: Partial<CompareOptions>): ComparisonState {
  const [state, setState] = useState<ComparisonState>({ comparison: null, computing: false, error: null, ms: null });
  const seq = useRef(0);
  const optionsKey = JSON.stringify(options);
  useEffect(() => {
    if (!base || !target) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, computing: true, error: null }));
    engine()
      .compare(base, target, JSON.parse(optionsKey) as Partial<CompareOptions>)
      .then(({ comparison, ms }) => {
        if (mine === seq.current) setState({ comparison, computing: false, error: null, ms });
      })
      .catch((e: unknown) => {
        if (mine === seq.current) setState({ comparison: null, computing: false, error: e instanceof Error ? e.message : String(e), ms: null });
      });
  }, [base, target, optionsKey]);
  return state;
}
