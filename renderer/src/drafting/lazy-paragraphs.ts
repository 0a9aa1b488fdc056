/**
 * "Fast typing in long drafts": the editor lays out and paints only the paragraphs near the screen
 * (CSS content-visibility: auto, class `dw-lazy` on the editor; drafting.css). Typing and splitting
 * paragraphs in a draft of hundreds of paragraphs then cost about what they cost in a short one
 * (bench/editor.bench.ts).
 *
 * Its price: Chromium also leaves the paragraphs it skips out of the accessibility tree, so a
 * screen reader would see only the text near the screen. Published accounts say Chromium fixed
 * that in 2021 (M90); checked again in Chromium 156 through the DevTools protocol
 * (Accessibility.getFullAXTree, queryAXTree, getChildAXNodes, also with
 * --force-renderer-accessibility): a skipped paragraph's node is there, empty, with neither its
 * number nor its words, until it is scrolled near the screen. Playwright's ariaSnapshot() does
 * list them, but it computes roles from the DOM, not from Chromium's tree, so it proves nothing
 * here. e2e/drafting.spec.ts checks both, so the day Chromium exposes skipped content the test
 * says so.
 *
 * So it is on by default only where the host knows that no assistive technology is using the
 * window: the desktop shell asks Electron (its accessibility support, which Chromium turns on when
 * a screen reader or another assistive tool attaches, and which can change while the app runs:
 * the switch follows). Browser mode cannot tell, so it stays off there unless switched on. A
 * choice made with the switch is remembered per machine, like the theme; switching back to what
 * the automatic choice would be returns to automatic.
 */
import { useCallback, useEffect, useState } from 'react';
import { getHost } from '../host/client';

const KEY = 'draftwatch.editor.lazyParagraphs';

/** What the user chose: the automatic choice, or on or off whatever assistive technology does. */
export type FastTypingSetting = 'auto' | 'on' | 'off';

/** Whether assistive technology uses the window: true, false, or null when the host cannot tell. */
export type Assistive = boolean | null;

/** The stored setting ('1' and '0' for a choice, nothing for automatic; anything else is automatic). */
export function readSetting(stored: string | null): FastTypingSetting {
  return stored === '1' ? 'on' : stored === '0' ? 'off' : 'auto';
}

/** Whether paragraphs off screen are skipped: the choice, or automatically only when no assistive technology is known to run. */
export function fastTypingOn(setting: FastTypingSetting, assistive: Assistive): boolean {
  return setting === 'on' || (setting === 'auto' && assistive === false);
}

/** The setting after the switch is set to `on`: automatic when that is what automatic would give. */
export function settingFor(on: boolean, assistive: Assistive): FastTypingSetting {
  return fastTypingOn('auto', assistive) === on ? 'auto' : on ? 'on' : 'off';
}

/** Why the switch is where it is: its tooltip's sentence (`edit.lazyWhy.<reason>`). */
export type FastTypingReason = 'chosen' | 'noAssistive' | 'assistive' | 'unknown';

export function reasonFor(setting: FastTypingSetting, assistive: Assistive): FastTypingReason {
  if (setting !== 'auto') return 'chosen';
  return assistive === null ? 'unknown' : assistive ? 'assistive' : 'noAssistive';
}

/** Whether assistive technology uses this window, as the host says (null until it does, or in browser mode). */
export function useAssistiveTechnology(): Assistive {
  const [active, setActive] = useState<Assistive>(null);
  useEffect(() => getHost().onAssistiveTechnology(setActive), []);
  return active;
}

export function useLazyParagraphs(): [on: boolean, set: (on: boolean) => void, reason: FastTypingReason] {
  const assistive = useAssistiveTechnology();
  const [setting, setSetting] = useState<FastTypingSetting>(() => readSetting(localStorage.getItem(KEY)));
  useEffect(() => {
    if (setting === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, setting === 'on' ? '1' : '0');
  }, [setting]);
  const set = useCallback((on: boolean) => setSetting(settingFor(on, assistive)), [assistive]);
  return [fastTypingOn(setting, assistive), set, reasonFor(setting, assistive)];
}
