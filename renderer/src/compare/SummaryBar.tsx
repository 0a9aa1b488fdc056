/**
 * The comparison at a glance: counts by kind, words in and out, and which sections changed most.
 * Memoised: it depends on the comparison only, not on the rows still being rendered.
 */
import { memo } from 'react';
import type { Comparison } from '../../../shared/compare/types';

export const SummaryBar = memo(function SummaryBar({ comparison, onSection }: { comparison: Comparison; onSection(section: string): void }) {
  const { counts, wordsInserted, wordsDeleted, bySection } = comparison.summary;
  const changedIn = (s: (typeof bySection)[number]) => Object.entries(s.counts).reduce((a, [k, n]) => (k === 'unchanged' ? a : a + n), 0);
  const totalIn = (s: (typeof bySection)[number]) => Object.values(s.counts).reduce((a, n) => a + n, 0);
  const max = Math.max(1, ...bySection.map(changedIn));
  return (
    <section className="summary" aria-label="Summary of changes">
      <p className="summary-counts">
        <span><b>{counts.modified}</b> modified</span>
        <span><b>{counts.moved}</b> moved</span>
        <span><b>{counts.split}</b> split</span>
        <span><b>{counts.merged}</b> merged</span>
        <span><b>{counts.deleted}</b> deleted</span>
        <span><b>{counts.inserted}</b> new</span>
        <span><b>{counts.unchanged}</b> unchanged</span>
        <span className="words"><ins>+{wordsInserted}</ins> / <del>−{wordsDeleted}</del> words</span>
      </p>
      <details className="heat">
        <summary>Where it changed ({bySection.filter((s) => changedIn(s) > 0).length} of {bySection.length} sections)</summary>
        <ol>
          {bySection.map((s) => {
            const n = changedIn(s);
            return (
              <li key={s.section}>
                <button className="heat-row" onClick={() => onSection(s.section)} disabled={n === 0} title={`${n} of ${totalIn(s)} paragraphs changed`}>
                  <span className="heat-name">{s.section || 'Untitled section'}</span>
                  <span className="heat-bar" aria-hidden="true"><span style={{ width: `${(n / max) * 100}%` }} /></span>
                  <span className="heat-n">{n}/{totalIn(s)}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
});
