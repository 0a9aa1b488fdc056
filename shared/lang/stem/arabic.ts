/**
 * Arabic light stemming for matching watched terms, after Larkey's "light10": the suffixes of
 * number, gender and nisba adjectives are removed (up to two, never below three letters), so
 * "مناقشة"/"مناقشات" and "السيبراني"/"السيبرانيون"/"السيبرانية" meet, while "التكنولوجيا"
 * (technology) stays apart from "التكنولوجي" (technological). Proclitics (و، ف، ب، ل، ك and the
 * article) are the matcher's business: they are listed in the Arabic profile. Words are folded
 * first (hamza and short vowels gone); the tatweel and the alef maqsura are normalised here.
 */

const SUFFIXES = ['ات', 'ان', 'ون', 'ين', 'ية', 'يه', 'ها', 'ة', 'ه', 'ي'];

/** The light stem of a folded Arabic word. */
export function arabicStem(folded: string): string {
  let w = folded.replace(/\u0640/g, '').replace(/\u0649/g, '\u064a');
  for (let round = 0; round < 2; round++) {
    const s = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    if (s === undefined) break;
    w = w.slice(0, -s.length);
  }
  return w;
}
