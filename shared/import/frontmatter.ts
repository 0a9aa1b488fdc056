/**
 * Front matter of a UN document: the document symbol ("A/AC.292/2025/CRP.1"), the date and the
 * distribution lines that sit above the title. They describe the draft rather than belong to its
 * text, so they become Draft fields instead of paragraphs.
 */

const SYMBOL_IN_TEXT = /(?:^|[\s(])([A-Z][A-Z0-9]{0,7}(?:\.\d+)?(?:\/[A-Za-z0-9][A-Za-z0-9.-]*)+)(?=$|[\s),;])/;
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

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
  const rest = text.replace(symbol, '').replace(/^\s*(document\s+)?symbol\s*:?/i, '').trim();
  return rest === '' || rest === '.';
}

/** ISO date (yyyy-mm-dd) of a line that is only a date ("12 March 2025", "March 12, 2025"), or null. */
export function parseDateLine(text: string): string | null {
  const t = text.trim().replace(/^(date\s*:\s*)/i, '').replace(/^[A-Z][a-z]+day,\s*/, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = /^([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  return null;
}

/** Distribution lines of the UN masthead ("Distr.: General", "Original: English"). */
export function isMastheadLine(text: string): boolean {
  return /^(distr\.?\s*:|original\s*:|limited\b|general\s*$)/i.test(text.trim());
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.toLowerCase()) + 1;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
