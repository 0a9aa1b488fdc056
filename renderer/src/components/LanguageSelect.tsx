/**
 * The language a draft is read in, shown and chosen: detected at import, overridable here (undoable
 * like any edit). The choice changes how watched terms, hedging and part headings are read and
 * the exports' lang/dir; the structure found at import stays until the file is imported again.
 */
import { LANGUAGES } from '../../../shared/lang/registry';
import type { Draft } from '../../../shared/model/draft';
import { draftProfile } from '../../../shared/model/structure-words';
import { useT } from '../i18n';

interface Props {
  draft: Draft;
  onChange(code: string): void;
}

export function LanguageSelect({ draft, onChange }: Props) {
  const t = useT();
  const current = draftProfile(draft).code;
  return (
    <select
      className="draft-language"
      aria-label={t('draftList.language', { draft: draft.label })}
      title={t('draftList.languageTip')}

      value={current}
      onChange={(e) => onChange(e.currentTarget.value)}
    >
      {LANGUAGES.map((l) => (
        <option key={l.code} value={l.code} lang={l.code}>
          {l.name}
        </option>
      ))}
    </select>
  );
}

/**
 * The language of the whole project: every draft read in it, and each imported later; or
 * "Detect for each draft". Undoable like any edit.
 */
export function ProjectLanguageSelect({ value, onChange }: { value: string | null | undefined; onChange(code: string | null): void }) {
  const t = useT();
  const known = value && LANGUAGES.some((l) => l.code === value) ? value : '';
  return (
    <label className="project-language" title={t('draftList.projectLanguageTip')}>
      <span>{t('draftList.projectLanguage')}</span>
      <select value={known} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t('draftList.detectEach')}</option>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
