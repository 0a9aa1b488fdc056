/**
 * Presenter mode in the main window: builds the deck of what is presented (the redline of the pair
 * in the view store, drawn from redlineDrafts, or the tracker), hands it to the audience window, and shows either the slide itself
 * (one screen: what the room sees, so no notes) or, once an audience window follows, the presenter
 * console with the current and next change, a timer and the private notes.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Project } from '../../../shared/model/schema';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { Deck } from '../../../shared/view/deck';
import { comparisonKey, type PresenterViewState } from '../../../shared/view/state';
import { citeRefs } from '../compare/layout';
import { comparedContext, useComparison } from '../compare/useComparison';
import { useTrack } from '../track/useTrack';
import { paragraphIndex } from '../track/highlight';
import { eventKey, scopeOf } from '../track/events';
import { useView, updateView } from '../view/useView';
import { viewLink } from '../view/view';
import { COMMAND_EVENT } from '../compare/CompareView';
import { compareDeck, type DeckContext } from './deck-compare';
import { trackerDeck } from './deck-tracker';
import { redlineDrafts } from './sources';
import { following, hasPlace, placeOf, withPlace } from './navigation';
import { paragraphNotes, type NotesParagraph, type NotesProvider, type PresenterNote } from './notes';
import { exitPresentation, useControls, type Controls } from './useControls';
import { closeAudienceWindow, openAudienceWindow, useAudienceCount } from './audience';
import { Slide } from './Slide';
import { Console } from './Console';
import { ControlBar, Typed } from './ControlBar';
import { t as tr } from '../i18n';

interface Props {
  project: Project;
  /** Where the project's annotations sit in each draft (they carry notes into later drafts). */
  anchors?: AnchorMap;
  /** Where the private notes come from (the paragraph's annotations). */
  notes?: NotesProvider;
}

export function PresenterMode({ project, anchors = NO_ANCHORS, notes = paragraphNotes }: Props) {
  const source = useView((s) => s.presenter.source);
  return source === 'tracker' ? <TrackerPresentation project={project} anchors={anchors} notes={notes} /> : <ComparePresentation project={project} anchors={anchors} notes={notes} />;
}

const NO_ANCHORS: AnchorMap = new Map();

function ComparePresentation({ project, anchors, notes }: Required<Props>) {
  const c = useView((s) => s.compare);
  const drafts = redlineDrafts(project);
  const base = drafts.find((d) => d.id === c.baseId) ?? null;
  const target = drafts.find((d) => d.id === c.targetId) ?? null;
  const { comparison, layout, cited, error } = useComparison(base, target, c.options);
  const ctx: DeckContext | null = useMemo(() => comparedContext({ comparison, layout, cited }, base, target), [comparison, layout, cited, base, target]);
  const key = comparisonKey(c);
  const deck = useMemo(() => (ctx ? compareDeck(ctx, new Set(c.filter), key) : null), [ctx, c.filter, key]);

  const notesAt = useCallback(
    (at: number): PresenterNote[] => {
      const row = ctx?.layout.rows[at];
      if (!ctx || !row) return [];
      const change = ctx.comparison.changes[row.change]!;
      const on = (draft: typeof ctx.base, cited: Map<number, string>, refs: typeof change.base): NotesParagraph[] =>
        refs.map((r) => ({ draftId: draft.id, paragraphId: r.id, label: `${draft.label} ${citeRefs([r], cited)}` }));
      return notes(project, [...on(ctx.base, ctx.baseCited, change.base), ...on(ctx.target, ctx.targetCited, change.target)], anchors);
    },
    [ctx, notes, project, anchors],
  );

  const status = drafts.length < 2 ? tr('present.needTwo') : error ? tr('present.compareFailed', { error }) : tr('present.preparingComparison');
  return <Presentation deck={deck} status={status} notesAt={notesAt} />;
}

