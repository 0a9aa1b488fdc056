/**
 * The comparison at a glance: counts by kind, words in and out, and which sections changed most.
 * Memoised: it depends on the comparison only. The per-section list (hundreds of sections in a
 * long draft) is built when its disclosure is first opened, not with the first redline.
 */
import { memo, useState } from 'react';
import type { Comparison } from '../../../shared/compare/types';
import { useT } from '../i18n';

export const SummaryBar = memo(function SummaryBar({ comparison, onSection }: { comparison: Comparison; onSection(section: string): void }) {
  const t = useT();
  const { counts, wordsInserted, wordsDeleted, bySection } = comparison.summary;
  const changedIn = (s: (typeof bySection)[number]) => Object.entries(s.counts).reduce((a, [k, n]) => (k === 'unchanged' ? a : a + n), 0);
  const totalIn = (s: (typeof bySection)[number]) => Object.values(s.counts).reduce((a, n) => a + n, 0);
  const max = Math.max(1, ...bySection.map(changedIn));
  const [opened, setOpened] = useState(false);
  return (
    <section className="summary" aria-label={t('compare.summary')}>
      <p className="summary-counts">
        <span><b>{counts.modified}</b> {t('kind.modified')}</span>
        <span><b>{counts.moved}</b> {t('kind.moved')}</span>
        <span><b>{counts.split}</b> {t('kind.split')}</span>
        <span><b>{counts.merged}</b> {t('kind.merged')}</span>
        <span><b>{counts.deleted}</b> {t('kind.deleted')}</span>
        <span><b>{counts.inserted}</b> {t('kind.inserted')}</span>
        <span><b>{counts.unchanged}</b> {t('kind.unchanged')}</span>
        <span className="words"><ins>+{wordsInserted}</ins> / <del>−{wordsDeleted}</del> {t('compare.words')}</span>
      </p>
      <details className="heat" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
        <summary>{t('compare.whereChanged', { changed: bySection.filter((s) => changedIn(s) > 0).length, total: bySection.length })}</summary>
        {opened && <ol>
          {bySection.map((s) => {
            const n = changedIn(s);
            return (
              <li key={s.section}>
                <button className="heat-row" onClick={() => onSection(s.section)} disabled={n === 0} title={t('compare.sectionChanged', { changed: n, total: totalIn(s) })}>
                  <span className="heat-name">{s.section || t('common.untitledSection')}</span>

                  <span className="heat-bar" aria-hidden="true"><span style={{ width: `${(n / max) * 100}%` }} /></span>
                  <span className="heat-n">{n}/{totalIn(s)}</span>
                </button>
              </li>
            );
          })}
        </ol>}
      </details>
    </section>
  );
});
