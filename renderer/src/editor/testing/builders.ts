/**
 * Builders for the editor's tests: base drafts with footnotes, emphasis and links (generated
 * negotiation prose, or the demo's real drafts), working-draft states, and random edits a person
 * might make, applied through the editor's own commands and transactions.
 */
/// <reference types="vite/client" />
import { TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { importText, toDraft } from '../../../../shared/import';
import type { Block, Draft } from '../../../../shared/model/draft';
import { newWorkingDraft } from '../../../../shared/draft/working';
import { generateDraft, prng } from '../../../../shared/testing/generator';
import { createEditorState, schemeFor } from '../setup';
import { docDraft } from '../convert/to-draft';
import { backspaceAtStart, insertParagraph, moveBlocks, setLevel, splitParagraph, toggleNumbered } from '../commands/blocks';
import { addAlternative, bracketSelection, removeBrackets } from '../commands/brackets';
import { setStatus } from '../commands/status';
import { insertFootnote } from '../commands/footnote';
import { marks } from '../schema/schema';
import { toggleMark } from 'prosemirror-commands';
import { undo } from 'prosemirror-history';
import rev1 from '../../../../assets/demo/rev1.md?raw';
import rev2 from '../../../../assets/demo/rev2.md?raw';

/** A generated draft with a footnote on every seventh paragraph, emphasis and a link here and there. */
export function richDraft(seed: number, paragraphs: number): Draft {
  const draft = generateDraft(seed, paragraphs, `base-${seed}`, 'Rev.2');
  let i = 0;
  const blocks = draft.blocks.map((b): Block => {
    if (b.kind !== 'paragraph') return b;
    i++;
    let out: Block = b;
    if (i % 7 === 3) out = { ...out, footnotes: [{ marker: String(Math.ceil(i / 7)), text: `See A/${70 + (i % 9)}/${100 + i}.` }] };
    if (i % 5 === 1 && b.text.length > 30) {
      const cut = b.text.indexOf(' ', 10);
      const runs = [{ text: b.text.slice(0, cut), marks: ['italic' as const] }, { text: b.text.slice(cut) }];
      out = { ...out, runs };
    }
    if (i % 11 === 4 && b.text.length > 30) {
      const runs = [{ text: b.text.slice(0, 8) }, { text: b.text.slice(8, 20), href: 'https://undocs.org/A/78/265' }, { text: b.text.slice(20) }];
      out = { ...out, runs };
    }
    return out;
  });
  return { ...draft, blocks };
}

const DEMO: Record<string, string> = { 'rev1.md': rev1, 'rev2.md': rev2 };

/** A demo draft (assets/demo), imported as the app imports it. */
export function demoDraft(file: 'rev1.md' | 'rev2.md' = 'rev2.md', label = 'Rev.2'): Draft {
  return toDraft(importText(DEMO[file]!, 'markdown', file), { fileName: file, label, id: `drf-${label}`, now: new Date('2026-03-20T00:00:00Z') });
}

/** A working-draft editor state on `base`. */
export function workingState(base: Draft, showMarkup = true): EditorState {
  const draft = newWorkingDraft(base, { id: 'wd-1', label: `${base.label} (working)`, now: new Date('2026-04-01T00:00:00Z') });
  return createEditorState({ draft, base, showMarkup });
}

/** The working draft an editor state stands for. */
export function stateDraft(state: EditorState, base: Draft): Draft {
  const template = newWorkingDraft(base, { id: 'wd-1', label: `${base.label} (working)`, now: new Date('2026-04-01T00:00:00Z') });
  return docDraft(state.doc, template, schemeFor(base));
}

/** Runs a command; the state after it (unchanged when the command does not apply). */
export function run(state: EditorState, command: Command): EditorState {
  let next = state;
  command(state, (tr: Transaction) => {
    next = state.apply(tr);
  });
  return next;
}

/** Applies a transaction built from the state. */
export function apply(state: EditorState, build: (tr: Transaction) => Transaction): EditorState {
  return state.apply(build(state.tr));
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** A random cursor position inside a random textblock. */
function randomTextPos(state: EditorState, r: Rand): number {
  const index = int(r, 0, state.doc.childCount - 1);
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos + 1 + int(r, 0, state.doc.child(index).content.size);
}

function select(state: EditorState, from: number, to = from): EditorState {
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, Math.min(from, to), Math.max(from, to))));
}

const WORDS = ['should', 'could', 'as appropriate', 'States', 'ransomware', 'in particular', '[', ']', 'non-binding', ' ', 'cyber mercenaries'];

