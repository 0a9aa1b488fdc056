/**
 * The presenter console, on the presenter's own screen while an audience window shows the slide:
 * the progress line, a timer, what the room sees now, what comes next, and the private notes on
 * the paragraph in focus. Nothing here is sent to the audience window.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { Deck } from '../../../shared/view/deck';
import type { PresenterViewState } from '../../../shared/view/state';
import { progressLine } from './navigation';
import type { PresenterNote } from './notes';
import type { Controls } from './useControls';
import { Slide } from './Slide';
import { Typed } from './ControlBar';
import { t } from '../i18n';

interface Props {
  deck: Deck;
  at: number;
  next: number | null;
  presenter: PresenterViewState;
  notes: PresenterNote[];
  controls: Controls;
  bar: ReactNode;
  /** When the presentation (or the restarted timer) began, as Date.now(). */
  startedAt: number;
  onRestartTimer(): void;
  onParts(parts: number): void;
}

export function Console({ deck, at, next, presenter, notes, controls, bar, startedAt, onRestartTimer, onParts }: Props) {
  return (
    <div className="pc" role="region" aria-label={t('present.console')}>
      <div className="pc-head">
        <p className="pc-progress" aria-live="polite">{progressLine(deck, at)}</p>
        <Timer startedAt={startedAt} onRestart={onRestartTimer} />
      </div>
      {bar}
      {presenter.blank && <p className="pc-blank" role="status">{t('present.blankNow')}</p>}
      <div className="pc-grid">
        <section className="pc-now" aria-labelledby="pc-now-title">
          <h2 id="pc-now-title">{t('present.onScreen')}</h2>
          <div className="pc-frame">
            <Slide deck={deck} at={at} zoom={presenter.zoom} part={presenter.part} onParts={onParts} label={t('present.preview')} />
          </div>
        </section>
        <section className="pc-next" aria-labelledby="pc-next-title">
          <h2 id="pc-next-title">{t('present.nextTitle')}</h2>
          {next === null ? (
            <p className="pc-muted">{t('present.last')}</p>
          ) : (
            <div className="pc-frame">
              <Slide deck={deck} at={next} zoom={presenter.zoom} label={t('present.previewNext')} />
            </div>
          )}
        </section>
        <section className="pc-notes" aria-labelledby="pc-notes-title">
          <h2 id="pc-notes-title">
            {t('present.notes')} <span className="pc-muted">{t('present.onlyHere')}</span>
          </h2>
          {notes.length === 0 ? (
            <p className="pc-muted">{t('present.noNotes')}</p>
          ) : (
            <ul>
              {notes.map((n) => (
                <li key={n.id} className="pc-note">
                  <p className="pc-note-on">{n.on}</p>
                  {n.by && <p className="pc-note-by">{n.by}</p>}
                  <p className="pc-note-text">{n.text}</p>
                  {n.proposal && <p className="pc-note-text"><span className="pc-muted">{t('present.proposedText')}</span> {n.proposal}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <Typed controls={controls} />
    </div>
  );
}

/** Time since the presentation began (or since the timer was restarted). */
function Timer({ startedAt, onRestart }: { startedAt: number; onRestart(): void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const secs = Math.max(0, Math.floor((now - startedAt) / 1000));
  const hh = Math.floor(secs / 3600);
  const mm = String(Math.floor((secs % 3600) / 60)).padStart(hh ? 2 : 1, '0');
  const ss = String(secs % 60).padStart(2, '0');
  return (
    <p className="pc-timer">
      <span role="timer" aria-label={t('present.time')}>{hh ? `${hh}:` : ''}{mm}:{ss}</span>{' '}
      <button onClick={() => { onRestart(); setNow(Date.now()); }}>{t('present.restart')}</button>

    </p>
  );
}
