/** The project's delegations: add, rename, remove (a delegation named in a proposal stays). */
import { useState } from 'react';
import type { Project } from '../../../shared/model/schema';
import { delegationUses, ensureDelegation, removeDelegation, renameDelegation } from '../state/working-commands';
import { useModal } from './use-modal';

interface Props {
  project: Project;
  onEdit(project: Project, label: string): void;
  onClose(): void;
}

export function DelegationsDialog({ project, onEdit, onClose }: Props) {
  const ref = useModal();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const attempt = (f: () => void) => {
    try {
      f();
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <dialog ref={ref} className="path-dialog delegations-dialog" aria-labelledby="del-title" onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); attempt(() => { const r = ensureDelegation(project, name); if (r.project !== project) onEdit(r.project, `Add delegation ${name.trim()}`); setName(''); }); }}>
        <h2 id="del-title">Delegations</h2>
        <p>Delegations propose, support and oppose text in working drafts; a working draft's Word export carries its delegation as the author of its changes.</p>
        {project.delegations.length === 0 ? <p className="empty-hint">No delegations yet.</p> : (
          <ul aria-label="Delegations of the project">
            {project.delegations.map((d) => (
              <li key={d.id}>
                <input
                  aria-label={`Name of ${d.name}`}
                  defaultValue={d.name}
                  onBlur={(e) => attempt(() => { if (e.target.value.trim() !== d.name) onEdit(renameDelegation(project, d.id, e.target.value), `Rename delegation ${d.name}`); })}
                />
                <small>{delegationUses(project, d.id) || 'not'} used</small>
                <button type="button" aria-label={`Remove ${d.name}`} onClick={() => attempt(() => onEdit(removeDelegation(project, d.id), `Remove delegation ${d.name}`))}>Remove</button>
              </li>
            ))}
          </ul>
        )}
        <div className="paste-row">
          <label>
            New delegation
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Group of 77 and China" />
          </label>
          <button type="submit" disabled={!name.trim()}>Add</button>
        </div>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" className="primary" onClick={onClose}>Close</button>
        </div>
      </form>
    </dialog>
  );
}
