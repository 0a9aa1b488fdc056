/**
 * "Fast typing in long drafts": the editor lays out and paints only the paragraphs near the screen
 * (CSS content-visibility: auto, class `dw-lazy` on the editor; drafting.css). Typing and splitting
 * paragraphs in a draft of hundreds of paragraphs then cost about what they cost in a short one
 * (bench/editor.bench.ts). Off by default: Chromium also leaves the paragraphs it skips out of the
 * accessibility tree, so a screen reader would see only the text near the screen. The choice is
 * remembered per machine, like the theme.
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
