/**
 * Find and replace in a working draft: every match highlighted, the current one selected, replace
 * one or all (one undoable step). Matches are searched in each paragraph's text, footnote
 * references skipped, case-insensitively unless asked otherwise.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { blockText, offsetToPos } from '../queries/offsets';

export interface FindQuery {
  text: string;
  caseSensitive: boolean;
}

export interface FindState {
  query: FindQuery;
  matches: { from: number; to: number }[];
  decorations: DecorationSet;
}

export const findKey = new PluginKey<FindState>('find');

const EMPTY: FindQuery = { text: '', caseSensitive: false };

/** Every match of the query in the document, in order. */
export function findMatches(doc: Node, query: FindQuery): { from: number; to: number }[] {
  if (!query.text) return [];
  const needle = query.caseSensitive ? query.text : query.text.toLocaleLowerCase();
  const out: { from: number; to: number }[] = [];
  doc.forEach((node, pos) => {
    if (!node.isTextblock) return;
    const bt = blockText(node);
    const hay = query.caseSensitive ? bt.text : bt.text.toLocaleLowerCase();
    // Lower-casing may change lengths (rare scripts): search the original then.
    const text = hay.length === bt.text.length ? hay : bt.text;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + Math.max(1, needle.length))) {
      out.push({ from: offsetToPos(pos, bt, i, true), to: offsetToPos(pos, bt, i + needle.length) });
    }
  });
  return out;
}

function compute(doc: Node, query: FindQuery, selectionFrom: number): FindState {
  const matches = findMatches(doc, query);
  const decos = matches.map((m) => Decoration.inline(m.from, m.to, { class: m.from === selectionFrom ? 'dw-find dw-find-current' : 'dw-find' }));
  return { query, matches, decorations: DecorationSet.create(doc, decos) };
}

/** The find plugin: set the query with `setFindQuery`. */
export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: EMPTY, matches: [], decorations: DecorationSet.empty }),
      apply(tr, prev, _old, state) {
        const query = (tr.getMeta(findKey) as FindQuery | undefined) ?? prev.query;
        if (!query.text) return prev.query.text ? { query, matches: [], decorations: DecorationSet.empty } : prev;
        if (query === prev.query && !tr.docChanged && !tr.selectionSet) return prev;
        return compute(state.doc, query, state.selection.from);
      },
    },
    props: { decorations: (state) => findKey.getState(state)?.decorations },
  });
}

/** Sets (or clears, with an empty text) what to find. */
export function setFindQuery(query: FindQuery): Command {
  return (state, dispatch) => {
    dispatch?.(state.tr.setMeta(findKey, query));
    return true;
  };
}

/** The matches and which one is selected (-1: none). */
export function findStatus(state: EditorState): { total: number; current: number } {
  const s = findKey.getState(state);
  if (!s) return { total: 0, current: -1 };
  const { from, to } = state.selection;
  return { total: s.matches.length, current: s.matches.findIndex((m) => m.from === from && m.to === to) };
}

/** Selects the next (or previous) match after the selection, wrapping around. */
export function findNext(backwards = false): Command {
  return (state, dispatch) => {
    const matches = findKey.getState(state)?.matches ?? [];
    if (matches.length === 0) return false;
    const { from, to } = state.selection;
    const next = backwards
      ? ([...matches].reverse().find((m) => m.to < to || (m.to === to && m.from < from)) ?? matches[matches.length - 1]!)
      : (matches.find((m) => m.from > from || (m.from === from && m.to > to)) ?? matches[0]!);
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, next.from, next.to)).scrollIntoView());
    return true;
  };
}

/** Replaces the selected match with `replacement` and selects the next one. */
export function replaceCurrent(replacement: string): Command {
  return (state, dispatch) => {
    const { from, to } = state.selection;
    const matches = findKey.getState(state)?.matches ?? [];
    if (!matches.some((m) => m.from === from && m.to === to)) return findNext()(state, dispatch);
    if (dispatch) {
      const tr = replacement ? state.tr.insertText(replacement, from, to) : state.tr.delete(from, to);
      const after = tr.mapping.map(to);
      const next = findMatches(tr.doc, findKey.getState(state)!.query).find((m) => m.from >= after);
      if (next) tr.setSelection(TextSelection.create(tr.doc, next.from, next.to));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Replaces every match, as one undoable step; returns false when there is none. */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const matches = findKey.getState(state)?.matches ?? [];
    if (matches.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const m of [...matches].reverse()) {
        if (replacement) tr.insertText(replacement, m.from, m.to);
        else tr.delete(m.from, m.to);
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}
