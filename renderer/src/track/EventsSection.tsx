/**
 * What happened to each watched phrase between drafts: removed, added, moved (a move out of the
 * recommendations flagged as a downgrade), reworded (with a small redline of what replaced it) and
 * count changes; grouped by pair of drafts, losses first, filterable by kind and phrase.
 */
import type { TrackEvent, TrackEventKind } from '../../../shared/track';
import { useViewField } from '../view/useView';
import { clipText, distinctWording, EVENT_KINDS, eventKey, groupEvents, KIND_LABEL, sectionMove, type FindingListProps } from './events';
import { citeList, type ShownParagraph } from './highlight';
import { currentUiLanguage, t } from '../i18n';
import { eventSentence } from '../../../shared/track/details';

/** One event in a sentence or two; `compact` leaves out the details line. */
export function EventSummary({ event: e, fromLabel, toLabel, compact = false, paragraphs }: {
  event: TrackEvent;
  fromLabel: string;
  toLabel: string;
  compact?: boolean;
  paragraphs?: Map<string, Map<string, ShownParagraph>>;
}) {
  // Long lists (a count change in a dozen paragraphs) are cut; the panel lists them all.
  const from = citeList(e.from, paragraphs?.get(e.fromDraftId), 5);
  const to = citeList(e.to, paragraphs?.get(e.toDraftId), 5);
  // The event in one sentence, in the interface language (its `details` are the English one).
  const sentence = eventSentence(e, { from: fromLabel, to: toLabel }, currentUiLanguage());
  return (
    <span className="trk-ev">
      <span className="trk-ev-line">
        <span className={`badge ev-${e.kind}`}>{KIND_LABEL[e.kind]}</span>
        <span className="trk-ev-term">{e.term}</span>
        <span className="trk-ev-where">
          {fromLabel} {from} → {toLabel} {to}
        </span>
      </span>
      {e.downgrade && <strong className="trk-flag down">{t('track.downgradeFlag')}</strong>}
      {e.upgrade && <strong className="trk-flag up">{t('track.upgradeFlag')}</strong>}
      {e.kind === 'moved' && e.from[0] && e.to[0] && (() => {
        const m = sectionMove(e.from[0].section, e.to[0].section);
        return (
          <span className="trk-ev-move" title={sentence}>
            <span className="trk-muted">{t('track.section')}</span> {m.from} <span aria-hidden="true">→</span><span className="sr-only">{t('track.to')}</span> {m.to}
          </span>
        );
      })()}
      {e.kind === 'reworded' && (() => {
        const deleted = distinctWording(e.deletedText ?? e.term);
        const inserted = distinctWording(e.replacement ?? '');
        return (
          <span className="trk-ev-redline" title={sentence}>
            <del>{clipText(deleted, 180)}</del> {inserted ? <ins>{clipText(inserted, 180)}</ins> : <span className="trk-muted">{t('track.nothingInPlace')}</span>}
          </span>
        );
      })()}
      {e.kind === 'count' && (
        <span className="trk-ev-count">
          {e.countBefore} → {t('track.occurrences', { count: e.countAfter })}
        </span>
      )}
      {!compact && (e.kind === 'removed' || e.kind === 'added') && <span className="trk-ev-details">{sentence}</span>}
    </span>
  );
}

type Props = FindingListProps;

export function EventsSection({ report, scope, paragraphs, selectedKey, onSelect }: Props) {
  // The filters live in the view store: presenter mode shows the events they let through.
  const [kindList, setKindList] = useViewField('tracker', 'eventKinds');
  const [text, setText] = useViewField('tracker', 'eventText');
  const kinds: ReadonlySet<TrackEventKind> = new Set(kindList);
  const setKinds = (next: ReadonlySet<TrackEventKind>) => setKindList(EVENT_KINDS.filter((k) => next.has(k)));
  const label = (id: string) => report.drafts.find((d) => d.id === id)?.label ?? id;
  const groups = groupEvents(report, scope, { kinds, text });
  const toggle = (k: TrackEventKind) => {
    const next = new Set(kinds);
    if (next.has(k)) next.delete(k);
    else next.add(k);
    setKinds(next);
  };
  return (
    <>
      <div className="trk-filters" role="group" aria-label={t('track.filterEvents')}>
        {EVENT_KINDS.map((k) => (
          <button key={k} className={`chip ev-${k}`} aria-pressed={kinds.has(k)} onClick={() => toggle(k)}>
            {KIND_LABEL[k]}
          </button>
        ))}
        <input type="search" className="trk-search" placeholder={t('track.filterByPhrase')} aria-label={t('track.filterEventsByPhrase')} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      {groups.map((g) => (
        <section key={`${g.from}-${g.to}`} className="trk-pair" aria-label={t('track.eventsFromTo', { from: label(g.from), to: label(g.to) })}>
          <h4>
            {label(g.from)} → {label(g.to)} <span className="trk-muted">({g.events.length})</span>
          </h4>
          {g.events.length === 0 ? (
            <p className="trk-muted">{kinds.size < EVENT_KINDS.length || text ? t('track.noMatchingChange') : t('track.noChange')}</p>

          ) : (
            <ul className="trk-events">
              {g.events.map((e) => {
                const key = eventKey(e);
                return (
                  <li key={key}>
                    <button className={`trk-event${e.downgrade ? ' is-down' : ''}`} aria-pressed={key === selectedKey} onClick={() => onSelect(key)}>
                      <EventSummary event={e} fromLabel={label(e.fromDraftId)} toLabel={label(e.toDraftId)} paragraphs={paragraphs} />
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
