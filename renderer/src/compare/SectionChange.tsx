/**
 * A paragraph's change of section as the engine reports it (`Change.crossSection`): where it
 * was and where it is now, and, when it left the recommendations for the discussion or the
 * reverse, a labelled Downgrade / Upgrade badge (words, not only colour).
 */
import type { Change } from '../../../shared/compare/types';
import { SECTION_SEPARATOR } from '../../../shared/compare/summary';
import { useT } from '../i18n';

/**
 * "Downgrade" / "Upgrade" for a change of standing, or nothing. Most rows have none: they render
 * nothing without the translation hook (its state and subscription, set up and torn down for each
 * row scrolled into and out of a long redline).
 */
export function StandingBadge({ c }: { c: Change }) {
  return c.standing ? <Standing standing={c.standing} /> : null;
}

function Standing({ standing }: { standing: NonNullable<Change['standing']> }) {
  const t = useT();
  return (
    <>
      {' '}
      <span className={`badge st-${standing}`} title={t(`compare.${standing}Tip`)}>{t(`compare.${standing}`)}</span>
    </>
  );
}

/** " · from A › Recommended next steps to A › Discussion [Downgrade]", or nothing (as StandingBadge: no hook for nothing). */
export function SectionChange({ c }: { c: Change }) {
  return c.crossSection ? <SectionMove c={c} /> : null;
}

function SectionMove({ c }: { c: Change }) {
  const t = useT();
  const from = c.baseSection?.length ? c.baseSection.join(SECTION_SEPARATOR) : t('compare.noSection');
  const to = c.targetSection?.length ? c.targetSection.join(SECTION_SEPARATOR) : t('compare.noSection');
  return (
    <span className="section-change">
      {t('compare.fromTo', { from, to })}

      <StandingBadge c={c} />
    </span>
  );
}
