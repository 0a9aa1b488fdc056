/**
 * A read-only ProseMirror view of one draft: headings and paragraph numbers as in the original.
 * The view is created once and its state replaced when the draft changes.
 */
import { useEffect, useRef } from 'react';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Draft } from '../../../shared/model/draft';
import { draftToDoc } from '../prosemirror/draft-doc';

export function DraftView({ draft }: { draft: Draft }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  useEffect(() => {
    const state = EditorState.create({ doc: draftToDoc(draft) });
    if (!view.current) {
      view.current = new EditorView(host.current!, {
        state,
        editable: () => false,
        attributes: { class: 'dw-doc', 'aria-label': `Text of ${draft.label}`, role: 'document', tabindex: '0' },
      });
    } else {
      view.current.updateState(state);
      view.current.setProps({ attributes: { class: 'dw-doc', 'aria-label': `Text of ${draft.label}`, role: 'document', tabindex: '0' } });
      host.current?.parentElement?.scrollTo({ top: 0 });
    }
  }, [draft]);

  useEffect(() => () => view.current?.destroy(), []);

  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph').length;
  return (
    <article className="draft-view" aria-labelledby="draft-title">
      <header className="draft-head">
        <h1 id="draft-title">{draft.title || draft.label}</h1>
        <p className="draft-meta">
          {draft.symbol && <span className="symbol">{draft.symbol}</span>}
          <span>{draft.label}</span>
          {draft.date && <span>{draft.date}</span>}
          <span>{paragraphs} paragraphs</span>
          {draft.sourceName && <span title="Imported from">{draft.sourceName}</span>}
        </p>
        {draft.notes?.map((n) => (
          <p key={n} className="draft-note" role="note">{n}</p>
        ))}
      </header>
      <div ref={host} />
    </article>
  );
}
