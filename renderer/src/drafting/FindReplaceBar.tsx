/** Find and replace in the working draft (Ctrl+F, Ctrl+H): matches highlighted in the editor. */
import { useEffect, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import { findNext, findStatus, replaceAll, replaceCurrent, setFindQuery } from '../editor/plugins/find';

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
    <div className="find-bar editor-find" role="search" aria-label="Find and replace in the working draft" onKeyDown={keys}>
      <input
        ref={input}
        aria-label="Find"
        placeholder="Find"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            findNext(e.shiftKey)(view.state, view.dispatch);
          }
        }}
      />
      <button onClick={() => findNext(true)(view.state, view.dispatch)} aria-label="Previous match" title="Previous (Shift+Enter)">↑</button>
      <button onClick={() => findNext(false)(view.state, view.dispatch)} aria-label="Next match" title="Next (Enter)">↓</button>
      <label className="find-case"><input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Match case</label>
      {replace && (
        <>
          <input aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button onClick={() => replaceCurrent(replacement)(view.state, view.dispatch)} disabled={!status.total}>Replace</button>
          <button
            onClick={() => {
              const n = status.total;
              if (replaceAll(replacement)(view.state, view.dispatch)) onReplaced(n);
            }}
            disabled={!status.total}
          >
            Replace all
          </button>
        </>
      )}
      <span role="status" className={text && status.total === 0 ? 'form-error' : ''}>
        {!text ? '' : status.total === 0 ? 'Not found' : `${status.current >= 0 ? `${status.current + 1} of ` : ''}${status.total} match${status.total === 1 ? '' : 'es'}`}
      </span>
      <button onClick={close} aria-label="Close find">✕</button>
    </div>
  );
}
