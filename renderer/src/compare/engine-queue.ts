/**
 * The engine worker's order of work. Requests (a comparison someone is waiting for, a history, an
 * export) are handled as they arrive, in the order they arrive. Idle work (warming the engine's
 * JIT) runs in small slices, one task each, and only while no request is being handled: a slice
 * already running finishes first (a few milliseconds), nothing else ever waits for idle work.
 * The worker drops idle work (cancelIdle) once it has answered a comparison: that warmed the engine better.
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
  private idle: { slices: Iterator<() => void>; ms: number; count: number; done: (r: IdleReport) => void } | null = null;
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

  /** Runs `slices` one per task while nothing else is under way; `done` hears how it went. */
  startIdle(slices: Iterable<() => void>, done: (r: IdleReport) => void): void {
    this.cancelIdle();
    this.idle = { slices: slices[Symbol.iterator](), ms: 0, count: 0, done };
    this.kick();
  }

  /** Stops idle work (its report says so); nothing when there is none. */
  cancelIdle(): void {
    const idle = this.idle;
    if (!idle) return;
    this.idle = null;
    idle.done({ ms: idle.ms, slices: idle.count, cancelled: true });
  }

  private kick(): void {
    if (!this.idle || this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.step();
    });
  }

  private step(): void {
    const idle = this.idle;
    // A request under way kicks again when it ends (or ends the idle work).
    if (!idle || this.running > 0) return;
    const t0 = this.now();
    const next = idle.slices.next();
    if (next.done) {
      this.idle = null;
      idle.done({ ms: idle.ms, slices: idle.count, cancelled: false });
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
