/** Find and replace in the working draft (Ctrl+F, Ctrl+H): matches highlighted in the editor. */
import { useEffect, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import { findNext, findStatus, replaceAll, replaceCurrent, setFindQuery } from '../editor/plugins/find';
import { t } from '../i18n';

interface Props {
  view: EditorView;
  replace: boolean;
  /** Bumped by the parent after each editor update, so the count follows the text. */
  tick: number;
  onClose(): void;
  onReplaced(count: number): void;
}

export function FindReplaceBar({ view, replace, tick, onClose, onReplaced }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [caseSensitive, setCaseSensitive] = useState(false);
  useEffect(() => input.current?.select(), [replace]);
  useEffect(() => {
    setFindQuery({ text, caseSensitive })(view.state, view.dispatch);
  }, [view, text, caseSensitive]);
  useEffect(() => () => void setFindQuery({ text: '', caseSensitive: false })(view.state, view.dispatch), [view]);
  void tick;
  const status = findStatus(view.state);
  const close = () => {
    onClose();
    view.focus();
  };
  const keys = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  return (
    <div className="find-bar editor-find" role="search" aria-label={t('edit.findInWorking')} onKeyDown={keys}>
      <input
        ref={input}
        aria-label={t('edit.findLabel')}
        placeholder={t('edit.findLabel')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            findNext(e.shiftKey)(view.state, view.dispatch);
          }
        }}
      />
      <button onClick={() => findNext(true)(view.state, view.dispatch)} aria-label={t('find.previous')} title={t('find.previousTip')}>↑</button>
      <button onClick={() => findNext(false)(view.state, view.dispatch)} aria-label={t('find.next')} title={t('find.nextTip')}>↓</button>
      <label className="find-case"><input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> {t('edit.matchCase')}</label>
      {replace && (
        <>
          <input aria-label={t('edit.replaceWith')} placeholder={t('edit.replaceWith')} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button onClick={() => replaceCurrent(replacement)(view.state, view.dispatch)} disabled={!status.total}>{t('edit.replace')}</button>
          <button
            onClick={() => {
              const n = status.total;
              if (replaceAll(replacement)(view.state, view.dispatch)) onReplaced(n);
            }}
            disabled={!status.total}
          >
            {t('edit.replaceAll')}
          </button>
        </>
      )}
      <span role="status" className={text && status.total === 0 ? 'form-error' : ''}>
        {!text ? '' : status.total === 0 ? t('find.notFound') : status.current >= 0 ? t('edit.matchOf', { current: status.current + 1, count: status.total }) : t('edit.matches', { count: status.total })}
      </span>
      <button onClick={close} aria-label={t('find.close')}>✕</button>

    </div>
  );
}
