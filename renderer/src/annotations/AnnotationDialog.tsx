/**
 * Writing or editing an annotation: the position, the comment (bold, italic, lists, links), a
 * priority, tags, the delegation and author, and optionally proposed replacement text. The
 * comment is edited as rich text and sanitised when saved (and again whenever it is shown).
 */
import { useEffect, useRef, useState } from 'react';
import { POSITIONS, PRIORITIES, type Annotation, type Position, type Priority } from '../../../shared/annotate/schema';
import { POSITION_LABEL, PRIORITY_LABEL } from '../i18n/words';
import { t } from '../i18n';
import { safeHref, sanitizeComment } from '../../../shared/annotate/sanitize';

/** What the dialog edits; the target (the passage) is fixed by the caller. */
export interface AnnotationDraft {
  comment: string;
  position: Position;
  priority: Priority;
  tags: string[];
  delegation: string;
  author: string;
  replacement: string | null;
}

interface Props {
  /** "Annotate ¶17 of Rev.1": where the annotation goes. */
  title: string;
  /** The passage, quoted for the person. */
  quote: string;
  /** Where it now sits when it differs from where it was made, or why it is an orphan. */
  note?: string | null;
  initial: AnnotationDraft;
  existing: boolean;
  onSave(value: AnnotationDraft): void;
  onDelete?(): void;
  onCancel(): void;
}

const OWNER_KEY = 'draftwatch.annotation-owner';

/** The delegation and author last used, so a drafter types them once. */
export function rememberedOwner(): { delegation: string; author: string } {
  try {
    const v = JSON.parse(localStorage.getItem(OWNER_KEY) ?? '{}') as { delegation?: unknown; author?: unknown };
    return { delegation: typeof v.delegation === 'string' ? v.delegation : '', author: typeof v.author === 'string' ? v.author : '' };
  } catch {
    return { delegation: '', author: '' };
  }
}

/** The editable parts of an annotation. */
export function draftOf(a: Annotation): AnnotationDraft {
  return { comment: a.body.comment, position: a.body.position, priority: a.body.priority, tags: a.body.tags, delegation: a.delegation, author: a.author, replacement: a.body.replacement };
}