/** Names of the edits `randomEdit` makes, for failure messages. */
export type EditName =
  | 'type' | 'delete-range' | 'delete-across' | 'split' | 'join' | 'level' | 'numbered' | 'bold' | 'move' | 'footnote'
  | 'bracket' | 'unbracket' | 'alternative' | 'status' | 'insert-paragraph' | 'paste-copy' | 'delete-block' | 'undo';

/** One random edit a drafter might make; returns the new state and what was done. */
export function randomEdit(state: EditorState, r: Rand): { state: EditorState; edit: EditName } {
  const edits: EditName[] = ['type', 'type', 'type', 'delete-range', 'delete-range', 'delete-across', 'split', 'join', 'level', 'numbered', 'bold', 'move', 'footnote', 'bracket', 'unbracket', 'alternative', 'status', 'insert-paragraph', 'paste-copy', 'delete-block', 'undo'];
  const edit = edits[int(r, 0, edits.length - 1)]!;
  const at = randomTextPos(state, r);
  const s = select(state, at);
  switch (edit) {
    case 'type':
      return { state: apply(s, (tr) => tr.insertText(`${WORDS[int(r, 0, WORDS.length - 1)]!} `, at)), edit };
    case 'delete-range': {
      const $at = s.doc.resolve(at);
      const end = Math.min($at.end(), at + int(r, 1, 40));
      return { state: end > at ? apply(s, (tr) => tr.delete(at, end)) : s, edit };
    }
    case 'delete-across': {
      const other = randomTextPos(state, r);
      const [from, to] = [Math.min(at, other), Math.max(at, other)];
      return { state: to > from && to - from < 600 ? apply(s, (tr) => tr.deleteRange(from, to)) : s, edit };
    }
    case 'split':
      return { state: run(s, splitParagraph), edit };
    case 'join': {
      const $at = s.doc.resolve(at);
      return { state: run(select(s, $at.start()), backspaceAtStart), edit };
    }
    case 'level':
      return { state: run(s, setLevel(r() < 0.6 ? 1 : -1)), edit };
    case 'numbered':
      return { state: run(s, toggleNumbered), edit };
    case 'bold': {
      const $at = s.doc.resolve(at);
      const end = Math.min($at.end(), at + int(r, 1, 30));
      return { state: run(select(s, at, end), toggleMark(r() < 0.5 ? marks.bold : marks.italic)), edit };
    }
    case 'move':
      return { state: run(s, moveBlocks(r() < 0.5 ? -1 : 1)), edit };
    case 'footnote':
      return { state: run(s, insertFootnote(`See document A/${int(r, 60, 80)}/${int(r, 1, 400)}.`)), edit };
    case 'bracket': {
      const $at = s.doc.resolve(at);
      const end = Math.min($at.end(), at + int(r, 0, 25));
      return { state: run(select(s, at, end), bracketSelection), edit };
    }
    case 'unbracket':
      return { state: run(s, removeBrackets), edit };
    case 'alternative': {
      const $at = s.doc.resolve(at);
      const end = Math.min($at.end(), at + int(r, 1, 25));
      return { state: run(select(s, at, end), addAlternative), edit };
    }
    case 'status':
      return { state: run(s, setStatus((['agreed', 'agreed-ad-ref', 'pending', null] as const)[int(r, 0, 3)]!)), edit };
    case 'insert-paragraph': {
      const next = run(s, insertParagraph(r() < 0.5));
      return { state: apply(next, (tr) => tr.insertText('A new paragraph proposed by a delegation.')), edit };
    }
    case 'paste-copy': {
      // A copy of a paragraph pasted elsewhere: the copy must not take the original's identity.
      const i = int(r, 0, s.doc.childCount - 1);
      const node = s.doc.child(i);
      let pos = 0;
      for (let k = 0; k < int(r, 0, s.doc.childCount); k++) pos += s.doc.child(k).nodeSize;
      return { state: apply(s, (tr) => tr.insert(pos, node)), edit };
    }
    case 'delete-block': {
      if (s.doc.childCount < 2) return { state: s, edit };
      const i = int(r, 0, s.doc.childCount - 1);
      let pos = 0;
      for (let k = 0; k < i; k++) pos += s.doc.child(k).nodeSize;
      return { state: apply(s, (tr) => tr.delete(pos, pos + s.doc.child(i).nodeSize)), edit };
    }
    case 'undo':
      return { state: run(s, undo), edit };
  }
}

/** `n` random edits from `state` with a seeded generator. */
export function randomEdits(state: EditorState, seed: number, n: number): { state: EditorState; edits: EditName[] } {
  const r = prng(seed);
  const edits: EditName[] = [];
  let s = state;
  for (let i = 0; i < n; i++) {
    const out = randomEdit(s, r);
    s = out.state;
    edits.push(out.edit);
  }
  return { state: s, edits };
}
