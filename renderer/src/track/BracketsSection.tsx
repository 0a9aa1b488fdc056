/** Square brackets per draft: how many remain, how many were resolved and how many are new since the previous draft. */
import type { TrackReport } from '../../../shared/track';
import { t } from '../i18n';

interface Props {
  report: TrackReport;
  selectedDraftId: string | null;
  onSelect(draftId: string): void;
}

export function BracketsSection({ report, selectedDraftId, onSelect }: Props) {
  const label = (id: string) => report.drafts.find((d) => d.id === id)?.label ?? id;
  return (
    <table className="trk-table trk-brackets">
      <caption className="sr-only">{t('track.bracketsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('track.draft')}</th>
          <th scope="col" className="n">{t('track.bracketed')}</th>
          <th scope="col" className="n">{t('track.resolved')}</th>
          <th scope="col" className="n">{t('track.new')}</th>
          <th scope="col" className="n">{t('track.unbalanced')}</th>
          <th scope="col"><span className="sr-only">{t('track.show')}</span></th>
        </tr>
      </thead>
      <tbody>
        {report.brackets.map((b, i) => (
          <tr key={b.draftId} className={selectedDraftId === b.draftId ? 'selected' : undefined}>
            <th scope="row">{label(b.draftId)}</th>
            <td className="n">{b.count}</td>
            <td className="n">{i === 0 ? <span className="trk-muted">—</span> : b.resolved.length}</td>
            <td className="n">{i === 0 ? <span className="trk-muted">—</span> : b.added.length}</td>
            <td className={`n${b.unbalanced ? ' warn' : ''}`}>{b.unbalanced}</td>
            <td>
              <button className="link" aria-pressed={selectedDraftId === b.draftId} onClick={() => onSelect(b.draftId)} aria-label={t('track.showBrackets', { draft: label(b.draftId) })}>
                {t('track.show')}

              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
