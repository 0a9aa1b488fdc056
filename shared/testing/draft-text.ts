/**
 * A draft written out as plain text the way a secretariat's text file reads: title, symbol,
 * then headings and numbered paragraphs separated by blank lines. Tests and benchmarks turn
 * generated drafts into files with it (and from text into DOCX or PDF with LibreOffice).
 */
import { isParagraph, printedHeading, printedParagraph, type Draft } from '../model/draft';

/** The draft as text; `symbol` is printed under the title when given (or when the draft has one). */
export function draftText(draft: Draft, symbol: string | null = draft.symbol): string {
  const lines = [draft.title];
  if (symbol) lines.push(symbol);
  for (const b of draft.blocks) lines.push('', isParagraph(b) ? `${'    '.repeat(b.level)}${printedParagraph(b)}` : printedHeading(b));
  return lines.join('\n') + '\n';
}
