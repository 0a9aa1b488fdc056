/** The presentation's buttons: every key has one, so a mouse or a screen reader can present too. */
import type { PresenterViewState } from '../../../shared/view/state';
import { MAX_ZOOM, MIN_ZOOM } from '../../../shared/view/state';
import type { Controls } from './useControls';

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
    <div className="pj-bar" role="toolbar" aria-label="Presentation controls">
      <button onClick={() => act({ type: 'previous' })} title="Previous (←, Page Up)">◀ Previous</button>
      <button onClick={() => act({ type: 'next' })} title="Next (→, Page Down, Space)">Next ▶</button>
      <button onClick={() => act({ type: 'blank' })} aria-pressed={presenter.blank} title="Blank the audience screen (B)">Blank</button>
      <span className="pj-zoom" role="group" aria-label="Type size">
        <button onClick={() => act({ type: 'zoom', delta: -1 })} disabled={presenter.zoom <= MIN_ZOOM} title="Smaller type (−)">Smaller</button>
        <span className="pj-zoom-value">{Math.round(presenter.zoom * 100)} %</span>
        <button onClick={() => act({ type: 'zoom', delta: 1 })} disabled={presenter.zoom >= MAX_ZOOM} title="Larger type (+)">Larger</button>
      </span>
      <button onClick={onAudience}>{audienceOpen ? 'Close audience window' : 'Open audience window'}</button>
      <button onClick={() => act({ type: 'exit' })} title="Leave presenter mode (Esc)">End (Esc)</button>
      <span className="pj-keys">{tracker ? 'Type an event number and Enter to jump' : 'Type a paragraph number and Enter to jump'} · B blanks · +/− size</span>
      {blocked && <span className="pj-blocked" role="alert">The browser blocked the audience window: allow pop-ups for this address and try again.</span>}
    </div>
  );
}

/** The paragraph number being typed, and what became of the last jump. */
export function Typed({ controls }: { controls: Controls }) {
  if (!controls.typed && !controls.message) return null;
  return (
    <p className="pj-typed" role="status">
      {controls.typed ? `Go to ${controls.typed}… (Enter)` : controls.message}
    </p>
  );
}
