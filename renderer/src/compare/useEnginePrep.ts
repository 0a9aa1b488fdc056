/**
 * Gets the engine worker ready for the Compare view while the window is idle: once a project is
 * open, the worker receives the two drafts the Compare view would open on (the pair chosen there,
 * or the default pair) in small parts, and, when they are long, warms its JIT with small generated
 * comparisons (engine-queue.ts: never ahead of a real request). Opening the Compare view on a long pair then
 * sends two keys, and the engine runs at nearly warm speed.
 */
import { useEffect } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { engine } from './engine-client';
import { useViewField } from '../view/useView';
import { defaultPair } from '../view/defaults';

/** A working draft changes as it is typed in: send it only once it has rested this long. */
const WORKING_REST_MS = 1500;

/**
 * Warm up only for a pair this long (blocks in the longer draft). A shorter pair compares cold in
 * about the time one cold warm-up slice takes (the first slice compiles the engine), so warming up
 * would only put that slice in front of a click that comes early.
 */
export const WARM_FROM_BLOCKS = 1000;

/** The drafts the Compare view would open on now. */
export function comparePair(drafts: readonly Draft[], baseId: string | null, targetId: string | null): Draft[] {
  const pair = defaultPair(drafts);
  const find = (id: string | null) => drafts.find((d) => d.id === id);
  const base = find(baseId) ?? find(pair.baseId);
  const target = find(targetId) ?? find(pair.targetId);
  return [base, target].filter((d, i, all): d is Draft => !!d && all.indexOf(d) === i);
}

export function useEnginePrep(drafts: readonly Draft[] | undefined): void {
  const [baseId] = useViewField('compare', 'baseId');
  const [targetId] = useViewField('compare', 'targetId');
  useEffect(() => {
    if (!drafts || drafts.length < 2) return;
    const pair = comparePair(drafts, baseId, targetId);
    if (pair.some((d) => d.blocks.length >= WARM_FROM_BLOCKS)) void engine().warmUp();
    const resting = pair.filter((d) => d.working);
    const received = pair.filter((d) => !d.working);
    if (received.length) engine().holdAhead(received);
    if (!resting.length) return;
    const timer = setTimeout(() => engine().holdAhead(resting), WORKING_REST_MS);
    return () => clearTimeout(timer);
  }, [drafts, baseId, targetId]);
}
