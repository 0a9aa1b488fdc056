/**
 * Front matter of a UN document: the document symbol ("A/AC.292/2025/CRP.1"), the date, the
 * distribution lines and the title of its masthead. They become Draft fields (symbol, date,
 * title) as well: the paragraphs themselves stay in the draft and are compared like any other.
 */
import { LANGUAGES, readDateLine } from '../lang/registry';
import { isMastheadLine, isOrganLine, withoutSymbolLabel } from '../lang/structure';
import type { LanguageProfile } from '../lang/types';
import { STRUCTURE_PROFILE } from '../model/structure-words';

const SYMBOL_IN_TEXT = /(?:^|[\s(])([A-Z][A-Z0-9]{0,7}(?:\.\d+)?(?:\/[A-Za-z0-9][A-Za-z0-9.-]*)+)(?=$|[\s),;])/;

/** The first document symbol found in `text`, or null. A symbol has a slash and a digit. */
export function findSymbol(text: string): string | null {
  const m = SYMBOL_IN_TEXT.exec(text);
  if (!m) return null;
  const symbol = m[1]!.replace(/[.]+$/, '');
  return /\d/.test(symbol) ? symbol : null;
}

/**
 * True when the line says nothing but the symbol ("A/78/265", "Symbol: A/78/265", "Cote : A/78/265").
 * The label is read in `profile`'s language, or in any language when none is given.
 */
export function isSymbolLine(text: string, profile?: LanguageProfile): boolean {
  const symbol = findSymbol(text);
  if (!symbol) return false;
  const without = text.replace(symbol, '');
  return (profile ? [profile] : LANGUAGES).some((p) => {
    const rest = withoutSymbolLabel(without, p);
    return rest === '' || rest === '.';
  });
}

/**
 * ISO date (yyyy-mm-dd) of a line that is only a date ("12 March 2025", "12 mars 2025"), or null:
 * read in `profile`'s language first, then in every other.
 */
export function dateOfLine(text: string, profile: LanguageProfile = STRUCTURE_PROFILE): string | null {
  // A date line is short; a long paragraph is not read (nor folded) as one.
  return text.length > 80 ? null : readDateLine(text, profile);
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
export function readFrontMatter(lines: readonly string[], profile: LanguageProfile = STRUCTURE_PROFILE): FrontMatter {
  let symbol: string | null = null;
  let date: string | null = null;
  let masthead = false;
  let titleIndex = -1;
  lines.forEach((text, i) => {
    symbol ??= findSymbol(text);
    const ownLine = isSymbolLine(text, profile) || isMastheadLine(text, profile);
    if (ownLine) masthead = true;
    const lineDate = dateOfLine(text, profile);
    if (date === null && lineDate) date = lineDate;
    if (ownLine || lineDate || isOrganLine(text, profile)) return;
    if (titleIndex < 0 && looksLikeTitle(text)) titleIndex = i;
  });
  return { symbol, date, titleIndex: masthead ? titleIndex : -1 };
}

/** A title is a short line that does not end like a sentence or a list item. */
function looksLikeTitle(text: string): boolean {
  return text.length > 0 && text.length <= 300 && !/[.;:,]$/.test(text);
}
