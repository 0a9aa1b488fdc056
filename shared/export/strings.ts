/**
 * The fixed words of the exports (HTML/PDF redline, side-by-side table, DOCX cover block, tracker
 * HTML, report site chrome) in each interface language. Exports take a `uiLanguage` (English by
 * default, so the command line's output is unchanged unless asked) and read their words here;
 * the documents' own text keeps its language (document-language.ts).
 */

export const UI_LANGUAGE_NAMES = { en: 'English', fr: 'Français', es: 'Español' } as const;
export type UiLanguage = keyof typeof UI_LANGUAGE_NAMES;

export function isUiLanguage(code: string): code is UiLanguage {
  return Object.prototype.hasOwnProperty.call(UI_LANGUAGE_NAMES, code);
}
