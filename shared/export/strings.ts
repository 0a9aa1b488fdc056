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
