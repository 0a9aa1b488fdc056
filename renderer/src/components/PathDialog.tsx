/**
 * Browser mode's stand-in for native Open/Save dialogs: a modal asking for a file path, with the
 * recent projects one click away. (Electron shows the system's own dialogs instead.)
 */
import { useEffect, useRef, useState } from 'react';
import type { RecentProject } from '../../../shared/host/api';
import { displayPath } from '../../../shared/host/handles';
import { useT } from '../i18n';

interface Props {
  mode: 'open' | 'save';
  initialPath: string;
  recent: RecentProject[];
  onDone(path: string | null): void;
}

export function PathDialog({ mode, initialPath, recent, onDone }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [path, setPath] = useState(initialPath);
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);
  const title = mode === 'open' ? t('path.openTitle') : t('path.saveTitle');
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
          {t('path.filePath')}
          <input autoFocus value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} />
        </label>
        {mode === 'open' && recent.length > 0 && (
          <fieldset>
            <legend>{t('path.recent')}</legend>
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
          <button type="button" onClick={() => onDone(null)}>{t('common.cancel')}</button>
          <button type="submit" className="primary">{mode === 'open' ? t('path.open') : t('path.save')}</button>

        </div>
      </form>
    </dialog>
  );
}
