/**
 * Where the project's annotations sit in every draft, computed in the engine worker whenever the
 * drafts, the lineage links or the annotations change. Large sets go in chunks so the window can
 * show progress; the previous anchors stay on screen until the new ones are complete.
 */
import { useEffect, useRef, useState } from 'react';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { Project } from '../../../shared/model/schema';
import { annotationEngine as engine } from '../compare/engine-client';

/** Annotations per request: small enough to report progress on a 10,000-annotation set. */
export const ANCHOR_CHUNK = 1000;

export interface AnchorState {
  anchors: AnchorMap;
  /** Set while anchors are being computed: how many of how many are done. */
  progress: { done: number; total: number } | null;
  error: string | null;
}

export function useAnchors(project: Project | null): AnchorState {
  const [state, setState] = useState<AnchorState>({ anchors: new Map(), progress: null, error: null });
  const seq = useRef(0);
  const drafts = project?.drafts;
  const overrides = project?.lineageOverrides;
  const annotations = project?.annotations;
  useEffect(() => {
    if (!drafts || !overrides || !annotations) return;
    const mine = ++seq.current;
    if (!annotations.length) {
      setState({ anchors: new Map(), progress: null, error: null });
      return;
    }
    void (async () => {
      const out: AnchorMap = new Map();
      try {
        for (let i = 0; i < annotations.length; i += ANCHOR_CHUNK) {
          if (annotations.length > ANCHOR_CHUNK) setState((s) => ({ ...s, progress: { done: i, total: annotations.length } }));
          const part = await engine().anchors(drafts, overrides, annotations.slice(i, i + ANCHOR_CHUNK));
          if (mine !== seq.current) return;
          for (const [k, v] of part) out.set(k, v);
        }
        setState({ anchors: out, progress: null, error: null });
      } catch (e) {
        if (mine === seq.current) setState((s) => ({ ...s, progress: null, error: e instanceof Error ? e.message : String(e) }));
      }
    })();
  }, [drafts, overrides, annotations]);
  return state;
}
