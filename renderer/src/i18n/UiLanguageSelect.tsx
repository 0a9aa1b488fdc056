/**
 * The interface language, chosen in the toolbar beside the theme; remembered on this machine.
 * Each language is named in itself (and marked with its `lang`), so a reader finds their own.
 */
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, setUiLanguage, type UiLanguage } from './index';

export function UiLanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <label className="ui-language-pick" title={t('app.uiLanguage')}>
      <select aria-label={t('app.uiLanguage')} value={i18n.language} onChange={(e) => setUiLanguage(e.currentTarget.value as UiLanguage)}>
        {UI_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>
        ))}
      </select>
    </label>
  );
}
