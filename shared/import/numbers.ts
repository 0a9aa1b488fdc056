/**
 * Printed numbers: roman numerals and letter sequences, used both to print Word's automatic
 * numbering and to read numbers typed into the text.
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** Lower-case roman numeral for n ≥ 1 (falls back to decimal outside 1..3999). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Value of a roman numeral (either case), or null when it is not a well-formed one. */
export function fromRoman(s: string): number | null {
  const lower = s.toLowerCase();
  if (!/^[ivxlcdm]+$/.test(lower)) return null;
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let i = 0; i < lower.length; i++) {
    const cur = map[lower[i]!]!;
    const next = i + 1 < lower.length ? map[lower[i + 1]!]! : 0;
    total += cur < next ? -cur : cur;
  }
  return toRoman(total) === lower ? total : null;
}

/** Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated, as Word prints it). */
export function toLetters(n: number): string {
  if (!Number.isInteger(n) || n < 1) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Value of a Word letter number ("c" → 3, "aa" → 27), or null. */
export function fromLetters(s: string): number | null {
  const lower = s.toLowerCase();
  if (!/^([a-z])\1*$/.test(lower)) return null;
  return (lower.length - 1) * 26 + (lower.charCodeAt(0) - 96);
}
