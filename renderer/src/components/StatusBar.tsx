/** The status bar: save state, file, import progress and where the app runs. */
import { useEffect, useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import type { Busy } from '../state/controller';
import { displayPath } from '../../../shared/host/handles';
import { useT } from '../i18n';

interface Props {
  dirty: boolean;
  saving: boolean;
  path: string | null;
  busy: Busy | null;
  mode: 'electron' | 'browser' | null;
  draft: Draft | null;
}

/** Overall progress across the files of one import, in percent. */
export function progressPercent(busy: Busy): number {
  const total = busy.total ?? 1;
  return Math.round((((busy.done ?? 0) + (busy.fraction ?? 0)) / total) * 100);
}

export function StatusBar({ dirty, saving, path, busy, mode, draft }: Props) {
  const t = useT();
  // Long imports (a 300-page PDF) show how long they have been running.
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    setElapsed(0);
    if (!busy) return;
    const started = Date.now();
    const t = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(t);
  }, [busy]);
  const saveState = saving ? t('status.saving') : dirty ? t('status.unsaved') : path ? t('status.saved') : t('status.notSaved');
  return (
    <footer className="statusbar">
      <span role="status" aria-live="polite" data-testid="save-state" className={dirty ? 'dirty' : ''}>{saveState}</span>
      <span className="path" title={path ? displayPath(path) : ''}>{path ? displayPath(path) : t('status.untitled')}</span>
      {busy && (
        <span className="busy" role="progressbar" aria-label={busy.label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={progressPercent(busy)}>
          <span className="spinner" aria-hidden="true" /> {busy.label}
          {busy.fraction !== undefined && busy.fraction > 0 && busy.fraction < 1 ? ` ${Math.round(busy.fraction * 100)} %` : ''}
          {busy.total && busy.total > 1 ? ` ${t('status.ofTotal', { n: (busy.done ?? 0) + 1, total: busy.total })}` : ''}
          {elapsed >= 2 ? ` ${elapsed} s` : ''}
        </span>
      )}
      <span className="spacer" />
      {draft && <span>{t('status.paragraphs', { draft: draft.label, count: draft.blocks.filter((b) => b.kind === 'paragraph').length })}</span>}
      {mode === 'browser' && <span title={t('status.browserTip')}>{t('status.browser')}</span>}

    </footer>
  );
}
