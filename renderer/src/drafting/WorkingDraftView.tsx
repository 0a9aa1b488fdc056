/**
 * A working draft in the editor: the text with its live redline against the base, the editing
 * toolbar, the list of changes to accept, reject or attribute, find and replace. The editor state
 * lives in an editor session (renderer/src/state/sessions.ts), not in the project store: typing
 * is committed to the project as checkpoints.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EditorView } from 'prosemirror-view';
import { TextSelection, type Command } from 'prosemirror-state';
import type { Draft } from '../../../shared/model/draft';
import type { Project } from '../../../shared/model/schema';
import { proposalSummary } from '../../../shared/draft/compile';
import type { EditorSessions } from '../state/sessions';
import { changeIn, changesOf, type PlacedChange } from '../editor/queries/changes';
import { acceptAll, acceptChange } from '../editor/commands/accept';
import { rejectAll, rejectChange } from '../editor/commands/reject';
import { attributeChange, type Attribution } from '../editor/commands/proposals';
import { insertFootnote } from '../editor/commands/footnote';
import { markupShown, redlineKey, type RedlineMeta } from '../editor/plugins/redline';
import { paragraphView } from '../editor/nodes/paragraph-view';
import { headingView } from '../editor/nodes/heading-view';
import { ensureDelegation, setWorkingDelegation } from '../state/working-commands';
import { COMMAND_EVENT } from '../compare/CompareView';
import { EditorToolbar } from './EditorToolbar';
import { ChangesPanel, changePlace } from './ChangesPanel';
import { AttributeDialog } from './AttributeDialog';
import { TextPromptDialog } from './TextPromptDialog';
import { FindReplaceBar } from './FindReplaceBar';
import { useLazyParagraphs } from './lazy-paragraphs';
import './drafting.css';
import { currentUiLanguage, t } from '../i18n';
import { exportStrings } from '../../../shared/export/strings';

interface Props {
  project: Project;
  draft: Draft;
  sessions: EditorSessions;
  /** The project as it stands now (checkpoints taken in), for edits made right after a flush. */
  current(): Project | null;
  onEdit(project: Project, label: string): void;
  notify(kind: 'info' | 'error', text: string): void;
  onExport(): void;
}

/** How long the side panel waits for typing to pause before it lists the changes again (ms). */
const PANEL_DELAY_MS = 250;

