/**
 * Arabic light stemming for matching watched terms, after Larkey's "light10": an ending of
 * number or gender, then the nisba of adjectives, are removed (never below three letters), so
 * "مناقشة"/"مناقشات" and "السيبراني"/"السيبرانيون"/"السيبرانية" meet, while "التكنولوجيا"
 * (technology) stays apart from "التكنولوجي" (technological). Proclitics (و، ف، ب، ل، ك and the
 * article) are the matcher's business: they are listed in the Arabic profile. Words are folded
 * first (hamza and short vowels gone); the tatweel and the alef maqsura are normalised here.
 */

// Endings of number and gender (and the pronoun ها), then the nisba ي that makes an adjective:
// "سيبرانيون" = سيبران + ي + ون. The dual ان is left on: too many nouns end in it ("برلمان").
const ENDINGS = ['ات', 'ون', 'ين', 'ها', 'ة', 'ه'];
const NISBA = 'ي';
const MIN = 3;

/** The light stem of a folded Arabic word. */
export function arabicStem(folded: string): string {
  let w = folded.replace(/\u0640/g, '').replace(/\u0649/g, '\u064a');
  const ending = ENDINGS.find((x) => w.endsWith(x) && w.length - x.length >= MIN);
  if (ending !== undefined) w = w.slice(0, -ending.length);
  if (w.endsWith(NISBA) && w.length - NISBA.length >= MIN) w = w.slice(0, -NISBA.length);
  return w;
}
