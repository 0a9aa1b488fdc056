/**
 * A command-line io for tests: real file access, printed text collected in `stdout` and
 * `stderr`, and a terminal only when one is asked for (then what a progress bar draws collects
 * in `raw`).
 */
import { nodeIo, type CliIo, type Terminal } from '../io';

export type CapturedIo = CliIo & { stdout: string; stderr: string; raw: string };

export function capture(terminal?: Partial<Terminal>): CapturedIo {
  const io: CapturedIo = {
    ...nodeIo,
    stdout: '',
    stderr: '',
    raw: '',
    terminal: terminal ? { stdoutTTY: false, stderrTTY: false, columns: 80, noColor: false, writeErr: (t: string) => void (io.raw += t), ...terminal } : undefined,
    out(t: string) {
      io.stdout += t + '\n';
    },
    err(t: string) {
      io.stderr += t + '\n';
    },
  };
  return io;
}
