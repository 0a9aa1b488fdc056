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
      fc.asyncProperty(fc.array(fc.constantFrom('pump', 'request', 'slow', 'finish', 'prepare', 'cancel'), { maxLength: 40 }), async (steps) => {
        const { queue, pump } = manual();
        let under = 0;
        let violated = false;
        const finishers: Array<() => void> = [];
        queue.startIdle(Array.from({ length: 50 }, () => () => void (violated ||= under > 0)), () => {});
        const pending: Promise<unknown>[] = [];
        for (const step of steps) {
          if (step === 'pump') pump();
          else if (step === 'prepare') queue.startIdle(Array.from({ length: 3 }, () => () => void (violated ||= under > 0)), () => {}, 'prepare');
          else if (step === 'cancel') queue.cancelIdle('warm-up');
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

  it('runs idle jobs one after another in the order started; a job of the same name replaces the one waiting, in its turn', () => {
    const { queue, tasks, pump } = manual();
    const log: string[] = [];
    const reports: Array<[string, IdleReport]> = [];
    const job = (name: string, n: number) => Array.from({ length: n }, (_, i) => () => void log.push(`${name} ${i}`));
    queue.startIdle(job('warm', 2), (r) => reports.push(['warm', r]));
    queue.startIdle(job('pair A', 1), (r) => reports.push(['pair A', r]), 'prepare');
    pump();
    expect(queue.hasIdle('prepare')).toBe(true);
    // The view's pair changed before its turn came: the newer one runs, after the warm-up.
    queue.startIdle(job('pair B', 1), (r) => reports.push(['pair B', r]), 'prepare');
    while (tasks.length) pump();
    expect(log).toEqual(['warm 0', 'warm 1', 'pair B 0']);
    expect(reports).toEqual([
      ['pair A', { ms: 0, slices: 0, cancelled: true }],
      ['warm', { ms: 0, slices: 2, cancelled: false }],
      ['pair B', { ms: 0, slices: 1, cancelled: false }],
    ]);
    expect(queue.hasIdle('prepare')).toBe(false);
  });

  it('cancels idle work by name, leaving the other jobs to run', () => {
    const { queue, tasks, pump } = manual();
    const log: string[] = [];
    const reports: Array<[string, boolean]> = [];
    queue.startIdle([() => void log.push('warm 0'), () => void log.push('warm 1')], (r) => reports.push(['warm', r.cancelled]));
    queue.startIdle([() => void log.push('pair')], (r) => reports.push(['pair', r.cancelled]), 'prepare');
    pump();
    queue.cancelIdle('warm-up');
    while (tasks.length) pump();
    expect(log).toEqual(['warm 0', 'pair']);
    expect(reports).toEqual([['warm', true], ['pair', false]]);
    queue.startIdle([() => void log.push('again')], (r) => reports.push(['again', r.cancelled]), 'prepare');
    queue.cancelIdle('prepare');
    while (tasks.length) pump();
    expect(log).toEqual(['warm 0', 'pair']);
    expect(reports.at(-1)).toEqual(['again', true]);
  });
});
