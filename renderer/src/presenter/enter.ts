/**
 * Entering presenter mode (F5, the Present button, the View menu): the view store names what is
 * presented and the window goes full screen; in the desktop app the audience window opens on the
 * external display at once (main chooses the display).
 */
import type { Project } from '../../../shared/model/schema';
import { updateView } from '../view/useView';
import { viewBridge } from '../view/transport';
import { entered } from './transitions';
import { redlineDrafts, type PresentWhat } from './sources';
import { enterFullscreen } from './fullscreen';
import { openAudienceWindow } from './audience';

/**
 * Present the tracker, the comparison on the Compare tab, or a given redline source (a working
 * draft's redline: `startPresenting(project, { baseId, targetId: working.id, returnTab })`).
 */
export function startPresenting(project: Pick<Project, 'drafts'>, what: PresentWhat): void {
  updateView((s) => entered(s, what, redlineDrafts(project)));
  enterFullscreen();
  if (viewBridge()) void openAudienceWindow();
}
