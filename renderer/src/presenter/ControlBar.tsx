/** The presentation's buttons: every key has one, so a mouse or a screen reader can present too. */
import type { PresenterViewState } from '../../../shared/view/state';
import { MAX_ZOOM, MIN_ZOOM } from '../../../shared/view/state';
import type { Controls } from './useControls';
import { t } from '../i18n';

interface Props {
  controls: Controls;
  presenter: PresenterViewState;
  audienceOpen: boolean;
  /** The browser refused to open the audience window. */
  blocked: boolean;
  onAudience(): void;
}

export function ControlBar({ controls: { act }, presenter, audienceOpen, blocked, onAudience }: Props) {
  const tracker = presenter.source === 'tracker';
  return (
    <div className="pj-bar" role="toolbar" aria-label={t('present.controls')}>
      <button onClick={() => act({ type: 'previous' })} title={t('present.previousTip')}>{t('present.previous')}</button>
      <button onClick={() => act({ type: 'next' })} title={t('present.nextTip')}>{t('present.next')}</button>
      <button onClick={() => act({ type: 'blank' })} aria-pressed={presenter.blank} title={t('present.blankTip')}>{t('present.blank')}</button>
      <span className="pj-zoom" role="group" aria-label={t('present.typeSize')}>
        <button onClick={() => act({ type: 'zoom', delta: -1 })} disabled={presenter.zoom <= MIN_ZOOM} title={t('present.smallerTip')}>{t('present.smaller')}</button>
        <span className="pj-zoom-value">{Math.round(presenter.zoom * 100)} %</span>
        <button onClick={() => act({ type: 'zoom', delta: 1 })} disabled={presenter.zoom >= MAX_ZOOM} title={t('present.largerTip')}>{t('present.larger')}</button>
      </span>
      <button onClick={onAudience}>{audienceOpen ? t('present.closeAudience') : t('present.openAudience')}</button>
      <button onClick={() => act({ type: 'exit' })} title={t('present.leave')}>{t('present.end')}</button>
      <span className="pj-keys">{tracker ? t('present.jumpEvent') : t('present.jumpParagraph')} · {t('present.keys')}</span>
      {blocked && <span className="pj-blocked" role="alert">{t('present.blocked')}</span>}
    </div>
  );
}

/** The paragraph number being typed, and what became of the last jump. */
export function Typed({ controls }: { controls: Controls }) {
  if (!controls.typed && !controls.message) return null;
  return (
    <p className="pj-typed" role="status">
      {controls.typed ? t('present.goTo', { target: controls.typed }) : controls.message}

    </p>
  );
}
