/**
 * The engine worker's order of work. Requests (a comparison someone is waiting for, a history, an
 * export) are handled as they arrive, in the order they arrive. Idle work (warming the engine's
 * JIT, comparing ahead the pair the Compare view would open on) runs in slices, one task each, and
 * only while no request is being handled: a slice already running finishes first, nothing else
 * ever waits for idle work. Idle jobs run one after another in the order they were started; each
 * has a name, and starting a job of a name replaces the one of that name not yet finished.
 */

/** What a warm-up did: its time in the worker, how many slices ran, whether a request cut it short. */
export interface IdleReport {
  ms: number;
  slices: number;
  cancelled: boolean;
}

export class EngineQueue {
  /** Requests being handled (an export awaits its code, so several can be under way). */
  private running = 0;
  /** Idle jobs in the order they run: the first runs its slices, the others wait for it. */
  private idle: Array<{ name: string; slices: Iterator<() => void>; ms: number; count: number; done: (r: IdleReport) => void }> = [];
  private scheduled = false;

  /** @param later runs `f` in a later task (setTimeout 0 in the worker; a manual pump in tests) */
  constructor(
    private readonly later: (f: () => void) => void = (f) => setTimeout(f, 0),
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Handles a request now; idle work waits until it and every other request under way are done. */
  async request<T>(work: () => Promise<T> | T): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      // The next slice is a task away: whoever awaits this answers (and may end idle work) first.
      this.kick();
    }
  }

  /**
   * Runs `slices` one per task while nothing else is under way, after the idle jobs started
   * before it; `done` hears how it went. A job of the same `name` not yet finished is cancelled
   * and this one takes its turn.
   */
  startIdle(slices: Iterable<() => void>, done: (r: IdleReport) => void, name = 'warm-up'): void {
    const job = { name, slices: slices[Symbol.iterator](), ms: 0, count: 0, done };
    const at = this.idle.findIndex((j) => j.name === name);
    const old = this.idle[at];
    if (!old) this.idle.push(job);
    else {
      this.idle[at] = job;
      old.done({ ms: old.ms, slices: old.count, cancelled: true });
    }
    this.kick();
  }

  /** Stops the idle job of `name`, or every idle job (their reports say so); nothing when there is none. */
  cancelIdle(name?: string): void {
    const stopped = this.idle.filter((j) => name === undefined || j.name === name);
    this.idle = this.idle.filter((j) => !stopped.includes(j));
    for (const j of stopped) j.done({ ms: j.ms, slices: j.count, cancelled: true });
  }

  /** True while an idle job of `name` is waiting or under way. */
  hasIdle(name: string): boolean {
    return this.idle.some((j) => j.name === name);
  }

  private kick(): void {
    if (!this.idle.length || this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.step();
    });
  }

  private step(): void {
    const idle = this.idle[0];
    // A request under way kicks again when it ends (or ends the idle work).
    if (!idle || this.running > 0) return;
    const t0 = this.now();
    const next = idle.slices.next();
    if (next.done) {
      this.idle.shift();
      idle.done({ ms: idle.ms, slices: idle.count, cancelled: false });
      this.kick();
      return;
    }
    try {
      next.value();
    } catch {
      // A failed warm-up slice costs nothing but itself: the next one still runs.
    }
    idle.ms += this.now() - t0;
    idle.count++;
    this.kick();
  }
}
