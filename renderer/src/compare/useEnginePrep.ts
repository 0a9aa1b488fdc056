/**
 * Gets the engine worker ready for the Compare view while the window is idle: once a project is
 * open, the worker receives the two drafts the Compare view would open on (the pair chosen there,
 * or the default pair) in small parts, when they are long warms its JIT with small generated
 * comparisons, and then compares that pair with the view's options ahead (engine-queue.ts: idle
 * work, never ahead of a real request). Opening the Compare view then sends two keys and gets the
 * comparison made, or waits only for the rest of it when it is under way: the engine's first, cold
 * comparison (most of a 400-paragraph redline's wait: the engine's code runs in V8's interpreter
 * and compiles as it goes) happens before the click. Nothing comes back to the page until the view
 * asks, so a Compare view never opened costs the window nothing. While an import is under way
 * nothing is compared ahead (the host's import has the machine), and a pair whose draft is being
 * typed in waits until it rests.
 */
import { useEffect, useMemo } from 'react';
import type { Draft } from '../../../shared/model/draft';
import type { CompareOptions } from '../../../shared/compare/types';
import { engine } from './engine-client';
import { useViewField } from '../view/useView';
import { chosenPair } from '../view/defaults';

/** A working draft changes as it is typed in: send it only once it has rested this long. */
const WORKING_REST_MS = 1500;

/**
 * Warm up only for a pair this long (blocks in the longer draft). A shorter pair compares cold in
 * about the time one cold warm-up slice takes (the first slice compiles the engine), so warming up
 * would only put that slice in front of a click that comes early.
 */
export const WARM_FROM_BLOCKS = 1000;

/** The drafts the Compare view would open on now (`chosenPair`), each once. */
export function comparePair(drafts: readonly Draft[], baseId: string | null, targetId: string | null): Draft[] {
  const { base, target } = chosenPair(drafts, baseId, targetId);
  return [base, target].filter((d, i, all): d is Draft => !!d && all.indexOf(d) === i);
}

/** @param importing an import is under way: nothing is compared ahead until it ends */
export function useEnginePrep(drafts: readonly Draft[] | undefined, importing = false): void {
  const [baseId] = useViewField('compare', 'baseId');
  const [targetId] = useViewField('compare', 'targetId');
  const [options] = useViewField('compare', 'options');
  const optionsKey = JSON.stringify(options);
  // The drafts themselves, not the ids: the view choosing the default pair it opened on, or an
  // edit to a draft outside the pair, changes nothing here.
  const [base, target] = useMemo(() => (drafts && drafts.length >= 2 ? comparePair(drafts, baseId, targetId) : []), [drafts, baseId, targetId]);
  useEffect(() => {
    if (!base) return;
    const pair = target ? [base, target] : [base];
    if (pair.some((d) => d.blocks.length >= WARM_FROM_BLOCKS)) void engine().warmUp();
    const resting = pair.filter((d) => d.working);
    const received = pair.filter((d) => !d.working);
    if (received.length) engine().holdAhead(received);
    const ahead = () => {
      if (target && !importing) void engine().prepare(base, target, JSON.parse(optionsKey) as CompareOptions);
    };
    if (!resting.length) ahead();
    const timer = resting.length ? setTimeout(() => (engine().holdAhead(resting), ahead()), WORKING_REST_MS) : undefined;
    return () => {
      clearTimeout(timer);
      engine().cancelPrepare();
    };
  }, [base, target, optionsKey, importing]);
}
