/**
 * Dates as UN documents print them in each language: "12 March 2025", "12 mars 2025",
 * "12 de marzo de 2025", "12 марта 2025 года", "12 آذار/مارس 2025", "2025年3月12日". A profile
 * gives month names (in the case used in dates: Russian genitive), weekdays and templates;
 * `parseDateLine` reads a line that is only a date, `formatDate` prints one.
 */
import { foldPhrase } from '../track/fold';
import { asciiDigits } from './number';
import { escapeRegExp as escape } from './script';
import type { LanguageProfile } from './types';

/** A date line, folded for reading: digits in ASCII, spacing around slashes removed ("آذار / مارس"). */
const prepare = (text: string): string => foldPhrase(asciiDigits(text)).replace(/\s*\/\s*/g, '/');

interface Compiled {
  re: RegExp;
  /** The order of the captured fields. */
  fields: ('d' | 'm' | 'month' | 'y')[];
}

const cache = new WeakMap<LanguageProfile, { formats: Compiled[]; months: Map<string, number>; prefix: RegExp }>();

function compile(profile: LanguageProfile) {
  let c = cache.get(profile);
  if (c) return c;
  const months = new Map<string, number>();
  profile.dates.months.forEach((forms, i) => forms.forEach((f) => months.set(prepare(f), i + 1)));
  const names = [...months.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  const firstDay = profile.dates.firstDay ? `(?:${escape(foldPhrase(profile.dates.firstDay.replace(/^1/, '')))})?` : '';
  const formats = profile.dates.formats.map((template): Compiled => {
    const fields: Compiled['fields'] = [];
    const source = prepare(template)
      .split(/(\{d\}|\{m\}|\{month\}|\{y\})/)
      .map((part) => {
        switch (part) {
          case '{d}':
            fields.push('d');
            return `(\\d{1,2})${firstDay}`;
          case '{m}':
            fields.push('m');
            return '(\\d{1,2})';
          case '{month}':
            fields.push('month');
            return `(${names})`;
          case '{y}':
            fields.push('y');
            return '(\\d{4})';
          default:
            return escape(part).replace(/ /g, '\\s*');
        }
      })
      .join('');
    return { re: new RegExp(`^${source}$`, 'u'), fields };
  });
  const weekdays = profile.dates.weekdays.map((w) => escape(foldPhrase(w))).join('|');
  const prefix = new RegExp(`^(?:${weekdays})\\s*[,،]?\\s*`, 'u');
  c = { formats, months, prefix };
  cache.set(profile, c);
  return c;
}

/** ISO date (yyyy-mm-dd) of a line that is only a date in the profile's language, or null. */
export function parseDateLine(text: string, profile: LanguageProfile): string | null {
  const { formats, months, prefix } = compile(profile);
  let t = text.trim();
  if (profile.dates.label) t = t.replace(profile.dates.label, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asciiDigits(t.trim()));
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  t = prepare(t);
  if (profile.dates.weekdays.length > 0) t = t.replace(prefix, '');
  for (const { re, fields } of formats) {
    const m = re.exec(t);
    if (!m) continue;
    const value = { d: 0, m: 0, y: 0 };
    fields.forEach((field, i) => {
      const s = m[i + 1]!;
      if (field === 'month') value.m = months.get(s) ?? 0;
      else value[field] = Number(s);
    });
    const date = isoDate(value.y, value.m, value.d);
    if (date) return date;
  }
  return null;
}

/** An ISO date (yyyy-mm-dd) printed the way the language prints dates (its first format). */
export function formatDate(iso: string, profile: LanguageProfile): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === null) throw new RangeError(`"${iso}" is not a date written yyyy-mm-dd.`);
  const [y, month, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = d === 1 && profile.dates.firstDay ? profile.dates.firstDay : String(d);
  return profile.dates.formats[0]!
    .replace('{d}', day)
    .replace('{m}', String(month))
    .replace('{month}', profile.dates.months[month - 1]![0]!)
    .replace('{y}', String(y));
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