function TrackerPresentation({ project, anchors, notes }: Required<Props>) {
  const t = useView((s) => s.tracker);
  // The drafts the Tracker tab tracks: the received ones, with the working ones when it includes them.
  const drafts = useMemo(() => (t.withWorking ? project.drafts : project.drafts.filter((d) => !d.working)), [project.drafts, t.withWorking]);
  const { scope, extraPair } = scopeOf(drafts.map((d) => d.id), t.scope);
  const { report, error } = useTrack(drafts, project.watchList, extraPair);
  const paragraphs = useMemo(() => new Map(drafts.map((d) => [d.id, paragraphIndex(d)])), [drafts]);
  // The scope object is rebuilt each render: its two ids stand for it.
  const from = scope?.from ?? null;
  const to = scope?.to ?? null;
  const deck = useMemo(
    () => (report ? trackerDeck(report, paragraphs, { scope: from && to ? { from, to } : null, eventKinds: t.eventKinds, eventText: t.eventText }, tr('present.trackerTitle', { project: project.name })) : null),
    [report, paragraphs, from, to, t.eventKinds, t.eventText, project.name],
  );

  const notesAt = useCallback(
    (at: number): PresenterNote[] => {
      const slide = deck?.type === 'tracker' ? deck.slides[at] : undefined;
      if (slide?.type !== 'event' || !report) return [];
      const e = report.events.find((x) => slide.key === eventKey(x));
      if (!e) return [];
      const on = (draftId: string, ps: typeof e.from): NotesParagraph[] => {
        const label = drafts.find((d) => d.id === draftId)?.label ?? '';
        return ps.map((p) => ({ draftId, paragraphId: p.id, label: `${label} ${paragraphs.get(draftId)?.get(p.id)?.cite || tr('cite.unnumbered', { count: 1 })}` }));
      };
      return notes(project, [...on(e.fromDraftId, e.from), ...on(e.toDraftId, e.to)], anchors);
    },
    [deck, report, drafts, paragraphs, notes, project, anchors],
  );

  const status = drafts.length === 0 ? tr('present.needDrafts') : error ? tr('present.trackerFailed', { error }) : tr('present.preparingTracker');
  return <Presentation deck={deck} status={status} notesAt={notesAt} />;
}

interface PresentationProps {
  deck: Deck | null;
  /** What to say while there is no deck (preparing, or why it failed). */
  status: string;
  notesAt(at: number): PresenterNote[];
}

function Presentation({ deck, status, notesAt }: PresentationProps) {
  const state = useView((s) => s);
  const link = viewLink();
  const audience = useAudienceCount();
  // Screenfuls the current change takes on this window's slide (or the console's preview of it).
  const parts = useRef(1);
  const onParts = useCallback((n: number) => (parts.current = n), []);
  const controls = useControls(deck, parts);
  const [blocked, setBlocked] = useState(false);
  const [startedAt, setStartedAt] = useState(() => Date.now());

  // The audience window renders whatever deck this window publishes; none once presenting ends.
  useEffect(() => link.publishDeck(deck), [link, deck]);
  useEffect(
    () => () => {
      link.publishDeck(null);
      closeAudienceWindow();
    },
    [link],
  );
  // A comparison with no current change starts at its first change (and the compare view follows).
  useEffect(() => {
    if (deck && !hasPlace(deck, state)) updateView((s) => withPlace(s, deck, placeOf(deck, s)));
  }, [deck, state]);
  // F8 / Shift+F8 (menu or keyboard) step the presentation too.
  const { act } = controls;
  useEffect(() => {
    const onCommand = (e: Event) => {
      const cmd = (e as CustomEvent<string>).detail;
      if (cmd === 'next-change') act({ type: 'next' });
      if (cmd === 'previous-change') act({ type: 'previous' });
    };
    window.addEventListener(COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(COMMAND_EVENT, onCommand);
  }, [act]);

  const onAudience = useCallback(async () => {
    if (audience > 0) return closeAudienceWindow();
    setBlocked(!(await openAudienceWindow()));
  }, [audience]);

  if (!deck) {
    return (
      <div className="pj-screen pj-message" role="region" aria-label={tr('present.presentation')}>
        <p>{status}</p>
        <button onClick={() => exitPresentation(null)}>{tr('present.leave')}</button>
      </div>
    );
  }
  const at = placeOf(deck, state);
  const bar = <ControlBar controls={controls} presenter={state.presenter} audienceOpen={audience > 0} blocked={blocked} onAudience={() => void onAudience()} />;
  if (audience > 0) return <Console deck={deck} at={at} next={following(deck, at)} presenter={state.presenter} notes={notesAt(at)} controls={controls} bar={bar} startedAt={startedAt} onRestartTimer={() => setStartedAt(Date.now())} onParts={onParts} />;
  return <SingleScreen deck={deck} at={at} presenter={state.presenter} controls={controls} bar={bar} onParts={onParts} />;
}

/** One screen: the slide fills it; the controls show while the mouse moves or the keyboard is in them. */
function SingleScreen({ deck, at, presenter, controls, bar, onParts }: { deck: Deck; at: number; presenter: PresenterViewState; controls: Controls; bar: ReactNode; onParts(n: number): void }) {
  const [awake, setAwake] = useState(true);
  useEffect(() => {
    if (!awake) return;
    const t = setTimeout(() => setAwake(false), 3000);
    return () => clearTimeout(t);
  }, [awake]);
  return (
    <div className={`pj-screen${awake ? ' pj-awake' : ''}`} role="region" aria-label={tr('present.presentation')} onMouseMove={() => setAwake(true)}>
      <Slide deck={deck} at={at} zoom={presenter.zoom} blank={presenter.blank} part={presenter.part} onParts={onParts} live label={tr('present.audienceScreen')} />

      <div className="pj-overlay">{bar}</div>
      <Typed controls={controls} />
    </div>
  );
}
