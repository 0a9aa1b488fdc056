/**
 * A progress bar on stderr for long command-line work (report, track, table over many drafts).
 * Drawn only when stderr is a terminal, redrawn at most ten times a second, and erased when the
 * work ends; where stderr is a file or a pipe it prints nothing, so logs stay clean.
 */
import type { CliIo } from './io';

export interface Progress {
  /** `done` of `total` steps finished; `what` says what is being done now. */
  update(done: number, total: number, what?: string): void;
  /** Erases the bar. */
  end(): void;
}

const quiet: Progress = { update() {}, end() {} };
const WIDTH = 24;
const INTERVAL_MS = 100;

/** The bar's text: "label [#########---------------]  9/20  what". */
export function progressLine(label: string, done: number, total: number, what: string, columns: number): string {
  const share = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(share * WIDTH);
  const count = `${String(done).padStart(String(total).length)}/${total}`;
  const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}${what ? `  ${what}` : ''}`;
  const max = Math.max(20, columns - 1);
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** A progress bar for `label`, or one that does nothing where stderr is not a terminal. */
export function progressBar(io: CliIo, label: string, now: () => number = Date.now): Progress {
  const term = io.terminal;
  if (!term?.stderrTTY) return quiet;
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total, what = '') {
      const t = now();
      if (t - last < INTERVAL_MS && done < total) return;
      last = t;
      drawn = true;
      term.writeErr(`\r\x1b[2K${progressLine(label, done, total, what, term.columns)}`);
    },
    end() {
      if (drawn) term.writeErr('\r\x1b[2K');
      drawn = false;
    },
  };
}
