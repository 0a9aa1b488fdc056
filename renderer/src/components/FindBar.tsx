/**
 * Find in the text on screen (Ctrl+F): the read view, the redline, the tracker. Searches the
 * content panel only (not the toolbar or this box), selects the match and scrolls to it. Long
 * lists keep only the items near the screen in the document (the Compare view's redline and change
 * list): at the first search they render every item until the bar closes (find-scope.ts), so a
 * match far down is found like one on screen.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { findRanges } from './find-text';
import { isFindingEverywhere, setFindingEverywhere } from './find-scope';
import { useT } from '../i18n';

export function FindBar({ onClose }: { onClose(): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [at, setAt] = useState<{ index: number; total: number } | null>(null);
  const [searching, setSearching] = useState(false);
  useEffect(() => input.current?.select(), []);
  useEffect(() => () => setFindingEverywhere(false), []);

  const find = async (backwards: boolean) => {
    if (!text || !document.getElementById('panel')) return;
    if (!isFindingEverywhere()) {
      // Say so first: rendering a few thousand rows takes a moment.
      setSearching(true);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      flushSync(() => setFindingEverywhere(true));
      setSearching(false);
    }
    const panel = document.getElementById('panel');
    if (!panel) return;
    const ranges = findRanges(panel, text);
    if (!ranges.length) return setAt({ index: -1, total: 0 });
    // Continue from the current selection, wrapping around at either end.
    const sel = window.getSelection();
    const current = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    const after = (r: Range) => !current || r.compareBoundaryPoints(Range.START_TO_START, current) > 0;
    const before = (r: Range) => !current || r.compareBoundaryPoints(Range.START_TO_START, current) < 0;
    let index = backwards ? ranges.map(before).lastIndexOf(true) : ranges.findIndex(after);
    if (index < 0) index = backwards ? ranges.length - 1 : 0;
    const range = ranges[index]!;
    sel?.removeAllRanges();
    sel?.addRange(range);
    (range.startContainer.parentElement ?? panel).scrollIntoView({ block: 'center' });
    setAt({ index, total: ranges.length });
  };

  return (
    <div className="find-bar" role="search" aria-label={t('find.label')}>
      <input
        ref={input}
        aria-label={t('find.label')}
        placeholder={t('find.label')}
        value={text}
        onChange={(e) => { setText(e.target.value); setAt(null); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); void find(e.shiftKey); }
          if (e.key === 'Escape') { e.preventDefault(); onClose(); }
        }}
      />
      <button onClick={() => void find(true)} aria-label={t('find.previous')} title={t('find.previousTip')}>↑</button>
      <button onClick={() => void find(false)} aria-label={t('find.next')} title={t('find.nextTip')}>↓</button>
      <span role="status" className={at?.total === 0 ? 'form-error' : ''}>
        {searching ? t('find.searching') : at === null ? '' : at.total === 0 ? t('find.notFound') : t('find.position', { index: at.index + 1, total: at.total })}
      </span>
      <button onClick={onClose} aria-label={t('find.close')}>×</button>

    </div>
  );
}
