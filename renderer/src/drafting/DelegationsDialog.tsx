/** The project's delegations: add, rename, remove (a delegation named in a proposal stays). */
import { useState } from 'react';
import type { Project } from '../../../shared/model/schema';
import { delegationUses, ensureDelegation, removeDelegation, renameDelegation } from '../state/working-commands';
import { useModal } from './use-modal';
import { t } from '../i18n';

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
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); attempt(() => { const r = ensureDelegation(project, name); if (r.project !== project) onEdit(r.project, t('edit.addDelegationUndo', { name: name.trim() })); setName(''); }); }}>
        <h2 id="del-title">{t('delegations.title')}</h2>
        <p>{t('delegations.intro')}</p>
        {project.delegations.length === 0 ? <p className="empty-hint">{t('delegations.none')}</p> : (
          <ul aria-label={t('delegations.list')}>
            {project.delegations.map((d) => (
              <li key={d.id}>
                <input
                  aria-label={t('delegations.nameOf', { name: d.name })}
                  defaultValue={d.name}
                  onBlur={(e) => attempt(() => { if (e.target.value.trim() !== d.name) onEdit(renameDelegation(project, d.id, e.target.value), t('delegations.renameUndo', { name: d.name })); })}
                />
                <small>{delegationUses(project, d.id) ? t('delegations.used', { count: delegationUses(project, d.id) }) : t('delegations.notUsed')}</small>
                <button type="button" aria-label={t('delegations.remove', { name: d.name })} onClick={() => attempt(() => onEdit(removeDelegation(project, d.id), t('delegations.removeUndo', { name: d.name })))}>{t('delegations.removeButton')}</button>
              </li>
            ))}
          </ul>
        )}
        <div className="paste-row">
          <label>
            {t('delegations.newDelegation')}
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('delegations.placeholder')} />
          </label>
          <button type="submit" disabled={!name.trim()}>{t('delegations.add')}</button>
        </div>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" className="primary" onClick={onClose}>{t('common.close')}</button>

        </div>
      </form>
    </dialog>
  );
}
