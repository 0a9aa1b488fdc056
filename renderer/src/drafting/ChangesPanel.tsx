/**
 * The working draft's changes against its base, in reading order: what changed, where, who
 * proposed it; accept (keep, mark reviewed), reject (back to the base text) or attribute each,
 * or accept / reject all. Selecting a change moves the editor there.
 */
import { memo } from 'react';
import type { PlacedChange } from '../editor/queries/changes';
import { printedNumber } from '../../../shared/model/draft';
import { attributionLine } from '../../../shared/draft/compile';
import { currentUiLanguage, t, translatedTable } from '../i18n';
import { exportStrings } from '../../../shared/export/strings';

const KIND_LABEL: Record<PlacedChange['kind'], string> = translatedTable('editKind', ['insert', 'delete', 'replace', 'format', 'new', 'removed', 'moved']);

/** Where a change is, as a reader cites it ("¶12", "(a)", "a heading"). */
export function changePlace(c: Pick<PlacedChange, 'number'>): string {
  return c.number ? `¶${printedNumber({ kind: 'paragraph', number: c.number }).replace(/\.$/, '')}` : t('edit.unnumbered');
}

const clip = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface Props {
  changes: PlacedChange[];
  current: string | null;
  delegationName(id: string): string;
  onGo(change: PlacedChange): void;
  onAccept(key: string): void;
  onReject(key: string): void;
  onAttribute(change: PlacedChange): void;
  onAcceptAll(): void;
  onRejectAll(): void;
}

type ItemProps = { c: PlacedChange; current: boolean } & Pick<Props, 'delegationName' | 'onGo' | 'onAccept' | 'onReject' | 'onAttribute'>;

/** A row is drawn again only when what it shows changed (the list is rebuilt after every pause in typing). */
const sameRow = (a: ItemProps, b: ItemProps): boolean =>
  a.current === b.current &&
  a.delegationName === b.delegationName &&
  a.onGo === b.onGo &&
  a.onAccept === b.onAccept &&
  a.onReject === b.onReject &&
  a.onAttribute === b.onAttribute &&
  (a.c === b.c ||
    (a.c.key === b.c.key &&
      a.c.kind === b.c.kind &&
      a.c.number === b.c.number &&
      a.c.reviewed === b.c.reviewed &&
      a.c.deleted === b.c.deleted &&
      a.c.inserted === b.c.inserted &&
      a.c.proposal === b.c.proposal));

const Item = memo(function Item({ c, current, delegationName, onGo, onAccept, onReject, onAttribute }: ItemProps) {
  const where = changePlace(c);
  const p = c.proposal;
  return (
    <li className={`chg chg-${c.kind}${c.reviewed ? ' chg-reviewed' : ''}${current ? ' chg-current' : ''}`} data-change={c.key}>
      <button className="chg-go" onClick={() => onGo(c)} aria-label={t(c.reviewed ? 'edit.goThereAccepted' : 'edit.goThere', { kind: KIND_LABEL[c.kind], place: where })}>
        <span className="chg-where">{where}</span> <span className="chg-kind">{KIND_LABEL[c.kind]}</span>
        {c.reviewed && <span className="chg-badge">{t('edit.accepted')}</span>}
      </button>
      {(c.deleted || c.inserted) && c.kind !== 'moved' && (
        <span className="chg-text">
          {c.deleted && <del>{clip(c.deleted)}</del>}
          {c.deleted && c.inserted && ' '}
          {c.inserted && <ins>{clip(c.inserted)}</ins>}
        </span>
      )}
      {p && (
        <span className="chg-prop">
          {attributionLine({ proposer: p.proposer ? delegationName(p.proposer) : null, supporters: p.supporters.map(delegationName), opponents: p.opponents.map(delegationName) }, exportStrings(currentUiLanguage()))}
          {p.note ? ` (${p.note})` : ''}
        </span>
      )}
      <span className="chg-actions">
        {!c.reviewed && <button onClick={() => onAccept(c.key)} aria-label={t('edit.acceptLabel', { place: where })} title={t('edit.acceptTip')}>{t('edit.accept')}</button>}
        <button onClick={() => onReject(c.key)} aria-label={t('edit.rejectLabel', { place: where })} title={t('edit.rejectTip')}>{t('edit.reject')}</button>
        <button onClick={() => onAttribute(c)} aria-label={t('edit.attributeLabel', { place: where })} title={t('edit.attributeTip')}>{t('edit.attribute')}</button>
      </span>
    </li>
  );
}, sameRow);

export function ChangesPanel({ changes, current, onAcceptAll, onRejectAll, ...rest }: Props) {
  const pending = changes.filter((c) => !c.reviewed).length;
  return (
    <section className="changes-panel" aria-label={t('edit.changesAgainstBase')}>
      <header className="changes-head">
        <h2>{t('edit.changes')}</h2>
        <span aria-live="polite">{changes.length === 0 ? t('edit.none') : changes.length > pending ? t('edit.pendingAccepted', { count: pending, accepted: changes.length - pending }) : t('edit.pending', { count: pending })}</span>
        <span className="spacer" />
        <button onClick={onAcceptAll} disabled={pending === 0} title={t('edit.acceptAllTip')}>{t('edit.acceptAll')}</button>
        <button onClick={onRejectAll} disabled={changes.length === 0} title={t('edit.rejectAllTip')}>{t('edit.rejectAll')}</button>
      </header>
      {changes.length === 0 ? (
        <p className="empty-hint">{t('edit.noChanges')}</p>

      ) : (
        <ol className="changes-list">
          {changes.map((c) => (
            <Item key={c.key} c={c} current={c.key === current} {...rest} />
          ))}
        </ol>
      )}
    </section>
  );
}
