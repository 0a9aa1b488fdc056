/**
 * "New working draft from…": pick the received draft to amend and the delegation it is drafted
 * for. The working draft starts as an exact copy, numbering and identities included.
 */
import { useState } from 'react';
import type { Draft } from '../../../shared/model/draft';
import type { Delegation } from '../../../shared/model/schema';
import { useModal } from './use-modal';

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
        <h2 id="new-wd-title">New working draft</h2>
        <p>An editable copy of a received draft: amend it, see every change against it, export it to Word with tracked changes. The received draft itself never changes.</p>
        <label>
          From
          <select value={baseId} onChange={(e) => setBaseId(e.target.value)} autoFocus>
            {received.map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
          </select>
        </label>
        <label>
          Drafted for
          <select value={delegationId} onChange={(e) => setDelegationId(e.target.value)}>
            <option value="">(no delegation)</option>
            {delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
            <option value="new">A new delegation…</option>
          </select>
        </label>
        {delegationId === 'new' && (
          <label>
            Name of the delegation
            <input value={newDelegation} onChange={(e) => setNewDelegation(e.target.value)} placeholder="e.g. Delegation of Utopia" />
          </label>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)}>Cancel</button>
          <button type="submit" className="primary" disabled={!baseId || (delegationId === 'new' && !newDelegation.trim())}>Create</button>
        </div>
      </form>
    </dialog>
  );
}
