/**
 * Browser mode's stand-in for native Open/Save dialogs: a modal asking for a file path, with the
 * recent projects one click away. (Electron shows the system's own dialogs instead.)
 */
import { useEffect, useRef, useState } from 'react';
import type { RecentProject } from '../../../shared/host/api';
import { displayPath } from '../../../shared/host/handles';

interface Props {
  mode: 'open' | 'save';
  initialPath: string;
  recent: RecentProject[];
  onDone(path: string | null): void;
}

export function PathDialog({ mode, initialPath, recent, onDone }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [path, setPath] = useState(initialPath);
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);
  const title = mode === 'open' ? 'Open project' : 'Save project as';
  return (
    <dialog ref={ref} className="path-dialog" aria-labelledby="path-dialog-title" onCancel={(e) => { e.preventDefault(); onDone(null); }}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onDone(path.trim());
        }}
      >
        <h2 id="path-dialog-title">{title}</h2>
        <label>
          File path
          <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        </label>
        {mode === 'open' && recent.length > 0 && (
          <fieldset>
            <legend>Recent projects</legend>
            <ul className="recent">
              {recent.map((r) => (
                <li key={r.path}>
                  <button type="button" onClick={() => onDone(r.path)} title={displayPath(r.path)}>
                    {r.name} <small>{displayPath(r.path)}</small>
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)}>Cancel</button>
          <button type="submit" className="primary">{mode === 'open' ? 'Open' : 'Save'}</button>
        </div>
      </form>
    </dialog>
  );
}
