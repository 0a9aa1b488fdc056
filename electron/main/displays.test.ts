import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseAudienceDisplay, followDisplays, type DisplayInfo } from './displays';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const projector: DisplayInfo = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } };
const monitor: DisplayInfo = { id: 3, bounds: { x: -2560, y: 0, width: 2560, height: 1440 } };

describe('chooseAudienceDisplay', () => {
  it('puts the audience on the external display when there is one', () => {
    expect(chooseAudienceDisplay([laptop, projector], laptop.id)).toEqual({ displayId: 7, bounds: projector.bounds, external: true });
  });

  it('uses the same display when it is the only one', () => {
    expect(chooseAudienceDisplay([laptop], laptop.id)).toEqual({ displayId: 1, bounds: laptop.bounds, external: false });
  });

  it('uses the other display when the presenter window sits on the projector', () => {
    expect(chooseAudienceDisplay([laptop, projector], projector.id)).toMatchObject({ displayId: 1, external: true });
  });

  it('prefers a display the system does not call internal, then the largest, then the lowest id', () => {
    const panel2: DisplayInfo = { id: 2, bounds: { x: 0, y: 900, width: 3000, height: 2000 }, internal: true };
    expect(chooseAudienceDisplay([laptop, panel2, projector], laptop.id)?.displayId).toBe(7);
    expect(chooseAudienceDisplay([laptop, projector, monitor], laptop.id)?.displayId).toBe(3);
    const twin = { ...projector, id: 9 };
    expect(chooseAudienceDisplay([laptop, twin, projector], laptop.id)?.displayId).toBe(7);
  });

  it('treats an unknown presenter display as the first display, and no display as no placement', () => {
    expect(chooseAudienceDisplay([laptop, projector], 42)).toMatchObject({ displayId: 7, external: true });
    expect(chooseAudienceDisplay([laptop, projector], null)).toMatchObject({ displayId: 7, external: true });
    expect(chooseAudienceDisplay([], 1)).toBeNull();
  });

  it('never picks the presenter display while another exists, and always picks a listed display', () => {
    const display = fc.record({
      id: fc.integer({ min: 0, max: 20 }),
      bounds: fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 640, max: 7680 }), height: fc.integer({ min: 480, max: 4320 }) }),
      internal: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(display, { minLength: 1, maxLength: 5, selector: (d) => d.id }), fc.nat(), (displays, pick) => {
        const presenter = displays[pick % displays.length]!;
        const p = chooseAudienceDisplay(displays, presenter.id)!;
        expect(displays.some((d) => d.id === p.displayId)).toBe(true);
        expect(p.external).toBe(displays.length > 1);
        if (displays.length > 1) expect(p.displayId).not.toBe(presenter.id);
        expect(p.bounds).toEqual(displays.find((d) => d.id === p.displayId)!.bounds);
      }),
    );
  });
});

describe('followDisplays', () => {
  it('moves to a projector plugged in while the audience shared the laptop screen', () => {
    const now = chooseAudienceDisplay([laptop], laptop.id)!;
    expect(followDisplays(now, [laptop, projector], laptop.id)).toEqual({ displayId: 7, bounds: projector.bounds, external: true });
  });

  it('comes back to the laptop screen when the projector is removed', () => {
    const now = chooseAudienceDisplay([laptop, projector], laptop.id)!;
    expect(followDisplays(now, [laptop], laptop.id)).toEqual({ displayId: 1, bounds: laptop.bounds, external: false });
  });

  it('stays on its projector when nothing it uses changed, even if a larger display appears', () => {
    const now = chooseAudienceDisplay([laptop, projector], laptop.id)!;
    expect(followDisplays(now, [laptop, projector], laptop.id)).toBeNull();
    expect(followDisplays(now, [laptop, projector, monitor], laptop.id)).toBeNull();
  });

  it('follows its display to a new resolution', () => {
    const now = chooseAudienceDisplay([laptop, projector], laptop.id)!;
    const lower = { ...projector, bounds: { ...projector.bounds, width: 1280, height: 720 } };
    expect(followDisplays(now, [laptop, lower], laptop.id)).toEqual({ displayId: 7, bounds: lower.bounds, external: true });
  });

  it('leaves the presenter display when the presenter window moved onto the projector', () => {
    const now = chooseAudienceDisplay([laptop, projector], laptop.id)!;
    expect(followDisplays(now, [laptop, projector], projector.id)).toMatchObject({ displayId: 1, external: true });
  });

  it('stays put with a single display that did not change, and gives up with none', () => {
    const now = chooseAudienceDisplay([laptop], laptop.id)!;
    expect(followDisplays(now, [laptop], laptop.id)).toBeNull();
    expect(followDisplays(now, [], laptop.id)).toBeNull();
  });
});
