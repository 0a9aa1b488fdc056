/**
 * `draftwatch compare` as text for people, in the form `git diff --word-diff` users read: each
 * change under a header naming its paragraph numbers (and, for moves, splits and merges, the
 * sections it left and entered), each hunk with a few words of context, `[-deleted-]` and
 * `{+inserted+}`. Hunks that change only spacing or line breaks are not shown.
 */
import { SECTION_SEPARATOR } from '../../../shared/compare/summary';
import type { Change, Comparison, DiffOp } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import type { Palette } from '../color';

/** Words of context printed on each side of a hunk. */
export const CONTEXT_WORDS = 4;

const numbers = (refs: Change['base']): string => (refs.length ? `¶${refs.map((r) => r.number ?? '(unnumbered)').join(', ')}` : '');
const section = (s: readonly string[] | undefined): string => (s && s.length ? s.join(SECTION_SEPARATOR) : '(before the first heading)');

/** "moved ¶14 → ¶21, from “A › Recommended next steps” to “A › Discussion”". */
export function changeHeader(c: Change): string {
  const from = numbers(c.base);
  const to = numbers(c.target);
  if (c.kind === 'deleted') return `deleted ${from} from “${section(c.baseSection)}”`;
  if (c.kind === 'inserted') return `inserted ${to} in “${section(c.targetSection)}”`;
  const head = `${c.kind} ${from} → ${to}`;
  if (c.kind === 'moved' || c.kind === 'split' || c.kind === 'merged') {
    return c.crossSection
      ? `${head}, from “${section(c.baseSection)}” to “${section(c.targetSection)}”`
      : `${head}, within “${section(c.targetSection)}”`;
  }
  return `${head} in “${section(c.targetSection)}”`;
}

/** The last `n` words of `text` (with the space before them), and whether words were cut. */
function tail(text: string, n: number): [string, boolean] {
  const m = new RegExp(`(?:\\S+\\s+){0,${n - 1}}\\S*\\s*$`, 'u').exec(text);
  const s = m ? m[0] : text;
  return [s, s.length < text.length];
}

/** The first `n` words of `text`, and whether words were cut. */
function head(text: string, n: number): [string, boolean] {
  const m = new RegExp(`^\\s*\\S*(?:\\s+\\S+){0,${n - 1}}`, 'u').exec(text);
  const s = m ? m[0] : text;
  return [s, s.length < text.length];
}

const flat = (text: string): string => text.replace(/\s*\n\s*/g, ' ¶ ');

/**
 * The diff with runs of changes that touch only spacing or line breaks read as unchanged text
 * (their target side), equal stretches merged.
 */
function visibleOps(diff: readonly DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  const push = (op: DiffOp): void => {
    const last = out[out.length - 1];
    if (last && last[0] === '=' && op[0] === '=') out[out.length - 1] = ['=', last[1] + op[1]];
    else out.push(op);
  };
  for (let i = 0; i < diff.length; ) {
    if (diff[i]![0] === '=') {
      push(diff[i++]!);
      continue;
    }
    let j = i;
    while (j < diff.length && diff[j]![0] !== '=') j++;
    const run = diff.slice(i, j);
    if (run.every(([, t]) => t.trim() === '')) push(['=', run.filter(([op]) => op === '+').map(([, t]) => t).join('')]);
    else run.forEach(push);
    i = j;
  }
  return out;
}

/** The diff's hunks, each with a few words of context, as lines; whitespace-only hunks are left out. */
export function hunkLines(diff: readonly DiffOp[], p: Palette, context = CONTEXT_WORDS): string[] {
  const ops = visibleOps(diff);
  const lines: string[] = [];
  let line: string | null = null;
  for (let i = 0; i < ops.length; i++) {
    const [op, text] = ops[i]!;
    if (op !== '=') {
      if (line === null) line = '';
      line += op === '-' ? p.deleted(`[-${flat(text)}-]`) : p.inserted(`{+${flat(text)}+}`);
      continue;
    }
    const last = i === ops.length - 1;
    const words = text.trim() ? text.trim().split(/\s+/u).length : 0;
    if (line !== null && !last && words <= 2 * context) {
      line += flat(text);
      continue;
    }
    if (line !== null) {
      const [h, cut] = head(text, context);
      lines.push(line + flat(h) + (cut ? p.dim('…') : ''));
      line = null;
    }
    if (!last) {
      const [t, cut] = tail(text, context);
      line = (cut ? p.dim('…') : '') + flat(t);
    }
  }
  if (line !== null) lines.push(line);
  return lines;
}

/** The whole comparison as text: a title line, the counts, then every change that is not "unchanged". */
export function comparisonText(comparison: Comparison, base: Draft, target: Draft, names: [string, string], p: Palette): string[] {
  const s = comparison.summary;
  const out = [
    p.header(`${base.label} (${names[0]}) → ${target.label} (${names[1]})`),
    `${s.counts.modified} modified, ${s.counts.moved} moved, ${s.counts.split} split, ${s.counts.merged} merged, ` +
      `${s.counts.deleted} deleted, ${s.counts.inserted} inserted, ${s.counts.unchanged} unchanged; ` +
      `+${s.wordsInserted} / −${s.wordsDeleted} words`,
  ];
  const text = (draft: Draft, refs: Change['base']): string => refs.map((r) => draft.blocks[r.index]?.text ?? '').join('\n');
  for (const c of comparison.changes) {
    if (c.kind === 'unchanged') continue;
    out.push('', p.header(changeHeader(c)));
    let lines: string[];
    if (c.kind === 'deleted') lines = [p.deleted(`[-${flat(text(base, c.base))}-]`)];
    else if (c.kind === 'inserted') lines = [p.inserted(`{+${flat(text(target, c.target))}+}`)];
    else lines = c.diff ? hunkLines(c.diff, p) : [];
    if (!lines.length) lines = [p.dim(c.kind === 'modified' ? '(renumbered or respaced only)' : '(wording unchanged)')];
    for (const l of lines) out.push(`  ${l}`);
  }
  return out;
}
