/**
 * Paste a text into a new draft: for drafts that arrive in an e-mail body or a web page. The text
 * goes through the same structure recognition as imported files (numbers, headings, brackets).
 */
import { useEffect, useRef, useState } from 'react';
import { importText, toDraft } from '../../../shared/import';
import type { Draft } from '../../../shared/model/draft';
import { useT } from '../i18n';

/** `language`: the project's language, when it has one (the pasted text is read in it). */
export function PasteDialog({ onDone, language }: { onDone(draft: Draft | null): void; language?: string }) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const [format, setFormat] = useState<'text' | 'markdown'>('text');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    return () => d.close();
  }, []);
  const submit = () => {
    try {
      const content = importText(text, format, undefined, language);
      if (!content.blocks.some((b) => b.kind === 'paragraph')) throw new Error(t('paste.noParagraph'));
      onDone(toDraft(content, { fileName: null, ...(language ? { language } : {}), ...(label.trim() ? { label: label.trim() } : {}) }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <dialog ref={ref} className="path-dialog paste-dialog" aria-labelledby="paste-title" onCancel={(e) => { e.preventDefault(); onDone(null); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <h2 id="paste-title">{t('paste.title')}</h2>
        <label>
          {t('paste.text')}
          <textarea autoFocus rows={14} value={text} onChange={(e) => { setText(e.target.value); setError(null); }} placeholder={'1. The Group …\n2. States …\n    (a) …'} />
        </label>
        <div className="paste-row">
          <label>
            {t('paste.label')}
            <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={t('paste.labelPlaceholder')} />
          </label>
          <label>
            {t('paste.format')}
            <select value={format} onChange={(e) => setFormat(e.target.value as 'text' | 'markdown')}>
              <option value="text">{t('paste.plain')}</option>
              <option value="markdown">{t('paste.markdown')}</option>
            </select>
          </label>
        </div>
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-buttons">
          <button type="button" onClick={() => onDone(null)}>{t('common.cancel')}</button>
          <button type="submit" className="primary" disabled={!text.trim()}>{t('paste.add')}</button>

        </div>
      </form>
    </dialog>
  );
}
