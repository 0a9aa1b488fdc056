/**
 * The editing toolbar of a working draft: every command also has a key (see EDITOR_SHORTCUTS).
 * Buttons keep the editor's selection: they act on it and give the focus back.
 */
import type { EditorView } from 'prosemirror-view';
import type { Command, EditorState } from 'prosemirror-state';
import type { MarkType } from 'prosemirror-model';
import { toggleMark } from 'prosemirror-commands';
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import { PARAGRAPH_STATUSES, STATUS_LABELS, type ParagraphStatus } from '../../../shared/model/working';
import { marks, nodes } from '../editor/schema/schema';
import { insertParagraph, selectedBlocks, setLevel, toggleNumbered } from '../editor/commands/blocks';
import { addAlternative, bracketSelection, removeBrackets } from '../editor/commands/brackets';
import { setStatus } from '../editor/commands/status';
import { markupShown } from '../editor/plugins/redline';
import { setMarkup } from '../editor/plugins/markup';

interface Props {
  view: EditorView;
  /** Bumped after each editor update, so pressed states follow the selection. */
  tick: number;
  onFootnote(): void;
  onFind(replace: boolean): void;
}

function markActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks ?? $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

export function EditorToolbar({ view, tick, onFootnote, onFind }: Props) {
  void tick;
  const state = view.state;
  const run = (command: Command) => () => {
    command(view.state, view.dispatch, view);
    view.focus();
  };
  const can = (command: Command) => command(state);
  const keep = (e: React.MouseEvent) => e.preventDefault();
  const blocks = selectedBlocks(state);
  const paragraphs = blocks.filter(([, , n]) => n.type === nodes.paragraph);
  const statuses = new Set(paragraphs.map(([, , n]) => (n.attrs.status as ParagraphStatus | null) ?? ''));
  const status = statuses.size === 1 ? [...statuses][0]! : 'mixed';
  const numbered = blocks.length > 0 && blocks.every(([, , n]) => n.attrs.numbered);
  const markup = markupShown(state);
  const button = (label: string, title: string, command: Command, extra: { pressed?: boolean; text?: string } = {}) => (
    <button
      type="button"
      onMouseDown={keep}
      onClick={run(command)}
      disabled={!can(command)}
      aria-label={label}
      title={title}
      {...(extra.pressed !== undefined ? { 'aria-pressed': extra.pressed } : {})}
    >
      {extra.text ?? label}
    </button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Editing">
      <span className="tool-group">
        <button type="button" onMouseDown={keep} onClick={run(undo)} disabled={undoDepth(state) === 0} aria-label="Undo typing" title="Undo (Ctrl+Z in the editor)">↶</button>
        <button type="button" onMouseDown={keep} onClick={run(redo)} disabled={redoDepth(state) === 0} aria-label="Redo typing" title="Redo (Ctrl+Y in the editor)">↷</button>
      </span>
      <span className="tool-group">
        {button('Bold', 'Bold (Ctrl+B)', toggleMark(marks.bold), { pressed: markActive(state, marks.bold), text: 'B' })}
        {button('Italic', 'Italic (Ctrl+I)', toggleMark(marks.italic), { pressed: markActive(state, marks.italic), text: 'I' })}
        {button('Underline', 'Underline (Ctrl+U)', toggleMark(marks.underline), { pressed: markActive(state, marks.underline), text: 'U' })}
      </span>
      <span className="tool-group">
        {button('Bracket', 'Put the selection in [brackets] (Ctrl+Alt+B)', bracketSelection, { text: '[ ]' })}
        {button('Remove brackets', 'Remove the brackets around the cursor (Ctrl+Alt+Shift+B)', removeBrackets, { text: '[ ] ✕' })}
        {button('Alternatives', 'Offer the selection as alternatives: [Alt 1: …] [Alt 2: …] (Ctrl+Alt+L)', addAlternative, { text: 'Alt 1/2' })}
      </span>
      <span className="tool-group">
        <label className="tool-select">
          <span className="sr-only">Paragraph status</span>
          <select
            aria-label="Paragraph status"
            title="Status in the margin (Ctrl+Alt+1, 2, 3; 0 clears)"
            value={status}
            disabled={paragraphs.length === 0}
            onChange={(e) => {
              setStatus((e.target.value || null) as ParagraphStatus | null)(view.state, view.dispatch);
              view.focus();
            }}
          >
            {status === 'mixed' && <option value="mixed" disabled>(mixed)</option>}
            <option value="">No status</option>
            {PARAGRAPH_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
          </select>
        </label>
        {button('Numbered', 'Numbered paragraph on / off (Ctrl+Shift+7)', toggleNumbered, { pressed: numbered, text: '1.' })}
        {button('Raise level', 'Up a level (Shift+Tab)', setLevel(-1), { text: '⇤' })}
        {button('Lower level', 'Subparagraph level (Tab)', setLevel(1), { text: '⇥' })}
      </span>
      <span className="tool-group">
        {button('New paragraph', 'New paragraph after this one (Ctrl+Enter)', insertParagraph(false), { text: '+ ¶' })}
        {button('New subparagraph', 'New subparagraph after this one (Ctrl+Shift+Enter)', insertParagraph(true), { text: '+ (a)' })}
        <button type="button" onMouseDown={keep} onClick={onFootnote} disabled={state.selection.$from.parent.type !== nodes.paragraph} aria-label="Footnote" title="Insert a footnote reference at the cursor">Footnote…</button>
      </span>
      <span className="tool-group">
        <button type="button" onMouseDown={keep} onClick={() => onFind(true)} aria-label="Find and replace" title="Find (Ctrl+F), replace (Ctrl+H)">Find…</button>
      </span>
      <span className="tool-group" role="radiogroup" aria-label="Show">
        <button type="button" role="radio" aria-checked={markup} onMouseDown={keep} onClick={run(setMarkup(true))} title="Show the changes against the base (Ctrl+Alt+R)">Markup</button>
        <button type="button" role="radio" aria-checked={!markup} onMouseDown={keep} onClick={run(setMarkup(false))} title="Show the clean text (Ctrl+Alt+R)">Clean</button>
      </span>
    </div>
  );
}
