import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EngineQueue, type IdleReport } from './engine-queue';

/** A queue whose later tasks run only when the test pumps them, one at a time, in order. */
function manual() {
  const tasks: Array<() => void> = [];
  const queue = new EngineQueue((f) => tasks.push(f), () => 0);
  const pump = () => tasks.shift()?.();
  return { queue, tasks, pump };
}

describe('the engine worker’s queue: requests first, warm-up at idle', () => {
  it('runs idle slices one per task while nothing is asked, and reports them done', () => {
    const { queue, tasks, pump } = manual();
    const log: string[] = [];
    const reports: IdleReport[] = [];
    queue.startIdle([0, 1, 2].map((i) => () => void log.push(`slice ${i}`)), (r) => reports.push(r));
    expect(log).toEqual([]); // nothing runs in the task that started it
    pump();
    expect(log).toEqual(['slice 0']);
    while (tasks.length) pump();
    expect(log).toEqual(['slice 0', 'slice 1', 'slice 2']);
    expect(reports).toEqual([{ ms: 0, slices: 3, cancelled: false }]);
  });

  it('handles a request at once, ahead of every idle slice still to run; its answerer can end the warm-up', async () => {
    const { queue, tasks, pump } = manual();
    const log: string[] = [];
    const reports: IdleReport[] = [];
    queue.startIdle(Array.from({ length: 10 }, (_, i) => () => void log.push(`slice ${i}`)), (r) => reports.push(r));
    pump();
    pump();
    const answer = queue.request(() => {
      log.push('compare');
      return 42;
    });
    // The request ran in its own task, before any further slice.
    expect(log).toEqual(['slice 0', 'slice 1', 'compare']);
    expect(await answer).toBe(42);
    expect(reports).toEqual([]);
    queue.cancelIdle();
    expect(reports).toEqual([{ ms: 0, slices: 2, cancelled: true }]);
    while (tasks.length) pump();
    expect(log).toEqual(['slice 0', 'slice 1', 'compare']);
  });

  it('runs no slice while a request is under way (an export awaiting its code), and resumes after it', async () => {
    const { queue, tasks, pump } = manual();
    const log: string[] = [];
    queue.startIdle(Array.from({ length: 3 }, (_, i) => () => void log.push(`slice ${i}`)), () => log.push('done'));
    let finish!: () => void;
    const slow = queue.request(async () => {
      log.push('hold starts');
      await new Promise<void>((r) => (finish = r));
      log.push('hold ends');
    });
    for (let i = 0; i < 5 && tasks.length; i++) pump();
    expect(log).toEqual(['hold starts']);
    finish();
    await slow;
    while (tasks.length) pump();
    expect(log).toEqual(['hold starts', 'hold ends', 'slice 0', 'slice 1', 'slice 2', 'done']);
  });

  it('keeps going after a slice that throws, and a new warm-up replaces the old one', () => {
    const { queue, tasks, pump } = manual();
    const log: string[] = [];
    const reports: IdleReport[] = [];
    queue.startIdle([() => { throw new Error('bad slice'); }, () => void log.push('a')], (r) => reports.push(r));
    pump();
    queue.startIdle([() => void log.push('b')], (r) => reports.push(r));
    while (tasks.length) pump();
    expect(log).toEqual(['b']);
    expect(reports).toEqual([{ ms: 0, slices: 1, cancelled: true }, { ms: 0, slices: 1, cancelled: false }]);
  });

  it('never runs a slice while a request is under way, whatever the interleaving (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('pump', 'request', 'slow', 'finish'), { maxLength: 40 }), async (steps) => {
        const { queue, pump } = manual();
        let under = 0;
        let violated = false;
        const finishers: Array<() => void> = [];
        queue.startIdle(Array.from({ length: 50 }, () => () => void (violated ||= under > 0)), () => {});
        const pending: Promise<unknown>[] = [];
        for (const step of steps) {
          if (step === 'pump') pump();
          else if (step === 'request') pending.push(queue.request(() => { under++; under--; }));
          else if (step === 'slow') {
            under++;
            pending.push(queue.request(() => new Promise<void>((r) => finishers.push(() => { under--; r(); }))));
          } else finishers.shift()?.();
          await Promise.resolve();
        }
        for (const f of finishers) f();
        await Promise.all(pending);
        expect(violated).toBe(false);
      }),
    );
  });
});
