/**
 * Attribute a change to delegations: who proposed it, who supports it, who opposes it. New
 * delegations can be added on the spot; they join the project's list.
 */
import { useState } from 'react';
import type { Delegation } from '../../../shared/model/schema';
import type { Attribution } from '../editor/commands/proposals';
import { useModal } from './use-modal';
import { t } from '../i18n';

interface Props {
  /** What the change is, in words. */
  change: string;
  delegations: Delegation[];
  initial: Attribution;
  /** Adds a delegation to the project; returns its id (or throws with a reason). */
  onAddDelegation(name: string): string;
  onDone(result: Attribution | null): void;
}

export function AttributeDialog({ change, delegations, initial, onAddDelegation, onDone }: Props) {
  const ref = useModal();
  const [who, setWho] = useState<Attribution>(initial);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<Delegation[]>([]);
  const all = [...delegations, ...added.filter((a) => !delegations.some((d) => d.id === a.id))];

  const toggle = (list: 'supporters' | 'opponents', id: string, on: boolean) => {
    const other = list === 'supporters' ? 'opponents' : 'supporters';
    setWho((w) => ({
      ...w,
      [list]: on ? [...w[list], id] : w[list].filter((x) => x !== id),
      [other]: on ? w[other].filter((x) => x !== id) : w[other],
    }));
  };

  const add = () => {
    try {
      const id = onAddDelegation(name);
      setAdded((a) => [...a, { id, name: name.trim() }]);
      setWho((w) => (w.proposer ? w : { ...w, proposer: id }));
      setName('');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <dialog ref={ref} className="path-dialog attribute-dialog" aria-labelledby="attr-title" onCancel={(e) => { e.preventDefault(); onDone(null); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); onDone(who); }}>
        <h2 id="attr-title">{t('delegations.attributeTitle')}</h2>
        <p className="attr-change">{change}</p>
        <label>
          {t('delegations.proposedBy')}
          <select value={who.proposer ?? ''} onChange={(e) => setWho({ ...who, proposer: e.target.value || null })} autoFocus>
            <option value="">{t('edit.noDelegation')}</option>
            {all.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
        <div className="attr-lists">
          {(['supporters', 'opponents'] as const).map((list) => (
            <fieldset key={list}>
              <legend>{list === 'supporters' ? t('delegations.supportedBy') : t('delegations.opposedBy')}</legend>
              {all.filter((d) => d.id !== who.proposer).map((d) => (
                <label key={d.id} className="format-choice">
                  <input type="checkbox" checked={who[list].includes(d.id)} onChange={(e) => toggle(list, d.id, e.target.checked)} /> {d.name}
                </label>
              ))}
              {all.length <= 1 && <p className="empty-hint">{t('delegations.addBelow')}</p>}
            </fieldset>
          ))}
        </div>
        <div className="paste-row">
          <label>
            {t('delegations.newDelegation')}
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('delegations.euPlaceholder')} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
          </label>
          <button type="button" onClick={add} disabled={!name.trim()}>{t('delegations.addDelegation')}</button>
        </div>
        <label>
          {t('delegations.note')}
          <input value={who.note ?? ''} onChange={(e) => setWho({ ...who, note: e.target.value })} placeholder={t('delegations.notePlaceholder')} />
        </label>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)}>{t('common.cancel')}</button>
          <button type="submit" className="primary">{t('delegations.attribute')}</button>

        </div>
      </form>
    </dialog>
  );
}
