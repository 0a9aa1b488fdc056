/**
 * "Fast typing in long drafts": the editor lays out and paints only the paragraphs near the screen
 * (CSS content-visibility: auto, class `dw-lazy` on the editor; drafting.css). Typing and splitting
 * paragraphs in a draft of hundreds of paragraphs then cost about what they cost in a short one
 * (bench/editor.bench.ts). Off by default: Chromium also leaves the paragraphs it skips out of the
 * accessibility tree, so a screen reader would see only the text near the screen. Published
 * accounts say Chromium fixed that in 2021 (M90); checked again in Chromium 156 through the
 * DevTools protocol (Accessibility.getFullAXTree, queryAXTree, getChildAXNodes, also with
 * --force-renderer-accessibility): a skipped paragraph's node is there, empty, with neither its
 * number nor its words, until it is scrolled near the screen. Playwright's ariaSnapshot() does list
 * them, but it computes roles from the DOM, not from Chromium's tree, so it proves nothing here.
 * e2e/drafting.spec.ts checks both, so the day Chromium exposes skipped content the test says so
 * and this can become the default. The choice is remembered per machine, like the theme.
 */
import { useEffect, useState } from 'react';

const KEY = 'draftwatch.editor.lazyParagraphs';

export function useLazyParagraphs(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(() => localStorage.getItem(KEY) === '1');
  useEffect(() => {
    if (on) localStorage.setItem(KEY, '1');
    else localStorage.removeItem(KEY);
  }, [on]);
  return [on, setOn];
}
