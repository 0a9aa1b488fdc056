/**
 * Markdown inline syntax to runs: `**bold**`, `__bold__`, `*italic*`, `_italic_`, links and code
 * reduced to their text, backslash escapes honoured. Square brackets that are not links stay as
 * they are: in negotiation texts they mark unagreed language.
 */
import type { Mark, Run } from '../model/draft';
import { mergeRuns } from './runs';

const DELIMS = ['***', '**', '__', '*', '_'] as const;

/** Runs of a line of Markdown inline text. */
export function parseInlineMarkdown(source: string): Run[] {
  const text = source
    .replace(/!\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\((?:https?:|mailto:|#|\.{0,2}\/)[^)\s]*\)/g, '$1')
    .replace(/<\/?(?:br|span|u|sup|sub)\b[^>]*>/gi, '');
  const closers = closerIndex(text);
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  let buf = '';
  const emit = (): void => {
    if (buf === '') return;
    const marks: Mark[] = [];
    if (bold) marks.push('bold');
    if (italic) marks.push('italic');
    runs.push(marks.length ? { text: buf, marks } : { text: buf });
    buf = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[\\`*_{}[\]()#+\-.!>~|]/.test(text[i + 1]!)) {
      buf += text[i + 1];
      i += 2;
      continue;
    }
    if (ch === '`') {
      const close = text.indexOf('`', i + 1);
      if (close > i) {
        buf += text.slice(i + 1, close);
        i = close + 1;
        continue;
      }
    }
    const delim = DELIMS.find((d) => text.startsWith(d, i));
    if (delim) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + delim.length] ?? ' ';
      const isUnderscore = delim[0] === '_';
      const wordy = /[\p{L}\p{N}]/u;
      const canOpen = !/\s/.test(after) && (!isUnderscore || !wordy.test(before)) && hasCloser(closers, delim, i + delim.length);
      const closes = (delim.length === 3 ? bold && italic : delim.length === 2 ? bold : italic) && !/\s/.test(before) && (!isUnderscore || !wordy.test(after));
      if (closes || canOpen) {
        emit();
        if (delim.length === 3) {
          bold = !bold;
          italic = !italic;
        } else if (delim.length === 2) {
          bold = !bold;
        } else {
          italic = !italic;
        }
        i += delim.length;
        continue;
      }
    }
    buf += ch;
    i++;
  }
  emit();
  return mergeRuns(runs);
}

/** Positions where each delimiter could close (preceded by a non-space), ascending. */
function closerIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>(DELIMS.map((d) => [d, []]));
  for (let i = 1; i < text.length; i++) {
    const ch = text[i];
    if ((ch !== '*' && ch !== '_') || /\s/.test(text[i - 1]!)) continue;
    for (const d of DELIMS) if (text.startsWith(d, i)) index.get(d)!.push(i);
  }
  return index;
}

/** True when `delim` can close somewhere after `from` (binary search in the closer index). */
function hasCloser(closers: Map<string, number[]>, delim: string, from: number): boolean {
  const list = closers.get(delim) ?? [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from + 1) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length;
}
