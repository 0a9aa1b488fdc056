/**
 * A read-only ProseMirror view of one draft: headings and paragraph numbers as in the original,
 * with the annotations placed on it: highlights as decorations, cards in a margin layer beside the
 * text (annotations/margin-layout.ts). The view is created once and its state replaced when the
 * draft changes.
 */
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Draft } from '../../../shared/model/draft';
import type { PlacedAnnotation } from '../../../shared/annotate/query';
import { draftToDoc } from '../prosemirror/draft-doc';
import { annotationDecorations } from '../prosemirror/annotation-decorations';
import { selectedPassage, type PassageTarget } from '../annotations/selection';
import { MarginLayer } from '../annotations/margin-layout';
import { t, useUiLanguage } from '../i18n';

/** What the annotation controls ask of the view. */
export interface DraftViewHandle {
  /** The passage selected in the text, if any. */
  selection(): PassageTarget | null;
  /** Scroll an annotation's passage into view and focus its card. */
  reveal(annotationId: string): void;
}

interface Props {
  draft: Draft;
  /** Annotations shown on this draft (orphans are listed elsewhere). */
  placed?: readonly PlacedAnnotation[];
  currentId?: string | null;
  onOpenAnnotation?(id: string): void;
  handle?: Ref<DraftViewHandle>;
  /** Toolbar shown under the title (the annotation controls). */
  children?: React.ReactNode;
}

const NONE: readonly PlacedAnnotation[] = [];
/** Annotations decorated before the first paint, then per tick: no task long enough to freeze the window. */
const FIRST_DECORATIONS = 600;
const CHUNK_DECORATIONS = 500;
/** Most cards in the margin, and most passages highlighted; past that the panel lists them. */
export const MAX_MARGIN_CARDS = 600;
export const MAX_HIGHLIGHTS = 2000;

export function DraftView({ draft, placed = NONE, currentId = null, onOpenAnnotation, handle, children }: Props) {
  const lang = useUiLanguage(); // re-label the text when the interface language changes
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const open = useRef(onOpenAnnotation);
  open.current = onOpenAnnotation;
  const events = useMemo(() => ({ onOpen: (id: string) => open.current?.(id) }), []);

  useEffect(() => {
    const state = EditorState.create({ doc: draftToDoc(draft) });
    const attributes = { class: 'dw-doc', 'aria-label': t('draftView.text', { draft: draft.label }), role: 'document', tabindex: '0' };
    if (!view.current) {
      view.current = new EditorView(host.current!, { state, editable: () => false, attributes });
    } else {
      view.current.updateState(state);
      view.current.setProps({ attributes });
      host.current?.parentElement?.parentElement?.scrollTo({ top: 0 });
    }
  }, [draft, lang]);

  // Highlights go on a chunk at a time, so 10,000 of them never block the window.
  const [shown, setShown] = useState(FIRST_DECORATIONS);
  useEffect(() => setShown(FIRST_DECORATIONS), [draft, placed]);
  useEffect(() => {
    if (shown >= Math.min(placed.length, MAX_HIGHLIGHTS)) return;
    const t = setTimeout(() => setShown((n) => Math.min(placed.length, n + CHUNK_DECORATIONS)), 0);
    return () => clearTimeout(t);
  }, [shown, placed.length]);
  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const set = annotationDecorations(v.state.doc, placed, currentId, Math.min(shown, MAX_HIGHLIGHTS), MAX_MARGIN_CARDS);
    v.setProps({ decorations: () => set });
  }, [draft, placed, shown, currentId]);

  // Cards: built off-document in chunks and laid out in one pass; reused while unchanged.
  const margin = useRef<HTMLDivElement>(null);
  const layer = useRef<MarginLayer | null>(null);
  useEffect(() => {
    layer.current = new MarginLayer(margin.current!, () => view.current, events);
    return () => layer.current?.destroy();
  }, [events]);
  const currentRef = useRef(currentId);
  currentRef.current = currentId;
  useEffect(() => {
    layer.current?.show(placed, MAX_MARGIN_CARDS, currentRef.current);
  }, [draft, placed]);
  useEffect(() => {
    const l = layer.current;
    if (!l) return;
    // The current annotation beyond the margin's limit gets its card too.
    if (currentId && !l.card(currentId) && placed.some((p) => p.annotation.id === currentId)) l.show(placed, MAX_MARGIN_CARDS, currentId);
    else l.setCurrent(currentId);
  }, [currentId, placed]);

  useEffect(() => () => view.current?.destroy(), []);

  useImperativeHandle(
    handle,
    () => ({
      selection: () => (view.current ? selectedPassage(view.current) : null),
      reveal: (id: string) => {
        const root = host.current;
        const mark = root?.querySelector(`.dw-anno[data-annotation="${CSS.escape(id)}"]`);
        mark?.scrollIntoView({ block: 'center' });
        layer.current?.card(id)?.focus({ preventScroll: true });
      },
    }),
    [],
  );

  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph').length;
  return (
    <article className={`draft-view${placed.length ? ' with-margin' : ''}`} aria-labelledby="draft-title">
      <header className="draft-head">
        <h1 id="draft-title">{draft.title || draft.label}</h1>
        <p className="draft-meta">
          {draft.symbol && <span className="symbol">{draft.symbol}</span>}
          <span>{draft.label}</span>
          {draft.date && <span>{draft.date}</span>}
          <span>{t('draftView.paragraphs', { count: paragraphs })}</span>
          {draft.sourceName && <span title={t('draftView.importedFrom')}>{draft.sourceName}</span>}
        </p>
        {draft.notes?.map((n) => (
          <p key={n} className="draft-note" role="note">{n}</p>
        ))}
        {children}
        {placed.length > MAX_MARGIN_CARDS && <p className="hint" role="note">{t('draftView.marginLimit', { cards: MAX_MARGIN_CARDS, count: placed.length, highlights: Math.min(placed.length, MAX_HIGHLIGHTS) })}</p>}

      </header>
      <div className="dw-page">
        <div ref={host} />
        <div ref={margin} className="dw-margin" />
      </div>
    </article>
  );
}
