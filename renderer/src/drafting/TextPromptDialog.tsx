/** Asks for one line of text (a footnote's note), in the app rather than window.prompt. */
import { useState } from 'react';
import { useModal } from './use-modal';
import { t } from '../i18n';

interface Props {
  title: string;
  label: string;
  initial?: string;
  submit: string;
  onDone(text: string | null): void;
}

export function TextPromptDialog({ title, label, initial = '', submit, onDone }: Props) {
  const ref = useModal();
  const [text, setText] = useState(initial);
  return (
    <dialog ref={ref} className="path-dialog" aria-labelledby="prompt-title" onCancel={(e) => { e.preventDefault(); onDone(null); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); onDone(text.trim() || null); }}>
        <h2 id="prompt-title">{title}</h2>
        <label>
          {label}
          <input autoFocus value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)}>{t('common.cancel')}</button>

          <button type="submit" className="primary" disabled={!text.trim()}>{submit}</button>
        </div>
      </form>
    </dialog>
  );
}