export function AnnotationDialog({ title, quote, note, initial, existing, onSave, onDelete, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const editor = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<Position>(initial.position);
  const [priority, setPriority] = useState<Priority>(initial.priority);
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [delegation, setDelegation] = useState(initial.delegation);
  const [author, setAuthor] = useState(initial.author);
  const [proposing, setProposing] = useState(initial.replacement !== null);
  const [replacement, setReplacement] = useState(initial.replacement ?? '');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
    editor.current!.innerHTML = sanitizeComment(initial.comment);
    editor.current!.focus();
    return () => d.close();
  }, [initial.comment]);

  // The buttons keep the focus (and the caret) in the comment: see keepFocus on each.
  const format = (command: 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList') => {
    if (document.activeElement !== editor.current) editor.current?.focus();
    document.execCommand(command);
  };
  const keepFocus = (e: React.MouseEvent) => e.preventDefault();
  const link = () => {
    const url = window.prompt(t('anno.linkPrompt'));
    if (url === null) return;
    if (!safeHref(url.trim())) {
      setError(t('anno.linkError'));
      return;
    }
    editor.current?.focus();
    document.execCommand('createLink', false, url.trim());
  };

  const save = () => {
    const comment = sanitizeComment(editor.current?.innerHTML ?? '');
    if (!comment && position === 'none' && !(proposing && replacement.trim())) {
      setError(t('anno.emptyError'));
      return;
    }
    if (delegation.trim() || author.trim()) localStorage.setItem(OWNER_KEY, JSON.stringify({ delegation: delegation.trim(), author: author.trim() }));
    onSave({
      comment,
      position,
      priority,
      tags: [...new Set(tags.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, 30),
      delegation: delegation.trim(),
      author: author.trim(),
      replacement: proposing ? replacement : null,
    });
  };

  return (
    <dialog ref={ref} className="path-dialog annotation-dialog" aria-labelledby="annotation-title" onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); save(); }} onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); save(); } }}>
        <h2 id="annotation-title">{title}</h2>
        <blockquote className="annotation-quote" dir="auto">{quote}</blockquote>
        {note && <p className="annotation-note" role="note">{note}</p>}
        <fieldset className="position-pick">
          <legend>{t('anno.positionLegend')}</legend>
          {POSITIONS.map((p) => (
            <label key={p} className={`pos-choice pos-${p}`}>
              <input type="radio" name="position" value={p} checked={position === p} onChange={() => setPosition(p)} /> {POSITION_LABEL[p]}
            </label>
          ))}
        </fieldset>
        <div className="comment-field">
          <span id="comment-label">{t('anno.comment')}</span>
          <div className="comment-tools" role="toolbar" aria-label={t('anno.commentTools')}>
            <button type="button" onMouseDown={keepFocus} onClick={() => format('bold')} aria-label={t('anno.bold')} title={t('anno.boldTip')}><b>B</b></button>
            <button type="button" onMouseDown={keepFocus} onClick={() => format('italic')} aria-label={t('anno.italic')} title={t('anno.italicTip')}><i>I</i></button>
            <button type="button" onMouseDown={keepFocus} onClick={() => format('insertUnorderedList')}>{t('anno.bulleted')}</button>
            <button type="button" onMouseDown={keepFocus} onClick={() => format('insertOrderedList')}>{t('anno.numbered')}</button>
            <button type="button" onClick={link} aria-label={t('anno.link')}>{t('anno.linkButton')}</button>
          </div>
          <div
            ref={editor}
            className="comment-editor"
            contentEditable
            role="textbox"
            aria-multiline="true"
            aria-labelledby="comment-label"
            tabIndex={0}
            onPaste={(e) => {
              // Pasted rich text is cleaned before it lands: nothing foreign enters the editor.
              e.preventDefault();
              const html = e.clipboardData.getData('text/html');
              const text = e.clipboardData.getData('text/plain');
              document.execCommand('insertHTML', false, html ? sanitizeComment(html) : sanitizeComment(text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\n/g, '<br>')));
            }}
          />
        </div>
        <div className="paste-row">
          <label>
            {t('anno.priorityLabel')}
            <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
              {PRIORITIES.map((p) => <option key={p} value={p}>{PRIORITY_LABEL[p]}</option>)}
            </select>
          </label>
          <label>
            {t('anno.tags')}
            <input value={tags} onChange={(e) => setTags(e.target.value)} placeholder={t('anno.tagsPlaceholder')} />
          </label>
        </div>
        <div className="paste-row">
          <label>
            {t('anno.delegation')}
            <input value={delegation} onChange={(e) => setDelegation(e.target.value)} placeholder={t('anno.delegationPlaceholder')} />
          </label>
          <label>
            {t('anno.author')}
            <input value={author} onChange={(e) => setAuthor(e.target.value)} placeholder={t('anno.optional')} />
          </label>
        </div>
        <label className="format-choice">
          <input type="checkbox" checked={proposing} onChange={(e) => setProposing(e.target.checked)} /> {t('anno.propose')}
        </label>
        {proposing && (
          <label>
            {t('anno.proposedText')}
            <textarea rows={3} value={replacement} onChange={(e) => setReplacement(e.target.value)} dir="auto" />
          </label>
        )}
        {error && <p role="alert" className="form-error">{error}</p>}
        <div className="dialog-buttons">
          {existing && onDelete && <button type="button" className="danger" onClick={onDelete}>{t('anno.delete')}</button>}
          <span className="spacer" />
          <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
          <button type="submit" className="primary">{existing ? t('anno.save') : t('anno.add')}</button>

        </div>
      </form>
    </dialog>
  );
}
