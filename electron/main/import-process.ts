/**
 * Import isolates for the desktop app: one Electron utility process per file (a separate OS
 * process, with its own heap cap), so a hostile document can neither freeze nor crash the main
 * process. The protocol, time limits and error messages are the worker threads' own
 * (electron/host/import-isolate.ts); only the process handling lives here.
 */
import { utilityProcess } from 'electron';
import type { IsolateFactory } from '../host/import-isolate';
import type { FromIsolate, ToIsolate } from '../host/import-protocol';

/** Isolates running `modulePath` (out/node/import-worker.mjs) in utility processes. */
export function utilityProcessIsolates(modulePath: string): IsolateFactory {
  return (limits) => {
    const child = utilityProcess.fork(modulePath, [], {
      serviceName: 'Draftwatch import',
      stdio: 'ignore',
      execArgv: [`--max-old-space-size=${limits.memoryMb}`],
    });
    let spawned = false;
    let killed = false;
    const queue: ToIsolate[] = [];
    let exitListener: ((why: 'memory' | 'crash', detail: string) => void) | null = null;
    child.once('spawn', () => {
      spawned = true;
      for (const m of queue.splice(0)) child.postMessage(m);
    });
    child.on('exit', (code) => {
      if (!killed) exitListener?.('crash', `exit code ${code}; it may have needed more than ${limits.memoryMb} MB of memory`);
    });
    return {
      send(m) {
        if (spawned) child.postMessage(m);
        else queue.push(m);
      },
      onMessage: (l) => child.on('message', (m: FromIsolate) => l(m)),
      onExit: (l) => (exitListener = l),
      kill() {
        killed = true;
        child.kill();
      },
    };
  };
}
