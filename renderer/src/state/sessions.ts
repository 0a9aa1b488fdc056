/**
 * Editor sessions: the working drafts being edited, each an EditorState with its own undo
 * history, kept outside the project store. Typing never touches the project per keystroke: a
 * session commits a checkpoint of its working draft (on idle, on leaving the editor, before a
 * save or an export), which the project store takes in without making it a project undo step.
 * Switching between working drafts keeps each one's history.
 */
import type { Node } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Draft } from '../../../shared/model/draft';
import { createEditorState, schemeFor } from '../editor/setup';
import { docDraft } from '../editor/convert/to-draft';
import { markupShown } from '../editor/plugins/redline';

/** What a session calls back into the UI for (set by the view on screen, read at call time). */
export interface SessionHooks {
  delegationName(id: string): string;
  pasteRefused(message: string): void;
  find(replace: boolean): void;
}

export interface EditorSession {
  draftId: string;
  base: Draft;
  /** The working draft as last committed to (or loaded from) the project. */
  committed: Draft;
  /** The document `committed` was made from. */
  committedDoc: Node;
  state: EditorState;
  view: EditorView | null;
}

/** How long typing must pause before a checkpoint is committed (ms). */
export const CHECKPOINT_IDLE_MS = 1200;

/** Same blocks and working data (by reference): only the label, date or delegation differ. */
function sameContent(a: Draft, b: Draft): boolean {
  return (
    a.blocks === b.blocks &&
    a.working?.statuses === b.working?.statuses &&
    a.working?.reviewed === b.working?.reviewed &&
    a.working?.proposals === b.working?.proposals
  );
}

export class EditorSessions {
  private readonly sessions = new Map<string, EditorSession>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Receives checkpoints (the project store's `checkpoint`). */
  onCommit: ((drafts: Draft[]) => void) | null = null;
  readonly hooks: SessionHooks = { delegationName: (id) => id, pasteRefused: () => {}, find: () => {} };

  /**
   * The session of a working draft: the existing one while the project still holds what it last
   * committed, else a fresh one (the draft was reopened, restored by a project undo, replaced).
   */
  open(draft: Draft, base: Draft): EditorSession {
    const existing = this.sessions.get(draft.id);
    if (existing && existing.base === base && (existing.committed === draft || sameContent(existing.committed, draft))) {
      // A rename or another delegation: same text, same history.
      existing.committed = draft;
      return existing;
    }
    const keys: Record<string, Command> = {
      'Mod-f': () => (this.hooks.find(false), true),
      'Mod-h': () => (this.hooks.find(true), true),
    };
    const state = createEditorState({
      draft,
      base,
      delegationName: (id) => this.hooks.delegationName(id),
      onPasteRefused: (m) => this.hooks.pasteRefused(m),
      keys,
      showMarkup: existing ? markupShown(existing.state) : true,
    });
    const session: EditorSession = { draftId: draft.id, base, committed: draft, committedDoc: state.doc, state, view: existing?.view ?? null };
    this.sessions.set(draft.id, session);
    return session;
  }

  get(draftId: string): EditorSession | undefined {
    return this.sessions.get(draftId);
  }

  /** Records a session's new state and schedules a checkpoint when its document changed. */
  update(draftId: string, state: EditorState): void {
    const s = this.sessions.get(draftId);
    if (!s) return;
    s.state = state;
    if (state.doc !== s.committedDoc) this.schedule();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => this.flush(), { timeout: 2000 });
      else this.flush();
    }, CHECKPOINT_IDLE_MS);
  }

  /** Working drafts whose document changed since their last checkpoint, now committed. */
  takeCheckpoints(): Draft[] {
    const out: Draft[] = [];
    for (const s of this.sessions.values()) {
      if (s.state.doc === s.committedDoc) continue;
      const draft = docDraft(s.state.doc, s.committed, schemeFor(s.base));
      s.committed = draft;
      s.committedDoc = s.state.doc;
      out.push(draft);
    }
    return out;
  }

  /** Commits every pending checkpoint now (before a save, an export, leaving the editor). */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const drafts = this.takeCheckpoints();
    if (drafts.length) this.onCommit?.(drafts);
  }

  /** True when some session has typing not yet committed. */
  get pending(): boolean {
    for (const s of this.sessions.values()) if (s.state.doc !== s.committedDoc) return true;
    return false;
  }

  /** The session whose editor has the keyboard focus, if any. */
  focused(): EditorSession | null {
    for (const s of this.sessions.values()) if (s.view?.hasFocus()) return s;
    return null;
  }

  /** Forgets sessions of drafts the project no longer has (and every session on a new project). */
  retain(draftIds: ReadonlySet<string>): void {
    for (const id of [...this.sessions.keys()]) if (!draftIds.has(id)) this.sessions.delete(id);
  }
}
