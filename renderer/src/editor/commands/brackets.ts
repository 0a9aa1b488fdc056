/**
 * Negotiation markup: brackets around text not yet agreed, and alternatives ("[Alt 1: …] [Alt 2: …]")
 * for a passage. Both are typed characters of the text, as in every circulated draft, so they
 * travel with it into comparisons, the tracker and exports.
 */
import { TextSelection, type Command } from 'prosemirror-state';
import { findBrackets } from '../../../../shared/model/brackets';
import { alternativesOf, findAlternatives, type Alternative } from '../../../../shared/draft/alternatives';
import { blockText, offsetToPos, posToOffset } from '../queries/offsets';

/** Puts the selection in square brackets (or an empty pair at the cursor). */
export const bracketSelection: Command = (state, dispatch) => {
  const { from, to, empty } = state.selection;
  if (!state.selection.$from.parent.isTextblock) return false;
  if (dispatch) {
    const tr = state.tr.insertText(']', to).insertText('[', from);
    const sel = empty ? TextSelection.create(tr.doc, from + 1) : TextSelection.create(tr.doc, from, to + 2);
    dispatch(tr.setSelection(sel).scrollIntoView());
  }
  return true;
};

interface InBlock {
  pos: number;
  offset: number;
  endOffset: number;
}

function whereInBlock(state: Parameters<Command>[0]): InBlock | null {
  const { $from, $to } = state.selection;
  if ($from.depth !== 1 || !$from.sameParent($to)) return null;
  const pos = $from.before();
  return { pos, offset: posToOffset($from.parent, pos, $from.pos), endOffset: posToOffset($from.parent, pos, $to.pos) };
}

/** The alternative group and wording around the selection, if any. */
function alternativeAt(text: string, offset: number, end: number): { group: Alternative[]; alt: Alternative } | null {
  for (const group of findAlternatives(text)) {
    for (const alt of group) if (offset > alt.start && end < alt.end) return { group, alt };
  }
  return null;
}

/** Keeps one wording of an alternative group: the group becomes that wording, unbracketed. */
export const chooseAlternative: Command = (state, dispatch) => {
  const at = whereInBlock(state);
  if (!at) return false;
  const node = state.doc.nodeAt(at.pos)!;
  const bt = blockText(node);
  const found = alternativeAt(bt.text, at.offset, at.endOffset);
  if (!found) return false;
  if (dispatch) {
    const { group, alt } = found;
    const from = offsetToPos(at.pos, bt, group[0]!.start);
    const to = offsetToPos(at.pos, bt, group[group.length - 1]!.end);
    const tr = state.tr.insertText(bt.text.slice(alt.textStart, alt.textEnd), from, to);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, from, from + (alt.textEnd - alt.textStart))).scrollIntoView());
  }
  return true;
};

/**
 * Removes the brackets around the cursor (the innermost pair): the text inside is agreed. Inside
 * an alternative, keeps that wording instead.
 */
export const removeBrackets: Command = (state, dispatch) => {
  const at = whereInBlock(state);
  if (!at) return false;
  const node = state.doc.nodeAt(at.pos)!;
  const bt = blockText(node);
  if (alternativeAt(bt.text, at.offset, at.endOffset)) return chooseAlternative(state, dispatch);
  const span = findBrackets(bt.text)
    .filter((b) => b.balanced && ((b.start < at.offset && at.endOffset < b.end) || (b.start === at.offset && b.end === at.endOffset)))
    .sort((a, b) => b.depth - a.depth)[0];
  if (!span) return false;
  if (dispatch) {
    const open = offsetToPos(at.pos, bt, span.start, true);
    const close = offsetToPos(at.pos, bt, span.end - 1, true);
    dispatch(state.tr.delete(close, close + 1).delete(open, open + 1).scrollIntoView());
  }
  return true;
};

/**
 * Offers the selected passage as alternatives: "[Alt 1: passage] [Alt 2: passage]" with the
 * second wording selected to be typed over. Inside an alternative group, adds one more wording.
 */
export const addAlternative: Command = (state, dispatch) => {
  const at = whereInBlock(state);
  if (!at) return false;
  const node = state.doc.nodeAt(at.pos)!;
  const bt = blockText(node);
  const found = alternativeAt(bt.text, at.offset, at.endOffset);
  if (found) {
    if (dispatch) {
      const lastAlt = found.group[found.group.length - 1]!;
      const wording = bt.text.slice(found.alt.textStart, found.alt.textEnd);
      const label = `[Alt ${Math.max(...found.group.map((a) => a.n)) + 1}: `;
      const pos = offsetToPos(at.pos, bt, lastAlt.end, true);
      const tr = state.tr.insertText(` ${label}${wording}]`, pos);
      const start = pos + 1 + label.length;
      dispatch(tr.setSelection(TextSelection.create(tr.doc, start, start + wording.length)).scrollIntoView());
    }
    return true;
  }
  if (state.selection.empty) return false;
  if (dispatch) {
    const passage = bt.text.slice(at.offset, at.endOffset);
    const text = alternativesOf([passage, passage]);
    const from = state.selection.from;
    const tr = state.tr.insertText(text, from, state.selection.to);
    const second = from + text.lastIndexOf(passage);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, second, second + passage.length)).scrollIntoView());
  }
  return true;
};
