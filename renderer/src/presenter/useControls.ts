/**
 * The presentation's controls, shared by the presenter and the audience window: a key press (or a
 * button) becomes an action on the view store, so whichever window has the focus (and the clicker)
 * moves both. Digits typed before Enter name a paragraph to jump to.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deck } from '../../../shared/view/deck';
import { updateView } from '../view/useView';
import { viewStore } from '../view/view';
import { presenterAction, type PresenterAction } from './keys';
import { advance, end, jumpTo, placeOf, withPlace } from './navigation';
import { exited, toggledBlank, zoomed } from './transitions';
import { leaveFullscreen, toggleFullscreen } from './fullscreen';
import { t as tr } from '../i18n';

export interface Controls {
  /** Digits typed so far, before Enter. */
  typed: string;
  /** A short message about the last jump ("No paragraph 99 here"), or null. */
  message: string | null;
  act(action: PresenterAction): void;
}

/** Leave presenter mode, back to the tab and the change it came from. */
export function exitPresentation(deck: Deck | null): void {
  updateView((s) => exited(s, deck, deck ? placeOf(deck, s) : 0));
  leaveFullscreen();
}

const ONE_PART = { current: 1 };

/**
 * The controls over `deck`. `parts` holds how many screenfuls the current change takes on this
 * window's slide (Next shows the rest of a long change before moving on).
 */
export function useControls(deck: Deck | null, parts: { readonly current: number } = ONE_PART): Controls {
  const [typed, setTyped] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const typedRef = useRef('');
  typedRef.current = typed;

  useEffect(() => {
    if (!message) return;
    const t = setTimeout(() => setMessage(null), 2500);
    return () => clearTimeout(t);
  }, [message]);

  const act = useCallback(
    (a: PresenterAction) => {
      const move = (to: (d: Deck, at: number) => number) => {
        if (!deck) return;
        // The first move after a blank brings the screen back where it was.
        if (viewStore().get().presenter.blank) return updateView((s) => toggledBlank(s, false));
        updateView((s) => withPlace(s, deck, to(deck, placeOf(deck, s))));
      };
      const stepBy = (delta: 1 | -1) => {
        if (!deck) return;
        if (viewStore().get().presenter.blank) return updateView((s) => toggledBlank(s, false));
        updateView((s) => advance(s, deck, parts.current, delta));
      };
      switch (a.type) {
        case 'next': return stepBy(1);
        case 'previous': return stepBy(-1);
        case 'first': return move((d) => end(d, 'first'));
        case 'last': return move((d) => end(d, 'last'));
        case 'digit':
          setMessage(null);
          return setTyped((t) => (t + a.digit).slice(0, 6));
        case 'backspace':
          if (typedRef.current) return setTyped((t) => t.slice(0, -1));
          return stepBy(-1);
        case 'enter': {
          const t = typedRef.current;
          if (!t || !deck) return;
          setTyped('');
          const to = jumpTo(deck, t);
          if (to === null) return setMessage(deck.type === 'tracker' ? tr('present.noEvent', { n: t }) : tr('present.noParagraph', { n: t }));

          return updateView((s) => toggledBlank(withPlace(s, deck, to), false));
        }
        case 'blank': return updateView((s) => toggledBlank(s));
        case 'zoom': return updateView((s) => zoomed(s, a.delta));
        case 'fullscreen': return toggleFullscreen();
        case 'exit':
          if (typedRef.current) return setTyped('');
          return exitPresentation(deck);
        case 'ignore': return;
      }
    },
    [deck, parts],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (t && ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName)) return;
      const a = presenterAction(e);
      if (!a) return;
      // Space and Enter on a focused button press that button, as everywhere else (Enter after digits jumps).
      if ((e.key === ' ' || (e.key === 'Enter' && !typedRef.current)) && t?.closest('button')) return;
      e.preventDefault();
      act(a);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act]);

  return { typed, message, act };
}
