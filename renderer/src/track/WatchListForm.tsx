/**
 * The form that adds a watched phrase to the project, or edits one: phrase, alternatives, category,
 * colour. Render it with a key naming the edited term so switching terms loads the form afresh.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { WatchTerm } from '../../../shared/model/schema';
import { checkTermForm, emptyForm, formFromTerm, type TermForm } from './watchlist';

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
  const categories = [...new Set(terms.map((t) => t.category).filter(Boolean))].sort();

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
    <form className="trk-form" onSubmit={submit} aria-label={editing ? `Edit watched phrase “${editing.phrase}”` : 'Add a watched phrase'} noValidate>
      <label className="trk-f-phrase">
        <span>{editing ? 'Phrase' : 'New phrase'}</span>
        <input ref={phraseRef} value={form.phrase} onChange={(e) => set({ phrase: e.target.value })} placeholder="e.g. ransomware" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-err` : undefined} />
      </label>
      <label className="trk-f-alts">
        <span>Alternatives</span>
        <input value={form.alternatives} onChange={(e) => set({ alternatives: e.target.value })} placeholder="comma-separated" />
      </label>
      <label className="trk-f-cat">
        <span>Category</span>
        <input value={form.category} onChange={(e) => set({ category: e.target.value })} list={`${id}-cats`} />
        <datalist id={`${id}-cats`}>
          {categories.map((c) => <option key={c} value={c} />)}
        </datalist>
      </label>
      <label className="trk-f-color">
        <span>Colour</span>
        <input type="color" value={form.color} onChange={(e) => set({ color: e.target.value })} />
      </label>
      <div className="trk-f-buttons">
        <button type="submit" className="primary">{editing ? 'Save' : 'Add phrase'}</button>
        {editing && <button type="button" onClick={onCancel}>Cancel</button>}
      </div>
      {error && <p id={`${id}-err`} role="alert" className="trk-f-error">{error}</p>}
    </form>
  );
}
