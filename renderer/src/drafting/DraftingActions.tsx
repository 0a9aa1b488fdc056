/**
 * The sidebar's drafting actions: a new working draft from a received one, a Word document with
 * tracked changes opened as a working draft (each revision a proposal), the delegations list.
 */
import { useRef, useState } from 'react';
import type { HostApi } from '../../../shared/host/api';
import type { Project } from '../../../shared/model/schema';
import type { Controller } from '../state/controller';
import { addWorkingDraft, ensureDelegation } from '../state/working-commands';
import { openWordReview } from './word-review';
import { NewWorkingDraftDialog } from './NewWorkingDraftDialog';
import { DelegationsDialog } from './DelegationsDialog';
import { t } from '../i18n';

interface Props {
  project: Project;
  selectedId: string | null;
  host: HostApi;
  c: Pick<Controller, 'edit' | 'current' | 'notify' | 'importOne' | 'setBusy' | 'flushEditors'>;
  /** Show this (new) working draft in the editor. */
  onOpen(draftId: string): void;
}

export function DraftingActions({ project, selectedId, host, c, onOpen }: Props) {
  const [creating, setCreating] = useState(false);
  const [delegations, setDelegations] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const received = project.drafts.filter((d) => !d.working);

  const review = async (src: { path: string } | File) => {
    c.flushEditors();
    const id = await openWordReview(src, { current: c.current, edit: c.edit, notify: c.notify, importOne: c.importOne, setBusy: c.setBusy });
    if (id) onOpen(id);
  };

  const chooseReview = async () => {
    const native = await host.choosePath('import');
    if ('unsupported' in native) fileInput.current?.click();
    else if (native.path) await review({ path: native.path });
  };

  return (
    <div className="side-actions" role="group" aria-label={t('edit.drafting')}>
      <button onClick={() => setCreating(true)} disabled={received.length === 0} title={t('edit.newWorkingTip')}>{t('edit.newWorking')}</button>
      <button onClick={() => void chooseReview()} title={t('edit.openReviewTip')}>{t('edit.openReview')}</button>
      <button onClick={() => setDelegations(true)} title={t('edit.delegationsTip')}>{t('edit.delegations')}</button>
      <input
        ref={fileInput}
        type="file"
        accept=".docx"
        hidden
        aria-label={t('edit.chooseReview')}
        data-testid="review-input"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) await review(file);
        }}
      />
      {creating && (
        <NewWorkingDraftDialog
          drafts={project.drafts}
          delegations={project.delegations}
          initialBaseId={selectedId}
          onDone={(choice) => {
            setCreating(false);
            if (!choice) return;
            try {
              c.flushEditors();
              let now = c.current() ?? project;
              let delegationId = choice.delegationId;
              if (choice.newDelegation.trim()) ({ project: now, id: delegationId } = ensureDelegation(now, choice.newDelegation));
              const made = addWorkingDraft(now, choice.baseId, delegationId);
              const base = now.drafts.find((d) => d.id === choice.baseId)!;
              c.edit(made.project, t('edit.newWorkingUndo', { draft: base.label }));

              onOpen(made.id);
            } catch (e) {
              c.notify('error', e instanceof Error ? e.message : String(e));
            }
          }}
        />
      )}
      {delegations && <DelegationsDialog project={project} onEdit={c.edit} onClose={() => setDelegations(false)} />}
    </div>
  );
}
