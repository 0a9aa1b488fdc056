/**
 * The watch list across drafts: one row per watched phrase (colour swatch, category, edit and
 * remove), one column per draft, each cell a button with the number of occurrences ("—" when
 * absent) that opens the paragraphs holding it. Below, the form to add or edit a phrase.
 */
import type { Project, WatchTerm } from '../../../shared/model/schema';
import type { TrackReport } from '../../../shared/track';
import { WatchListForm } from './WatchListForm';
import type { TermForm } from './watchlist';
import { t as tr } from '../i18n';

interface Props {
  report: TrackReport;
  project: Project;
  selected: { termId: string; draftId: string } | null;
  onSelectCell(termId: string, draftId: string): void;
  editing: WatchTerm | null;
  onEditTerm(term: WatchTerm | null): void;
  onRemoveTerm(term: WatchTerm): void;
  onSubmitTerm(form: TermForm): void;
  onUseDefaults(): void;
}

export function MatrixSection({ report, project, selected, onSelectCell, editing, onEditTerm, onRemoveTerm, onSubmitTerm, onUseDefaults }: Props) {
  const terms = project.watchList;
  // Rows follow the watch list as it is now; a term added since the report shows "…" until the next one.
  const rowOf = new Map(report.matrix.rows.map((r) => [r.term.id, r]));
  const drafts = project.drafts;
  return (
    <>
      {terms.length === 0 ? (
        <div className="trk-empty">
          <p>{tr('track.noPhrases')}</p>
          <button className="primary" onClick={onUseDefaults}>{tr('track.useDefaults')}</button>
        </div>
      ) : (
        <div className="trk-matrix-wrap">
          <table className="trk-matrix">
            <caption className="sr-only">{tr('track.matrixCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="trk-term-col">{tr('track.phrase')}</th>
                {drafts.map((d) => (
                  <th key={d.id} scope="col" className="trk-draft-col">{d.label}</th>
                ))}
                <th scope="col" className="trk-actions-col"><span className="sr-only">{tr('track.actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {terms.map((t) => {
                const row = rowOf.get(t.id);
                return (
                  <tr key={t.id} className={editing?.id === t.id ? 'editing' : undefined}>
                    <th scope="row" className="trk-term">
                      <span className="swatch" style={{ background: t.color }} aria-hidden="true" />
                      <span className="trk-term-text">
                        <span className="trk-phrase">{t.phrase}</span>
                        {(t.category || t.alternatives.length > 0) && (
                          <span className="trk-term-sub">
                            {t.category}
                            {t.category && t.alternatives.length > 0 && ' · '}
                            {t.alternatives.length > 0 && tr('track.also', { alternatives: t.alternatives.join(', ') })}
                          </span>
                        )}
                      </span>
                    </th>
                    {drafts.map((d, j) => {
                      const cell = row?.cells.find((c) => c.draftId === d.id);
                      if (!cell) return <td key={d.id} className="trk-cell pending" aria-busy="true">…</td>;
                      const prev = j > 0 ? row?.cells.find((c) => c.draftId === drafts[j - 1]!.id) : undefined;
                      const trend = prev && prev.count > 0 && cell.count === 0 ? ' gone' : prev && prev.count === 0 && cell.count > 0 ? ' new' : '';
                      const isSel = selected?.termId === t.id && selected.draftId === d.id;
                      const name = cell.count === 0 ? tr('track.cellAbsent', { phrase: t.phrase, draft: d.label }) : tr('track.cellCount', { phrase: t.phrase, draft: d.label, occurrences: tr('track.occurrences', { count: cell.count }), paragraphs: tr('track.paragraphs', { count: cell.paragraphs.length }) });
                      return (
                        <td key={d.id} className={`trk-cell${cell.count === 0 ? ' absent' : ''}${trend}`}>
                          <button aria-pressed={isSel} aria-label={name} title={name} onClick={() => onSelectCell(t.id, d.id)} data-count={cell.count}>
                            {cell.count === 0 ? '—' : cell.count}
                          </button>
                        </td>
                      );
                    })}
                    <td className="trk-actions">
                      <button className="icon" onClick={() => onEditTerm(t)} aria-label={tr('track.editPhrase', { phrase: t.phrase })} title={tr('track.edit')}>✎</button>
                      <button className="icon" onClick={() => onRemoveTerm(t)} aria-label={tr('track.removePhrase', { phrase: t.phrase })} title={tr('track.remove')}>×</button>

                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <WatchListForm key={editing?.id ?? 'new'} terms={terms} editing={editing} onSubmit={onSubmitTerm} onCancel={() => onEditTerm(null)} />
    </>
  );
}
