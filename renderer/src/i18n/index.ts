/**
 * The interface's language: i18next with typed resources (en.ts is the source of keys; fr.ts and
 * es.ts hold every key of it, checked by resources.test.ts). The choice is remembered per machine
 * like the theme (localStorage), and `<html lang>` follows it. Draft text and labels are data and
 * never translated; only the interface's own words are.
 */
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';
import { fr } from './fr';
import { es } from './es';
import { UI_LANGUAGE_NAMES, isUiLanguage, type UiLanguage } from '../../../shared/export/strings';

export type { UiLanguage } from '../../../shared/export/strings';

/** The interface languages offered, each named in itself. A new language: add its file and a line here. */
export const UI_RESOURCES = { en, fr, es } as const;
export const UI_LANGUAGES = (Object.keys(UI_RESOURCES) as UiLanguage[]).map((code) => ({ code, name: UI_LANGUAGE_NAMES[code] }));

const STORAGE_KEY = 'draftwatch.uiLanguage';

/** The language remembered on this machine, else English. */
export function storedUiLanguage(): UiLanguage {
  try {
    const v = globalThis.localStorage?.getItem(STORAGE_KEY);
    return v && isUiLanguage(v) ? v : 'en';
  } catch {
    return 'en';
  }
}

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(UI_RESOURCES).map(([code, translation]) => [code, { translation }])),
  lng: storedUiLanguage(),
  fallbackLng: 'en',
  // React escapes what it renders; i18next must not escape a second time (labels with "&" or quotes).
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

function applyDocumentLanguage(code: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = code;
}
applyDocumentLanguage(i18n.language);
i18n.on('languageChanged', applyDocumentLanguage);

/** Switch the interface and remember the choice. */
export function setUiLanguage(code: UiLanguage): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, code);
  } catch {
    // A storage refused (private window): the choice holds for this session only.
  }
  void i18n.changeLanguage(code);
}

/** The current interface language, for exports that follow it. */
export function currentUiLanguage(): UiLanguage {
  const v = i18n.language;
  return isUiLanguage(v) ? v : 'en';
}

/** `t` outside React components (notices, constants read at render time). */
export const t = i18n.t.bind(i18n);

/** `t` and the current language inside components; re-renders when the language changes. */
export function useT() {
  return useTranslation().t;
}

/** The interface language inside components (an effect's dependency: re-run when it changes). */
export function useUiLanguage(): string {
  return useTranslation().i18n.language;
}

/**
 * A table of words read at use time in the current language: `{ modified: t('kindTitle.modified'), … }`
 * as getters, so modules that export such a table (and their tests) keep their shape.
 */
export function translatedTable<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const table = {} as Record<K, string>;
  for (const k of keys) Object.defineProperty(table, k, { enumerable: true, get: () => i18n.t(`${prefix}.${k}` as never) });
  return table;
}

