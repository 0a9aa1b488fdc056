/**
 * The editing toolbar of a working draft: every command also has a key (see EDITOR_SHORTCUTS).
 * Buttons keep the editor's selection: they act on it and give the focus back.
 */
import type { EditorView } from 'prosemirror-view';
import type { Command, EditorState } from 'prosemirror-state';
import type { MarkType } from 'prosemirror-model';
import { toggleMark } from 'prosemirror-commands';
import { redo, redoDepth, undo, undoDepth } from 'prosemirror-history';
import { PARAGRAPH_STATUSES, type ParagraphStatus } from '../../../shared/model/working';
import { statusLabel } from '../../../shared/draft/compile';
import { exportStrings } from '../../../shared/export/strings';
import { marks, nodes } from '../editor/schema/schema';
import { insertParagraph, selectedBlocks, setLevel, toggleNumbered } from '../editor/commands/blocks';
import { addAlternative, bracketSelection, removeBrackets } from '../editor/commands/brackets';
import { setStatus } from '../editor/commands/status';
import { markupShown } from '../editor/plugins/redline';
import { setMarkup } from '../editor/plugins/markup';
import { currentUiLanguage, t } from '../i18n';

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
    <div className="editor-toolbar" role="toolbar" aria-label={t('edit.toolbar')}>
      <span className="tool-group">
        <button type="button" onMouseDown={keep} onClick={run(undo)} disabled={undoDepth(state) === 0} aria-label={t('edit.undoTyping')} title={t('edit.undoTip')}>↶</button>
        <button type="button" onMouseDown={keep} onClick={run(redo)} disabled={redoDepth(state) === 0} aria-label={t('edit.redoTyping')} title={t('edit.redoTip')}>↷</button>
      </span>
      <span className="tool-group">
        {button(t('edit.bold'), t('edit.boldTip'), toggleMark(marks.bold), { pressed: markActive(state, marks.bold), text: 'B' })}
        {button(t('edit.italic'), t('edit.italicTip'), toggleMark(marks.italic), { pressed: markActive(state, marks.italic), text: 'I' })}
        {button(t('edit.underline'), t('edit.underlineTip'), toggleMark(marks.underline), { pressed: markActive(state, marks.underline), text: 'U' })}
      </span>
      <span className="tool-group">
        {button(t('edit.bracket'), t('edit.bracketTip'), bracketSelection, { text: '[ ]' })}
        {button(t('edit.removeBrackets'), t('edit.removeBracketsTip'), removeBrackets, { text: '[ ] ✕' })}
        {button(t('edit.alternatives'), t('edit.alternativesTip'), addAlternative, { text: 'Alt 1/2' })}
      </span>
      <span className="tool-group">
        <label className="tool-select">
          <span className="sr-only">{t('edit.paragraphStatus')}</span>
          <select
            aria-label={t('edit.paragraphStatus')}
            title={t('edit.statusTip')}
            value={status}
            disabled={paragraphs.length === 0}
            onChange={(e) => {
              setStatus((e.target.value || null) as ParagraphStatus | null)(view.state, view.dispatch);
              view.focus();
            }}
          >
            {status === 'mixed' && <option value="mixed" disabled>{t('edit.mixed')}</option>}
            <option value="">{t('edit.noStatus')}</option>
            {PARAGRAPH_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s, exportStrings(currentUiLanguage()))}</option>)}
          </select>
        </label>
        {button(t('edit.numbered'), t('edit.numberedTip'), toggleNumbered, { pressed: numbered, text: '1.' })}
        {button(t('edit.raise'), t('edit.raiseTip'), setLevel(-1), { text: '⇤' })}
        {button(t('edit.lower'), t('edit.lowerTip'), setLevel(1), { text: '⇥' })}
      </span>
      <span className="tool-group">
        {button(t('edit.newParagraph'), t('edit.newParagraphTip'), insertParagraph(false), { text: '+ ¶' })}
        {button(t('edit.newSub'), t('edit.newSubTip'), insertParagraph(true), { text: '+ (a)' })}
        <button type="button" onMouseDown={keep} onClick={onFootnote} disabled={state.selection.$from.parent.type !== nodes.paragraph} aria-label={t('edit.footnote')} title={t('edit.footnoteTip')}>{t('edit.footnoteButton')}</button>
      </span>
      <span className="tool-group">
        <button type="button" onMouseDown={keep} onClick={() => onFind(true)} aria-label={t('edit.findReplace')} title={t('edit.findReplaceTip')}>{t('edit.find')}</button>
      </span>
      <span className="tool-group" role="radiogroup" aria-label={t('edit.show')}>
        <button type="button" role="radio" aria-checked={markup} onMouseDown={keep} onClick={run(setMarkup(true))} title={t('edit.markupTip')}>{t('edit.markup')}</button>
        <button type="button" role="radio" aria-checked={!markup} onMouseDown={keep} onClick={run(setMarkup(false))} title={t('edit.cleanTip')}>{t('edit.clean')}</button>

      </span>
    </div>
  );
}
