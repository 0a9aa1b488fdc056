/**
 * A request/response channel to a Web Worker, shared by the comparison engine and the tracker:
 * numbered requests, answers matched by number, and a main-thread fallback (a tick later) when no
 * worker can be started, so heavy work still runs, just without the worker's isolation.
 */

/** A request before it is numbered (Omit does not distribute over a union). */
export type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

/** What every reply carries: its request's number, and an error when it failed. */
export type Reply = { id: number; ok: true } | { id: number; ok: false; error: string };

export class WorkerClient<Req extends { id: number }, Res extends Reply> {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, (r: Res) => void>();

  /**
   * @param create starts the worker (the `new Worker(new URL(…))` call must stay literal in the
   *   caller's module so Vite bundles the worker)
   * @param fallback loads the same handler for the main thread
   * @param what names the work in the error shown when the worker dies
   */
  constructor(
    create: () => Worker,
    private readonly fallback: () => Promise<(req: Req) => Res | Promise<Res>>,
    private readonly what: string,
  ) {
    try {
      this.worker = create();
      this.worker.onmessage = (e: MessageEvent<Res>) => {
        const resolve = this.pending.get(e.data.id);
        this.pending.delete(e.data.id);
        resolve?.(e.data);
      };
      this.worker.onerror = () => this.fail();
    } catch {
      this.worker = null;
    }
  }

  /** Whether requests go to a worker (false: the main-thread fallback runs them). */
  get inWorker(): boolean {
    return this.worker !== null;
  }

  /** The worker died or could not load: fail what is pending; later requests run on the main thread. */
  private fail(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.entries()];
    this.pending.clear();
    for (const [id, resolve] of waiting) resolve({ id, ok: false, error: `The ${this.what} stopped; please try again.` } as Res);
  }

  async send(req: Unnumbered<Req>): Promise<Res> {
    const full = { ...req, id: this.nextId++ } as unknown as Req;
    if (!this.worker) {
      await new Promise((r) => setTimeout(r, 0));
      return (await this.fallback())(full);
    }
    return new Promise((resolve) => {
      this.pending.set(full.id, resolve);
      this.worker!.postMessage(full);
    });
  }
}
