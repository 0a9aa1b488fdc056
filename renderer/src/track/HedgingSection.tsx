/** Wording that got weaker or stronger ("should" → "could", "as appropriate" added), filterable by direction and kind. */
import { useState } from 'react';
import { filterHedging, hedgeKey, type HedgeFilter, type FindingListProps } from './events';

type Props = FindingListProps;

const KIND_NAME = { modal: 'Modal verb', verb: 'Operative verb', qualifier: 'Qualifier' } as const;

export function HedgingSection({ report, scope, paragraphs, selectedKey, onSelect }: Props) {
  const [filter, setFilter] = useState<HedgeFilter>({ direction: 'all', kind: 'all' });
  const label = (id: string) => report.drafts.find((d) => d.id === id)?.label ?? id;
  const cite = (draftId: string, id: string, number: string | null) => paragraphs.get(draftId)?.get(id)?.cite || (number ? `¶${number}` : 'unnumbered');
  const items = filterHedging(report, scope, filter);
  return (
    <>
      <div className="trk-filters" role="group" aria-label="Filter hedging">
        <label>
          Direction
          <select value={filter.direction} onChange={(e) => setFilter({ ...filter, direction: e.target.value as HedgeFilter['direction'] })}>
            <option value="all">Weakened and strengthened</option>
            <option value="weakened">Weakened</option>
            <option value="strengthened">Strengthened</option>
          </select>
        </label>
        <label>
          Wording
          <select value={filter.kind} onChange={(e) => setFilter({ ...filter, kind: e.target.value as HedgeFilter['kind'] })}>
            <option value="all">Any</option>
            <option value="modal">Modal verbs</option>
            <option value="verb">Operative verbs</option>
            <option value="qualifier">Qualifiers</option>
          </select>
        </label>
        <span className="trk-muted" aria-live="polite">{items.length} change{items.length === 1 ? '' : 's'}</span>
      </div>
      {items.length === 0 ? (
        <p className="trk-muted">No matching change of strength.</p>
      ) : (
        <ul className="trk-events trk-hedges">
          {items.map((h) => {
            const key = hedgeKey(h);
            return (
              <li key={key}>
                <button className="trk-event" aria-pressed={key === selectedKey} onClick={() => onSelect(key)}>
                  <span className="trk-ev-line">
                    <span className={`badge hd-${h.direction}`}>{h.direction}</span>
                    <span className="trk-hedge-words">
                      {h.before ? <del>{h.before}</del> : <span className="trk-muted">(none)</span>} → {h.after ? <ins>{h.after}</ins> : <span className="trk-muted">(none)</span>}
                    </span>
                    <span className="trk-ev-where">
                      {label(h.fromDraftId)} {cite(h.fromDraftId, h.from.id, h.from.number)} → {label(h.toDraftId)} {cite(h.toDraftId, h.to.id, h.to.number)} · {KIND_NAME[h.kind]}
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
