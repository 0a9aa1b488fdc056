/**
 * Find in the text on screen (Ctrl+F): the read view, the redline, the tracker. Searches the
 * content panel only (not the toolbar or this box), selects the match and scrolls to it.
 */
import { useEffect, useRef, useState } from 'react';
import { findRanges } from './find-text';
import { useT } from '../i18n';

export function FindBar({ onClose }: { onClose(): void }) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [at, setAt] = useState<{ index: number; total: number } | null>(null);
  useEffect(() => input.current?.select(), []);

  const find = (backwards: boolean) => {
    const panel = document.getElementById('panel');
    if (!text || !panel) return;
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
          if (e.key === 'Enter') { e.preventDefault(); find(e.shiftKey); }
          if (e.key === 'Escape') { e.preventDefault(); onClose(); }
        }}
      />
      <button onClick={() => find(true)} aria-label={t('find.previous')} title={t('find.previousTip')}>↑</button>
      <button onClick={() => find(false)} aria-label={t('find.next')} title={t('find.nextTip')}>↓</button>
      <span role="status" className={at?.total === 0 ? 'form-error' : ''}>
        {at === null ? '' : at.total === 0 ? t('find.notFound') : t('find.position', { index: at.index + 1, total: at.total })}
      </span>
      <button onClick={onClose} aria-label={t('find.close')}>×</button>

    </div>
  );
}
