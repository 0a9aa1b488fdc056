/**
 * The project's drafts in negotiation order. Select with click or arrow keys; rename with F2 or
 * double-click; reorder and remove with the item's buttons (all undoable).
 */
import { useState, type KeyboardEvent } from 'react';
import type { Draft } from '../../../shared/model/draft';
import { draftProfile } from '../../../shared/model/structure-words';
import { LanguageSelect } from './LanguageSelect';
import { useT } from '../i18n';

interface Props {
  drafts: Draft[];
  /** Accessible name of the list (received drafts and working drafts are listed apart). */
  label?: string;
  selectedId: string | null;
  onSelect(id: string): void;
  onRename(id: string, label: string): void;
  onMove(id: string, delta: -1 | 1): void;
  onRemove(id: string): void;
  /** Choose the language a draft is read in (shown beside the selected draft's actions when given). */
  onLanguage?(id: string, code: string): void;
}

export function DraftList({ drafts, label, selectedId, onSelect, onRename, onMove, onRemove, onLanguage }: Props) {
  const t = useT();
  const [editing, setEditing] = useState<string | null>(null);

  const onKey = (e: KeyboardEvent, i: number, d: Draft) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = drafts[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) {
        onSelect(next.id);
        document.getElementById(`draft-item-${next.id}`)?.focus();
      }
    } else if (e.key === 'F2') {
      e.preventDefault();
      setEditing(d.id);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onRemove(d.id);
    }
  };

  if (drafts.length === 0) {
    return <p className="empty-hint">{t('draftList.empty')}</p>;
  }
  return (
    <ol className="draft-list" aria-label={label ?? t('app.draftsInOrder')}>
      {drafts.map((d, i) => {
        const paras = d.blocks.filter((b) => b.kind === 'paragraph').length;
        const selected = d.id === selectedId;
        return (
          <li key={d.id} className={selected ? 'selected' : ''}>
            {editing === d.id ? (
              <input
                className="rename"
                aria-label={t('draftList.newLabel', { draft: d.label })}
                defaultValue={d.label}
                autoFocus
                onFocus={(e) => e.currentTarget.select()}
                onBlur={(e) => {
                  onRename(d.id, e.currentTarget.value);
                  setEditing(null);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                  if (e.key === 'Escape') setEditing(null);
                }}
              />
            ) : (
              <button
                id={`draft-item-${d.id}`}
                className="draft-item"
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(d.id)}
                onDoubleClick={() => setEditing(d.id)}
                onKeyDown={(e) => onKey(e, i, d)}
                title={t('draftList.renameHint')}
              >
                <span className="draft-label">{d.label}{d.working && <> <span className="draft-badge" title={t('draftList.workingTip')}>{t('draftList.working')}</span></>}</span>
                <span className="draft-sub">
                  {d.date ?? t('draftList.noDate')} · {paras} ¶ · <abbr title={draftProfile(d).name}>{draftProfile(d).code.toUpperCase()}</abbr>
                </span>
              </button>
            )}
            {selected && editing !== d.id && (
              <span className="draft-actions">
                <button aria-label={t('draftList.rename', { draft: d.label })} title={t('draftList.renameTip')} onClick={() => setEditing(d.id)}>✎</button>
                <button aria-label={t('draftList.earlier', { draft: d.label })} title={t('draftList.earlierTip')} disabled={i === 0} onClick={() => onMove(d.id, -1)}>↑</button>
                <button aria-label={t('draftList.later', { draft: d.label })} title={t('draftList.laterTip')} disabled={i === drafts.length - 1} onClick={() => onMove(d.id, 1)}>↓</button>
                <button aria-label={t('draftList.remove', { draft: d.label })} title={t('draftList.removeTip')} onClick={() => onRemove(d.id)}>✕</button>

                {onLanguage && <LanguageSelect draft={d} onChange={(code) => onLanguage(d.id, code)} />}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
