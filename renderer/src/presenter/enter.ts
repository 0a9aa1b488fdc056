/**
 * Entering presenter mode (F5, the Present button, the View menu): the view store names the source
 * and the window goes full screen; in the desktop app the audience window opens on the external
 * display at once (main chooses the display).
 */
import { updateView } from '../view/useView';
import { viewBridge } from '../view/transport';
import { entered, type PresenterSource } from './transitions';
import { enterFullscreen } from './fullscreen';
import { openAudienceWindow } from './audience';

/**
 * Present the tracker, or a comparison: the one in the view store, or `pair` when given (a
 * working draft's redline presents its base against it: `{ baseId, targetId: workingDraftId }`).
 */
export function startPresenting(source: PresenterSource, drafts: ReadonlyArray<{ id: string }>, pair?: { baseId: string; targetId: string }): void {
  updateView((s) => entered(pair ? { ...s, compare: { ...s.compare, ...pair } } : s, source, drafts));
  enterFullscreen();
  if (viewBridge()) void openAudienceWindow();
}
