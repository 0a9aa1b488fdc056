/**
 * Autosave for crash recovery, kept cheap on large projects: the whole project is written only
 * when the person has paused (no change for a few seconds) and the window is idle, never more
 * than once per project value, and never while typing (an editor commits checkpoints only on idle
 * too). A 20-draft project is serialised a few times a minute at most, not after every change.
 */
import { useEffect, useRef } from 'react';
import type { HostApi } from '../../../shared/host/api';
import type { Project } from '../../../shared/model/schema';

/** Quiet time before an autosave (ms). */
export const AUTOSAVE_QUIET_MS = 2500;
/** Longest an autosave waits for the window to be idle once due (ms). */
export const AUTOSAVE_IDLE_TIMEOUT_MS = 5000;

type IdleWindow = { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };

/** Writes `project` (null: nothing to save) to the host's autosave once changes pause. */
export function useIdleAutosave(host: HostApi, project: Project | null, path: string | null): void {
  const written = useRef<Project | null>(null);
  useEffect(() => {
    if (!project || project === written.current) return;
    const w = window as IdleWindow;
    let idle: number | null = null;
    const t = setTimeout(() => {
      const save = () => {
        written.current = project;
        void host.autosave(path, project).catch(() => {
          written.current = null;
        });
      };
      if (w.requestIdleCallback) idle = w.requestIdleCallback(save, { timeout: AUTOSAVE_IDLE_TIMEOUT_MS });
      else save();
    }, AUTOSAVE_QUIET_MS);
    return () => {
      clearTimeout(t);
      if (idle !== null) w.cancelIdleCallback?.(idle);
    };
  }, [host, project, path]);
}
