/** Helpers for the language profiles' tests: what a profile's matcher and scales find in a text. */
import type { LanguageProfile } from '../lang/types';
import { compileLanguagePatterns } from '../lang/matcher';
import { hedgeWords, strengthChange, type HedgeWord } from '../lang/hedging';

/** The spans of `text` where a term (its phrase and alternatives) is found, as written. */
export function found(profile: LanguageProfile, text: string, ...forms: string[]): string[] {
  return compileLanguagePatterns([{ key: 't', forms, inflect: true }], profile)
    .match(text)
    .map((m) => text.slice(m.start, m.end));
}

/** The scale words of a text, as written, with their scale: "modal:devraient", "qualifier:selon qu'il conviendra". */
export function scaleWords(profile: LanguageProfile, text: string): string[] {
  return hedgeWords(text, profile).map((w) => `${w.kind}:${w.text}`);
}

/** What became of the first modal (or operative verb) of `before` in `after`: weakened, strengthened or neither. */
export function change(profile: LanguageProfile, before: string, after: string, kind: 'modal' | 'verb' = 'modal'): string | null {
  const first = (t: string): HedgeWord | undefined => hedgeWords(t, profile).find((w) => w.kind === kind);
  const a = first(before);
  const b = first(after);
  if (!a || !b) throw new Error(`no ${kind} in "${a ? after : before}"`);
  return strengthChange(a, b);
}
