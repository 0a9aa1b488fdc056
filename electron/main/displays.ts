/**
 * Where the audience window of presenter mode goes, as a pure function over the displays: on a
 * display other than the presenter's when there is one (a projector, an external screen), on the
 * presenter's own display otherwise. Called again whenever a display is plugged in, removed or
 * changed, so the audience window follows the projector. Unit-tested without Electron.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the placement needs to know of a display (a subset of Electron's Display). */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  /** True for a laptop's built-in panel, when the system says so. */
  internal?: boolean;
}

export interface AudiencePlacement {
  displayId: number;
  /** The display's whole area: the audience window covers it, full screen. */
  bounds: Rect;
  /** True when the audience window is on another display than the presenter's. */
  external: boolean;
}

const area = (r: Rect) => r.width * r.height;

/**
 * The display for the audience window. Among the displays other than the presenter's, the one the
 * system does not call internal comes first (the projector rather than a laptop's panel, when the
 * presenter's window sits on the projector), then the largest, then the lowest id so the choice
 * is stable. Null only when there is no display at all.
 */
export function chooseAudienceDisplay(displays: readonly DisplayInfo[], presenterDisplayId: number | null): AudiencePlacement | null {
  if (displays.length === 0) return null;
  const presenter = displays.find((d) => d.id === presenterDisplayId) ?? displays[0]!;
  const others = displays.filter((d) => d.id !== presenter.id);
  if (others.length === 0) return { displayId: presenter.id, bounds: { ...presenter.bounds }, external: false };
  const best = [...others].sort((a, b) => Number(!!a.internal) - Number(!!b.internal) || area(b.bounds) - area(a.bounds) || a.id - b.id)[0]!;
  return { displayId: best.id, bounds: { ...best.bounds }, external: true };
}

/**
 * After the displays changed: where the audience window must go now, or null when it stays. It
 * stays on a display of its own that still exists (a better one appearing mid-talk does not make
 * it jump), following that display's new area if it changed; it moves when its display is gone
 * or when it shares the presenter's display and another one is now available.
 */
export function followDisplays(current: AudiencePlacement, displays: readonly DisplayInfo[], presenterDisplayId: number | null): AudiencePlacement | null {
  const here = displays.find((d) => d.id === current.displayId);
  const presenter = displays.find((d) => d.id === presenterDisplayId) ?? displays[0];
  if (here && here.id !== presenter?.id) return sameRect(here.bounds, current.bounds) ? null : { displayId: here.id, bounds: { ...here.bounds }, external: true };
  const next = chooseAudienceDisplay(displays, presenterDisplayId);
  if (!next || (next.displayId === current.displayId && sameRect(next.bounds, current.bounds) && next.external === current.external)) return null;
  return next;
}

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
