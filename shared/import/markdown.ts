/**
 * Markdown importer. `#` is the title, `##`/`###`/`####` are chapter, section and part headings,
 * ordered list items keep their printed numbers, indented "(a)" lines are subparagraphs.
 */
import type { ImportedContent } from './types';
import { parseInlineMarkdown } from './inline-markdown';
import { groupLines } from './lines';
import { recognizeStructure, type RawBlock } from './structure';

/** Imports Markdown into structured content. */
export function importMarkdown(source: string, language?: string): ImportedContent {
  const raws: RawBlock[] = [];
  let titleSeen = false;
  let inFence = false;
  const withoutFences = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !/^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || inFence; // thematic breaks
    })
    .join('\n');
  const groups = groupLines(withoutFences);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group[0]!.text.trim();
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(first);
    if (heading) {
      const hashes = heading[1]!.length;
      const level = hashes === 1 ? (titleSeen ? 1 : 0) : hashes - 1;
      if (level === 0) titleSeen = true;
      raws.push(inlineBlock(heading[2]!, { heading: level }));
      continue;
    }
    const joined = group.map((l) => l.text.trim().replace(/^>\s?/, '')).join(' ');
    const setext = /^=+$/.test(group[group.length - 1]!.text.trim()) && group.length > 1;
    if (setext) {
      const level = titleSeen ? 1 : 0;
      titleSeen = true;
      raws.push(inlineBlock(group.slice(0, -1).map((l) => l.text.trim()).join(' '), { heading: level }));
      continue;
    }
    const bullet = /^[-*+]\s+(.*)$/.exec(joined);
    if (bullet && !/^\*\*/.test(joined)) {
      raws.push(inlineBlock(bullet[1]!, { autoKind: 'bullet', listLevel: Math.floor(group[0]!.indent / 2) }));
      continue;
    }
    raws.push(inlineBlock(joined, {}));
  }
  return { format: 'markdown', notes: [], ...recognizeStructure(raws, { language }) };
}

function inlineBlock(source: string, extra: Omit<RawBlock, 'text' | 'runs'>): RawBlock {
  const runs = parseInlineMarkdown(source);
  return { text: runs.map((r) => r.text).join(''), runs, ...extra };
}
