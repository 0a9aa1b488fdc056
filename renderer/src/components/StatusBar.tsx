/** The status bar: save state, file, import progress and where the app runs. */
import type { Draft } from '../../../shared/model/draft';
import type { Busy } from '../state/controller';

interface Props {
  dirty: boolean;
  saving: boolean;
  path: string | null;
  busy: Busy | null;
  mode: 'electron' | 'browser' | null;
  draft: Draft | null;
}

export function StatusBar({ dirty, saving, path, busy, mode, draft }: Props) {
  const saveState = saving ? 'Saving…' : dirty ? 'Unsaved changes' : path ? 'Saved' : 'Not saved yet';
  return (
    <footer className="statusbar">
      <span role="status" aria-live="polite" data-testid="save-state" className={dirty ? 'dirty' : ''}>{saveState}</span>
      <span className="path" title={path ?? ''}>{path ?? 'Untitled project'}</span>
      {busy && (
        <span className="busy" role="progressbar" aria-label={busy.label} aria-valuemin={0} aria-valuemax={busy.total ?? 1} aria-valuenow={busy.done ?? 0}>
          <span className="spinner" aria-hidden="true" /> {busy.label}
          {busy.total && busy.total > 1 ? ` (${(busy.done ?? 0) + 1} of ${busy.total})` : ''}
        </span>
      )}
      <span className="spacer" />
      {draft && <span>{draft.label}: {draft.blocks.filter((b) => b.kind === 'paragraph').length} paragraphs</span>}
      {mode === 'browser' && <span title="Running in a browser tab; the desktop shell is not in use">Browser mode</span>}
    </footer>
  );
}
