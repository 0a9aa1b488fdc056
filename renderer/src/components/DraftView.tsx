/**
 * A read-only ProseMirror view of one draft: headings and paragraph numbers as in the original,
 * with the annotations placed on it: highlights as decorations, cards in a margin layer beside the
 * text (annotations/margin-layout.ts). The view is created once and its state replaced when the
 * draft changes. A long draft is rendered a piece at a time (prosemirror/progressive.ts): the
 * first screenful at once, the rest appended task by task, so opening a 500-paragraph draft never
 * holds the main thread for long; the cards come once the text under them is there.
 */
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { EditorState } from 'prosemirror-state';
import { DecorationSet, EditorView } from 'prosemirror-view';
import type { Fragment, Node } from 'prosemirror-model';
import type { Draft } from '../../../shared/model/draft';
import type { PlacedAnnotation } from '../../../shared/annotate/query';
import { annotationDecorations } from '../prosemirror/annotation-decorations';
import { selectedPassage, type PassageTarget } from '../annotations/selection';
import { MarginLayer } from '../annotations/margin-layout';
import { draftInPieces } from '../prosemirror/progressive';
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

  // The draft whose text is in the view now: until its first piece is in (the frame after it is
  // picked), highlights and cards wait, so none is ever placed on the previous draft's text.
  const inView = useRef<Draft | null>(null);
  // What the highlights are drawn from; read by the decorations prop on every update of the view,
  // so a piece of text appended gets its highlights in the same update.
  const [shown, setShown] = useState(FIRST_DECORATIONS);
  const input = useMemo(() => ({ draft, placed, currentId, shown }), [draft, placed, currentId, shown]);
  const decoInput = useRef(input);
  decoInput.current = input;
  const decoCache = useRef<{ doc: Node; input: typeof input; set: DecorationSet } | null>(null);
  const decorations = useMemo(
    () => (state: EditorState) => {
      const input = decoInput.current;
      const c = decoCache.current;
      // The previous draft's text, until the new one's first piece replaces it: left as it is
      // (taking its highlights off would redraw and lay out all of it for one frame).
      if (input.draft !== inView.current) return c && c.doc === state.doc ? c.set : DecorationSet.empty;
      if (c && c.doc === state.doc && c.input === input) return c.set;
      const set = annotationDecorations(state.doc, input.placed, input.currentId, Math.min(input.shown, MAX_HIGHLIGHTS), MAX_MARGIN_CARDS);
      decoCache.current = { doc: state.doc, input, set };
      return set;
    },
    [],
  );

  // The text: the first piece in the next frame (the click that picked the draft stays short),
  // then a piece per task. `phase` says which draft is in and whether all of it is.
  const [phase, setPhase] = useState<{ draft: Draft | null; complete: boolean }>({ draft: null, complete: false });
  const loading = useRef<{ first: (() => void) | null; rest: (() => Fragment)[]; frame: number; timer: ReturnType<typeof setTimeout> | null }>({ first: null, rest: [], frame: 0, timer: null });
  const stopLoading = useCallback(() => {
    const l = loading.current;
    cancelAnimationFrame(l.frame);
    if (l.timer) clearTimeout(l.timer);
    l.frame = 0;
    l.timer = null;
  }, []);
  /** Appends the next piece (or, with `all`, every piece left, first included). */
  const appendPieces = useCallback((all: boolean) => {
    const l = loading.current;
    stopLoading();
    const first = l.first;
    l.first = null;
    first?.();
    const v = view.current;
    if (!v || !inView.current) return;
    do {
      const piece = l.rest.shift();
      if (!piece) break;
      v.updateState(v.state.apply(v.state.tr.insert(v.state.doc.content.size, piece())));
    } while (all);
    if (l.rest.length) l.timer = setTimeout(() => appendPieces(false), 0);
    else setPhase({ draft: inView.current, complete: true });
  }, [stopLoading]);
  useEffect(() => {
    const { first, rest: pieces } = draftInPieces(draft);
    const attributes = { class: 'dw-doc', 'aria-label': t('draftView.text', { draft: draft.label }), role: 'document', tabindex: '0' };
    const l = loading.current;
    stopLoading();
    l.rest = pieces;
    l.first = () => {
      inView.current = draft;
      const state = EditorState.create({ doc: first });
      if (!view.current) {
        view.current = new EditorView(host.current!, { state, editable: () => false, attributes, decorations });
      } else {
        view.current.updateState(state);
        view.current.setProps({ attributes });
        host.current?.parentElement?.parentElement?.scrollTo({ top: 0 });
      }
      setPhase({ draft, complete: !pieces.length });
      if (pieces.length) l.timer = setTimeout(() => appendPieces(false), 0);
    };
    // The very first draft goes in at once (nothing else to show); a switch waits a frame.
    if (!view.current) {
      const run = l.first;
      l.first = null;
      run();
    } else {
      l.frame = requestAnimationFrame(() => {
        l.frame = 0;
        const run = l.first;
        l.first = null;
        run?.();
      });
    }
    return stopLoading;
  }, [draft, decorations, appendPieces, stopLoading]);
  // The interface language changed: the text's accessible name follows, the text stays as it is.
  useEffect(() => {
    view.current?.setProps({ attributes: { class: 'dw-doc', 'aria-label': t('draftView.text', { draft: draft.label }), role: 'document', tabindex: '0' } });
  }, [lang]);

  // Highlights go on a chunk at a time, so 10,000 of them never block the window.
  useEffect(() => setShown(FIRST_DECORATIONS), [draft, placed]);
  useEffect(() => {
    if (shown >= Math.min(placed.length, MAX_HIGHLIGHTS)) return;
    const t = setTimeout(() => setShown((n) => Math.min(placed.length, n + CHUNK_DECORATIONS)), 0);
    return () => clearTimeout(t);
  }, [shown, placed.length]);
  useEffect(() => {
    if (input.draft === inView.current) view.current?.setProps({ decorations });
  }, [input, decorations]);

  // Cards: built and placed a chunk per task (annotations/margin-layout.ts); reused while unchanged.
  const margin = useRef<HTMLDivElement>(null);
  const layer = useRef<MarginLayer | null>(null);
  useEffect(() => {
    layer.current = new MarginLayer(margin.current!, () => view.current, events);
    return () => layer.current?.destroy();
  }, [events]);
  const currentRef = useRef(currentId);
  currentRef.current = currentId;
  const placedRef = useRef(placed);
  placedRef.current = placed;
  // Placed once the first piece of text is in, and again when the whole draft is.
  useEffect(() => {
    if (phase.draft === draft) layer.current?.show(placed, MAX_MARGIN_CARDS, currentRef.current);
  }, [draft, placed, phase]);
  useEffect(() => {
    const l = layer.current;
    if (!l || phase.draft !== draft) return;
    // The current annotation beyond the margin's limit gets its card too.
    if (currentId && !l.card(currentId) && placed.some((p) => p.annotation.id === currentId)) l.show(placed, MAX_MARGIN_CARDS, currentId);
    else l.setCurrent(currentId);
  }, [currentId, placed, phase, draft]);

  useEffect(() => () => view.current?.destroy(), []);

  useImperativeHandle(
    handle,
    () => ({
      selection: () => (view.current ? selectedPassage(view.current) : null),
      reveal: (id: string) => {
        // Asked for before the whole draft is in (from the panel, at once): finish it first.
        if (loading.current.first || loading.current.rest.length) {
          appendPieces(true);
          layer.current?.show(placedRef.current, MAX_MARGIN_CARDS, id);
        }
        layer.current?.focusWhenShown(id);
        const root = host.current;
        const mark = root?.querySelector(`.dw-anno[data-annotation="${CSS.escape(id)}"]`);
        mark?.scrollIntoView({ block: 'center' });
      },
    }),
    [],
  );

  const paragraphs = draft.blocks.filter((b) => b.kind === 'paragraph').length;
  return (
    <article className={`draft-view${placed.length ? ' with-margin' : ''}`} aria-labelledby="draft-title" aria-busy={phase.draft !== draft || !phase.complete}>
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