export function WorkingDraftView({ project, draft, sessions, current, onEdit, notify, onExport }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<EditorView | null>(null);
  const [tick, setTick] = useState(0);
  const [finding, setFinding] = useState<{ replace: boolean } | null>(null);
  const [attributing, setAttributing] = useState<PlacedChange | null>(null);
  const [footnote, setFootnote] = useState(false);
  const [lazy, setLazy, lazyReason] = useLazyParagraphs();
  const base = project.drafts.find((d) => d.id === draft.working?.baseId) ?? null;
  const names = useMemo(() => new Map(project.delegations.map((d) => [d.id, d.name])), [project.delegations]);
  const delegationName = useCallback((id: string) => names.get(id) ?? 'an unlisted delegation', [names]);

  // What the session calls back for, always the latest.
  sessions.hooks.delegationName = delegationName;
  sessions.hooks.pasteRefused = (m) => notify('error', m);
  sessions.hooks.find = (replace) => setFinding({ replace });

  const later = useRef<ReturnType<typeof setTimeout> | null>(null);
  const bump = useCallback((soon: boolean) => {
    if (later.current) clearTimeout(later.current);
    later.current = setTimeout(() => setTick((t) => t + 1), soon ? 0 : PANEL_DELAY_MS);
  }, []);

  // The editor view: made once per working draft, fed from its session.
  useEffect(() => {
    if (!base || !host.current) return;
    const session = sessions.open(draft, base);
    const v: EditorView = new EditorView(host.current, {
      state: session.state,
      dispatchTransaction(tr) {
        const next = v.state.apply(tr);
        v.updateState(next);
        sessions.update(draft.id, next);
        // Held redline marks drawn once typing pauses change nothing the panel lists.
        if (!(tr.getMeta(redlineKey) as RedlineMeta | undefined)?.settle) bump(!tr.docChanged);
      },
      handleDOMEvents: {
        blur: () => {
          sessions.flush();
          return false;
        },
      },
      nodeViews: { paragraph: (node) => paragraphView(node), heading: (node) => headingView(node) },
      attributes: { class: 'dw-doc dw-editor', role: 'textbox', 'aria-multiline': 'true', 'aria-label': t('edit.text', { draft: draft.label }), spellcheck: 'true' },
    });
    session.view = v;
    setView(v);
    return () => {
      sessions.flush();
      session.view = null;
      v.destroy();
      setView(null);
    };
    // The view follows the draft's identity and base; new content comes through `sessions.open` below.
  }, [draft.id, base?.id, sessions]);

  // Paragraphs far from the screen skipped by layout and paint, when the user chose so.
  useEffect(() => {
    view?.dom.classList.toggle('dw-lazy', lazy);
  }, [view, lazy]);

  // The project's copy changed under the editor (reopened, restored by a project undo): reload.
  useEffect(() => {
    if (!view || !base) return;
    const session = sessions.open(draft, base);
    session.view = view;
    if (view.state !== session.state) {
      view.updateState(session.state);
      bump(true);
    }
  }, [view, draft, base, sessions, bump]);

  // Listed again once typing pauses (`tick`), not on every keystroke.
  const changes = useMemo(() => (view && tick >= 0 ? changesOf(view.state) : []), [view, tick]);
  const here = view ? changeIn(changes, view.state.selection.from)?.key ?? null : null;

  const go = useCallback(
    (listed: PlacedChange) => {
      if (!view) return;
      // The list is drawn once typing pauses, and an unchanged row keeps its first rendering:
      // where the change stands now is asked of the editor.
      const c = changesOf(view.state).find((x) => x.key === listed.key) ?? listed;
      const doc = view.state.doc;
      const pos = Math.min(c.from + (c.kind === 'new' || c.kind === 'moved' || c.kind === 'format' ? 1 : 0), doc.content.size);
      view.dispatch(view.state.tr.setSelection(TextSelection.near(doc.resolve(pos))).scrollIntoView());
      view.focus();
    },
    [view],
  );

  // The panel's row callbacks stay the same functions, so rows whose change did not move redraw not.
  const accept = useCallback((key: string) => view && acceptChange(key)(view.state, view.dispatch), [view]);
  const reject = useCallback((key: string) => view && rejectChange(key)(view.state, view.dispatch), [view]);
  const attribute = useCallback((c: PlacedChange) => setAttributing(c), []);

  // F8 / Shift+F8 (menu or keys): the next or previous pending change.
  useEffect(() => {
    const onCommand = (e: Event) => {
      const cmd = (e as CustomEvent<string>).detail;
      if (!view || (cmd !== 'next-change' && cmd !== 'previous-change')) return;
      const pending = changesOf(view.state).filter((c) => !c.reviewed);
      if (pending.length === 0) return notify('info', t('edit.noPending'));
      const at = view.state.selection.from;
      const next = cmd === 'next-change' ? (pending.find((c) => c.from > at) ?? pending[0]!) : ([...pending].reverse().find((c) => c.to < at) ?? pending[pending.length - 1]!);
      go(next);
    };
    window.addEventListener(COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(COMMAND_EVENT, onCommand);
  }, [view, go, notify]);

  if (!base) {
    return <p role="alert" className="notice error">{t('edit.baseGone', { draft: draft.label })}</p>;
  }

  const apply = (command: Command) => {
    if (view) command(view.state, view.dispatch, view);
  };

  const addDelegation = (name: string): string => {
    sessions.flush();
    const now = current() ?? project;
    const { project: next, id } = ensureDelegation(now, name);
    if (next !== now) onEdit(next, t('edit.addDelegationUndo', { name: name.trim() }));
    return id;
  };

  const attribution: Attribution = attributing?.proposal
    ? { proposer: attributing.proposal.proposer, supporters: attributing.proposal.supporters, opponents: attributing.proposal.opponents, ...(attributing.proposal.note ? { note: attributing.proposal.note } : {}) }
    : { proposer: draft.working?.delegationId ?? null, supporters: [], opponents: [] };

  return (
    <div className={`working-view${view && !markupShown(view.state) ? ' clean' : ''}`}>
      <header className="working-head">
        <div>
          <h1 id="draft-title">{draft.label}</h1>
          <p className="draft-meta">
            <span>{t('edit.workingOf')} <b>{base.label}</b></span>
            {base.symbol && <span className="symbol">{base.symbol}</span>}
            <label className="drafted-for">
              {t('edit.draftedFor')}
              <select
                value={draft.working?.delegationId ?? ''}
                onChange={(e) => {
                  sessions.flush();
                  const now = current() ?? project;
                  onEdit(setWorkingDelegation(now, draft.id, e.target.value || null), t('edit.delegationUndo'));
                }}
                aria-label={t('edit.delegationLabel')}
              >
                <option value="">{t('edit.noDelegation')}</option>
                {project.delegations.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </select>
            </label>
            <button
              type="button"
              className="fast-typing"
              aria-pressed={lazy}
              onClick={() => {
                setLazy(!lazy);
                view?.focus();
              }}
              title={`${t('edit.lazyTip')} ${t(`edit.lazyWhy.${lazyReason}`)}`}
            >
              {t('edit.lazy')}
            </button>
          </p>
        </div>
        <button onClick={() => { sessions.flush(); onExport(); }} title={t('edit.exportWordTip')}>{t('edit.exportWord')}</button>
      </header>
      {view && <EditorToolbar view={view} tick={tick} onFootnote={() => setFootnote(true)} onFind={(replace) => setFinding({ replace })} />}
      {view && finding && (
        <FindReplaceBar view={view} replace={finding.replace} tick={tick} onClose={() => setFinding(null)} onReplaced={(n) => notify('info', t('edit.replaced', { count: n }))} />
      )}
      <div className="working-main">
        <div className="working-text">
          <div ref={host} className="editor-host" />
        </div>
        {view && (
          <ChangesPanel
            changes={changes}
            current={here}
            delegationName={delegationName}
            onGo={go}
            onAccept={accept}
            onReject={reject}
            onAttribute={attribute}
            onAcceptAll={() => apply(acceptAll)}
            onRejectAll={() => {
              if (window.confirm(t('edit.rejectAllConfirm', { count: changes.length, draft: base.label }))) apply(rejectAll);
            }}
          />
        )}
      </div>
      {attributing && (
        <AttributeDialog
          change={`${changePlace(attributing)}: ${proposalSummary(attributing, exportStrings(currentUiLanguage()))}`}
          delegations={project.delegations}
          initial={attribution}
          onAddDelegation={addDelegation}
          onDone={(who) => {
            const key = attributing.key;
            setAttributing(null);
            if (who && view) attributeChange(key, who)(view.state, view.dispatch);
            view?.focus();
          }}
        />
      )}
      {footnote && (
        <TextPromptDialog
          title={t('edit.footnoteTitle')}
          label={t('edit.footnoteLabel')}
          submit={t('edit.insert')}

          onDone={(text) => {
            setFootnote(false);
            if (text && view) insertFootnote(text)(view.state, view.dispatch);
            view?.focus();
          }}
        />
      )}
    </div>
  );
}
