/** Wording that got weaker or stronger ("should" → "could", "as appropriate" added), filterable by direction and kind. */
import { useState } from 'react';
import { filterHedging, hedgeKey, type HedgeFilter, type FindingListProps } from './events';
import { t } from '../i18n';

type Props = FindingListProps;

const KIND_NAME = (kind: 'modal' | 'verb' | 'qualifier') => t(`track.${kind}`);

export function HedgingSection({ report, scope, paragraphs, selectedKey, onSelect }: Props) {
  const [filter, setFilter] = useState<HedgeFilter>({ direction: 'all', kind: 'all' });
  const label = (id: string) => report.drafts.find((d) => d.id === id)?.label ?? id;
  const cite = (draftId: string, id: string, number: string | null) => paragraphs.get(draftId)?.get(id)?.cite || (number ? `¶${number}` : t('track.unnumbered'));
  const items = filterHedging(report, scope, filter);
  return (
    <>
      <div className="trk-filters" role="group" aria-label={t('track.filterHedging')}>
        <label>
          {t('track.direction')}
          <select value={filter.direction} onChange={(e) => setFilter({ ...filter, direction: e.target.value as HedgeFilter['direction'] })}>
            <option value="all">{t('track.bothDirections')}</option>
            <option value="weakened">{t('track.weakened')}</option>
            <option value="strengthened">{t('track.strengthened')}</option>
          </select>
        </label>
        <label>
          {t('track.wording')}
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as HedgeFilter['kind'] })}>
            <option value="all">{t('track.any')}</option>
            <option value="modal">{t('track.modals')}</option>
            <option value="verb">{t('track.verbs')}</option>
            <option value="qualifier">{t('track.qualifiers')}</option>
          </select>
        </label>
        <span className="trk-muted" aria-live="polite">{t('track.changes', { count: items.length })}</span>
      </div>
      {items.length === 0 ? (
        <p className="trk-muted">{t('track.noHedge')}</p>
      ) : (
        <ul className="trk-events trk-hedges">
          {items.map((h) => {
            const key = hedgeKey(h);
            return (
              <li key={key}>
                <button className="trk-event" aria-pressed={key === selectedKey} onClick={() => onSelect(key)}>
                  <span className="trk-ev-line">
                    <span className={`badge hd-${h.direction}`}>{h.direction === 'weakened' ? t('track.dirWeakened') : t('track.dirStrengthened')}</span>
                    <span className="trk-hedge-words">
                      {h.before ? <del>{h.before}</del> : <span className="trk-muted">{t('track.none')}</span>} → {h.after ? <ins>{h.after}</ins> : <span className="trk-muted">{t('track.none')}</span>}
                    </span>
                    <span className="trk-ev-where">
                      {label(h.fromDraftId)} {cite(h.fromDraftId, h.from.id, h.from.number)} → {label(h.toDraftId)} {cite(h.toDraftId, h.to.id, h.to.number)} · {KIND_NAME(h.kind)}

                    </span>
                  </span>
                  <span className="trk-ev-details">“{h.afterContext}”</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
