/**
 * The fixed words of the exports (HTML/PDF redline, side-by-side table, DOCX cover block, tracker
 * HTML, report site chrome) in each interface language. Exports take a `uiLanguage` (English by
 * default, so the command line's output is unchanged unless asked) and read their words here;
 * the documents' own text keeps its language (document-language.ts). Each language's table is a
 * file of its own (strings-en.ts is the source of keys; strings-fr.ts, strings-es.ts).
 */
import { en } from './strings-en';
import { fr } from './strings-fr';
import { es } from './strings-es';
import type { ExportStrings } from './strings-en';
import { CHANGE_KINDS } from '../compare/summary';
import type { ChangeKind } from '../compare/types';

export type { ExportStrings } from './strings-en';

export const UI_LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español' } as const;
export type UiLanguage = keyof typeof UI_LANGUAGE_NAMES;

export function isUiLanguage(code: string): code is UiLanguage {
  return Object.prototype.hasOwnProperty.call(UI_LANGUAGE_NAMES, code);
}

const TABLES: Record<UiLanguage, ExportStrings> = { en, fr, es };

/** The words of an export in `lang` (English when none or unknown). */
export function exportStrings(lang?: string | null): ExportStrings {
  return lang && isUiLanguage(lang) ? TABLES[lang] : en;
}

const LANGUAGE_OF = new Map<ExportStrings, UiLanguage>((Object.keys(TABLES) as UiLanguage[]).map((l) => [TABLES[l], l]));

/** Whether `n` takes the singular in the language of `s` (French: 0 and 1; English, Spanish: 1). */
const PLURAL_RULES = new Map<UiLanguage, Intl.PluralRules>();

function one(s: ExportStrings, n: number): boolean {
  const lang = LANGUAGE_OF.get(s) ?? 'en';
  let rules = PLURAL_RULES.get(lang);
  if (!rules) PLURAL_RULES.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n) === 'one';
}

const COUNT_WORDS: Record<Exclude<ChangeKind, 'unchanged'>, readonly [keyof ExportStrings, keyof ExportStrings]> = {
  modified: ['countModifiedOne', 'countModified'],
  moved: ['countMovedOne', 'countMoved'],
  split: ['countSplitOne', 'countSplit'],
  merged: ['countMergedOne', 'countMerged'],
  deleted: ['countDeletedOne', 'countDeleted'],
  inserted: ['countInsertedOne', 'countInserted'],
};

/** `one` or `many` filled with { n }, as `n` takes the singular or the plural in the language of `s`. */
export function fillCount(s: ExportStrings, n: number, oneKey: keyof ExportStrings, manyKey: keyof ExportStrings): string {
  return fill(s[one(s, n) ? oneKey : manyKey], { n });
}

/** "3 modified · 1 moved": the kinds of change that occur, in the summary's order, each word agreeing with its count; "no changes" when none. */
export function countsLine(counts: Readonly<Partial<Record<ChangeKind, number>>>, s: ExportStrings = en): string {
  const parts = CHANGE_KINDS.filter((k) => k !== 'unchanged' && (counts[k] ?? 0) > 0).map((k) => {
    const n = counts[k]!;
    const [singular, plural] = COUNT_WORDS[k as Exclude<ChangeKind, 'unchanged'>];
    return `${n} ${s[one(s, n) ? singular : plural]}`;
  });
  return parts.length ? parts.join(' · ') : s.noChanges;
}

/** "12 words inserted, 1 deleted". */
export function wordsInOutLine(inserted: number, deleted: number, s: ExportStrings = en): string {
  return fillCount(s, inserted, 'wordsInsertedOne', 'wordsInserted') + s.listComma + fillCount(s, deleted, 'wordsDeletedOne', 'wordsDeleted');
}

/** "Column {n}" with { n: 2 } → "Column 2". An unknown name stays as written (a bug shows, never a blank). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** ` lang="fr" dir="ltr"`: the attributes of the exporter's own words (all interface languages run left to right). */
export function chromeAttributes(lang?: string | null): string {
  return ` lang="${lang && isUiLanguage(lang) ? lang : 'en'}" dir="ltr"`;
}

/** "Page {page} of {pages}" → ['Page ', { name: 'page' }, ' of ', { name: 'pages' }]: for fields (Word's page numbers) in a template. */
export function templateParts(template: string): (string | { name: string })[] {
  return template.split(/(\{\w+\})/).filter(Boolean).map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : part));
}
