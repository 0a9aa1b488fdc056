/**
 * Sanitised comment HTML as a list of blocks of styled runs, for writers that are not browsers
 * (the Word brief, Word comments). Reads only what sanitize.ts can emit.
 */
import { decodeEntities } from '../import/html-entities';
import { sanitizeComment } from './sanitize';

export interface RichRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

export interface RichBlock {
  /** A list item's list ('ul' bullet, 'ol' numbered, with its 1-based number), or a paragraph. */
  list: { kind: 'ul' | 'ol'; n: number } | null;
  runs: RichRun[];
}

/** The comment's blocks and runs. */
export function commentBlocks(html: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  let cur = null as RichBlock | null;
  let bold = 0;
  let italic = 0;
  let href: string | null = null;
  const lists: { kind: 'ul' | 'ol'; n: number }[] = [];
  const start = (list: RichBlock['list']) => {
    cur = { list, runs: [] };
    blocks.push(cur);
    return cur;
  };
  for (const m of sanitizeComment(html).matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      const block: RichBlock = cur ?? start(null);
      block.runs.push({ text: decodeEntities(m[4]), ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(href ? { href } : {}) });
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!;
    if (tag === 'strong') bold += closing ? -1 : 1;
    else if (tag === 'em') italic += closing ? -1 : 1;
    else if (tag === 'a') href = closing ? null : decodeEntities(/href="([^"]*)"/.exec(m[3] ?? '')?.[1] ?? '') || null;
    else if (tag === 'ul' || tag === 'ol') {
      if (closing) lists.pop();
      else lists.push({ kind: tag, n: 0 });
      cur = null;
    } else if (tag === 'li') {
      if (closing) cur = null;
      else {
        const l = lists[lists.length - 1];
        if (l) l.n++;
        start(l ? { kind: l.kind, n: l.n } : null);
      }
    } else if (tag === 'p') cur = closing ? null : start(lists.length ? cur?.list ?? null : null);
    else if (tag === 'br') {
      const block: RichBlock = cur ?? start(null);
      block.runs.push({ text: '\n' });
    }
  }
  return blocks.filter((b) => b.runs.some((r) => r.text.trim()));
}
