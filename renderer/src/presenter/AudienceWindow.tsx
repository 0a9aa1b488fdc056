/**
 * The audience window: the slide alone, full screen on the projector. It holds no project; it
 * follows the presenter window's view store and draws the deck the presenter sends, and its keys
 * move the presentation too (the clicker may be talking to this window). It closes itself when
 * the presentation ends.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../../shared/view/deck';
import { useView } from '../view/useView';
import { viewLink } from '../view/view';
import { placeOf } from './navigation';
import { useControls } from './useControls';
import { Typed } from './ControlBar';
import { toggleFullscreen } from './fullscreen';
import { Slide } from './Slide';
import { t } from '../i18n';

export function AudienceWindow() {
  const link = viewLink();
  const [deck, setDeck] = useState<Deck | null>(() => link.currentDeck());
  // The deck may have come between the first render and this effect.
  useEffect(() => {
    setDeck(link.currentDeck());
    return link.onDeck(setDeck);
  }, [link]);
  const state = useView((s) => s);
  const active = state.presenter.active;
  const parts = useRef(1);
  const onParts = useCallback((n: number) => (parts.current = n), []);
  const controls = useControls(active ? deck : null, parts);
  // Ended: a presentation this window showed is over (not: none has been heard of yet).
  const [shown, setShown] = useState(false);
  if (active && deck && !shown) setShown(true);
  const ended = shown && !active;

  useEffect(() => {
    document.title = deck ? t('present.audienceTitleOf', { title: deck.title }) : t('present.audienceTitle');
  }, [deck]);
  // A window the app opened may close itself; if the browser refuses, the message stays.
  useEffect(() => {
    if (!ended) return;
    const t = setTimeout(() => window.close(), 1500);
    return () => clearTimeout(t);
  }, [ended]);

  if (ended || !deck || !active) {
    return (
      <main className="pj-screen pj-message" aria-label={t('present.audienceScreen')}>
        <p>{ended ? t('present.ended') : t('present.waiting')}</p>
      </main>
    );
  }
  return (
    <main className="pj-screen" aria-label={t('present.audienceScreen')}>
      <Slide deck={deck} at={placeOf(deck, state)} zoom={state.presenter.zoom} blank={state.presenter.blank} part={state.presenter.part} onParts={onParts} live label={t('present.audienceScreen')} />
      <FullscreenHint />
      <Typed controls={controls} />
    </main>
  );
}

/** A button to go full screen, shown while the mouse moves in a window that is not full screen yet. */
function FullscreenHint() {
  const [awake, setAwake] = useState(true);
  const [full, setFull] = useState(isFull);
  useEffect(() => {
    const onMove = () => setAwake(true);
    const onChange = () => setFull(isFull());
    window.addEventListener('mousemove', onMove);
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('resize', onChange);
    return () => {
      window.removeEventListener('mousemove', onMove);
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('resize', onChange);
    };
  }, []);
  useEffect(() => {
    if (!awake) return;
    const t = setTimeout(() => setAwake(false), 4000);
    return () => clearTimeout(t);
  }, [awake]);
  if (full) return null;
  return (
    <button className={`pj-fullscreen${awake ? ' pj-awake' : ''}`} onClick={toggleFullscreen}>
      {t('present.fullScreen')}

    </button>
  );
}

/** Full screen by the Fullscreen API, or a window covering the whole screen (Electron's audience window). */
function isFull(): boolean {
  return !!document.fullscreenElement || (window.innerWidth >= screen.width && window.innerHeight >= screen.height);
}
