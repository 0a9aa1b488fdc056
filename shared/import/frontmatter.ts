/**
 * Front matter of a UN document: the document symbol ("A/AC.292/2025/CRP.1"), the date, the
 * distribution lines and the title of its masthead. They become Draft fields (symbol, date,
 * title) as well: the paragraphs themselves stay in the draft and are compared like any other.
 */
import { parseDateLine } from '../lang/dates';
import { isMastheadLine, isOrganLine, withoutSymbolLabel } from '../lang/structure';
import { STRUCTURE_PROFILE } from '../model/structure-words';

const SYMBOL_IN_TEXT = /(?:^|[\s(])([A-Z][A-Z0-9]{0,7}(?:\.\d+)?(?:\/[A-Za-z0-9][A-Za-z0-9.-]*)+)(?=$|[\s),;])/;

/** The first document symbol found in `text`, or null. A symbol has a slash and a digit. */
export function findSymbol(text: string): string | null {
  const m = SYMBOL_IN_TEXT.exec(text);
  if (!m) return null;
  const symbol = m[1]!.replace(/[.]+$/, '');
  return /\d/.test(symbol) ? symbol : null;
}

/** True when the line says nothing but the symbol ("A/78/265", "Symbol: A/78/265"). */
export function isSymbolLine(text: string): boolean {
  const symbol = findSymbol(text);
  if (!symbol) return false;
  const rest = withoutSymbolLabel(text.replace(symbol, ''), STRUCTURE_PROFILE);
  return rest === '' || rest === '.';
}

/** ISO date (yyyy-mm-dd) of a line that is only a date ("12 March 2025", "March 12, 2025"), or null. */
export function dateOfLine(text: string): string | null {
  // A date line is short; a long paragraph is not read (nor folded) as one.
  return text.length > 80 ? null : parseDateLine(text, STRUCTURE_PROFILE);
}

/** What the first lines of a document say about it, and which of them form its masthead. */
export interface FrontMatter {
  symbol: string | null;
  date: string | null;
  /** The masthead's title line (index into the lines), or -1 when the lines hold no masthead. */
  titleIndex: number;
}

/**
 * Reads the lines before a document's first structural element (heading, numbered paragraph).
 * The symbol and date are taken wherever they stand there. A masthead is there when a line is
 * only the symbol or a distribution line; its title is then the first line that is none of the
 * masthead's own (symbol, distribution, date, issuing body, session) and reads as a title.
 * Without a masthead, no line is guessed to be the title.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatter {
  let symbol: string | null = null;
  let date: string | null = null;
  let masthead = false;
  let titleIndex = -1;
  lines.forEach((text, i) => {
    symbol ??= findSymbol(text);
    const ownLine = isSymbolLine(text) || isMastheadLine(text, STRUCTURE_PROFILE);
    if (ownLine) masthead = true;
    const lineDate = dateOfLine(text);
    if (date === null && lineDate) date = lineDate;
    if (ownLine || lineDate || isOrganLine(text, STRUCTURE_PROFILE)) return;
    if (titleIndex < 0 && looksLikeTitle(text)) titleIndex = i;
  });
  return { symbol, date, titleIndex: masthead ? titleIndex : -1 };
}

/** A title is a short line that does not end like a sentence or a list item. */
function looksLikeTitle(text: string): boolean {
  return text.length > 0 && text.length <= 300 && !/[.;:,]$/.test(text);
}
