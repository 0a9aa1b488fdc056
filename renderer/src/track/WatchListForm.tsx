/**
 * The form that adds a watched phrase to the project, or edits one: phrase, alternatives, category,
 * colour. Render it with a key naming the edited term so switching terms loads the form afresh.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { WatchTerm } from '../../../shared/model/schema';
import { checkTermForm, emptyForm, formFromTerm, type TermForm } from './watchlist';
import { t } from '../i18n';

interface Props {
  terms: readonly WatchTerm[];
  /** The term being edited, or null to add one. */
  editing: WatchTerm | null;
  onSubmit(form: TermForm): void;
  onCancel(): void;
}

export function WatchListForm({ terms, editing, onSubmit, onCancel }: Props) {
  const [form, setForm] = useState<TermForm>(() => (editing ? formFromTerm(editing) : emptyForm(terms.length)));
  const [error, setError] = useState<string | null>(null);
  const phraseRef = useRef<HTMLInputElement>(null);
  const id = useId();
  // Editing a term puts the cursor in its phrase (the form is keyed by the edited term, so this runs once per term).
  useEffect(() => {
    if (editing) phraseRef.current?.focus();
  }, [editing]);
  const categories = [...new Set(terms.map((term) => term.category).filter(Boolean))].sort();

  const set = (patch: Partial<TermForm>) => {
    setForm({ ...form, ...patch });
    setError(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = checkTermForm(form, terms, editing?.id ?? null);
    if (problem) {
      setError(problem);
      phraseRef.current?.focus();
      return;
    }
    onSubmit(form);
    if (!editing) setForm(emptyForm(terms.length + 1));
  };

  return (
    <form className="trk-form" onSubmit={submit} aria-label={editing ? t('track.editPhrase', { phrase: editing.phrase }) : t('track.addPhrase')} noValidate>
      <label className="trk-f-phrase">
        <span>{editing ? t('track.phraseLabel') : t('track.newPhrase')}</span>
        <input ref={phraseRef} value={form.phrase} onChange={(e) => set({ phrase: e.target.value })} placeholder={t('track.phrasePlaceholder')} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined} />
      </label>
      <label className="trk-f-alts">
        <span>{t('track.alternatives')}</span>
        <input value={form.alternatives} onChange={(e) => set({ alternatives: e.target.value })} placeholder={t('track.commaSeparated')} />
      </label>
      <label className="trk-f-cat">
        <span>{t('track.category')}</span>
        <input value={form.category} onChange={(e) => set({ category: e.target.value })} list={`${id}-cats`} />
        <datalist id={`${id}-cats`}>
          {categories.map((c) => <option key={c} value={c} />)}
        </datalist>
      </label>
      <label className="trk-f-color">
        <span>{t('track.colour')}</span>
        <input type="color" value={form.color} onChange={(e) => set({ color: e.target.value })} />
      </label>
      <div className="trk-f-buttons">
        <button type="submit" className="primary">{editing ? t('track.save') : t('track.add')}</button>
        {editing && <button type="button" onClick={onCancel}>{t('common.cancel')}</button>}

      </div>
      {error && <p id={`${id}-err`} role="alert" className="trk-f-error">{error}</p>}
    </form>
  );
}
