/**
 * "New working draft from…": pick the received draft to amend and the delegation it is drafted
 * for. The working draft starts as an exact copy, numbering and identities included.
 */
import { useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import type { Delegation } from '../../../shared/model/schema';
import { useModal } from './use-modal';
import { t } from '../i18n';

interface Props {
  drafts: Draft[];
  delegations: Delegation[];
  initialBaseId: string | null;
  onDone(choice: { baseId: string; delegationId: string | null; newDelegation: string } | null): void;
}

export function NewWorkingDraftDialog({ drafts, delegations, initialBaseId, onDone }: Props) {
  const ref = useModal();
  const received = drafts.filter((d) => !d.working);
  const [baseId, setBaseId] = useState(received.some((d) => d.id === initialBaseId) ? initialBaseId! : (received[received.length - 1]?.id ?? ''));
  const [delegationId, setDelegationId] = useState<string>(delegations[0]?.id ?? '');
  const [newDelegation, setNewDelegation] = useState('');
  return (
    <dialog ref={ref} className="path-dialog" aria-labelledby="new-wd-title" onCancel={(e) => { e.preventDefault(); onDone(null); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); onDone({ baseId, delegationId: delegationId === 'new' ? null : delegationId || null, newDelegation: delegationId === 'new' ? newDelegation : '' }); }}>
        <h2 id="new-wd-title">{t('edit.newWorkingTitle')}</h2>
        <p>{t('edit.newWorkingIntro')}</p>
        <label>
          {t('edit.from')}
          <select value={baseId} onChange={(e) => setBaseId(e.target.value)} autoFocus>
            {received.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
          </select>
        </label>
        <label>
          {t('edit.draftedFor')}
          <select value={delegationId} onChange={(e) => setDelegationId(e.target.value)}>
            <option value="">{t('edit.noDelegation')}</option>
            {delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            <option value="new">{t('edit.newDelegation')}</option>
          </select>
        </label>
        {delegationId === 'new' && (
          <label>
            {t('edit.delegationName')}
            <input value={newDelegation} onChange={(e) => setNewDelegation(e.target.value)} placeholder={t('edit.delegationPlaceholder')} />
          </label>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={!baseId || (delegationId === 'new' && !newDelegation.trim())}>{t('edit.create')}</button>

        </div>
      </form>
    </dialog>
  );
}
