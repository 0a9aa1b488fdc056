/**
 * A paragraph's change of section as the engine reports it (`Change.crossSection`): where it
 * was and where it is now, and, when it left the recommendations for the discussion or the
 * reverse, a labelled Downgrade / Upgrade badge (words, not only colour).
 */
import type { Change } from '../../../shared/compare/types';
import { SECTION_SEPARATOR } from '../../../shared/compare/summary';
import { useT } from '../i18n';

/** "Downgrade" / "Upgrade" for a change of standing, or nothing. */
export function StandingBadge({ c }: { c: Change }) {
  const t = useT();
  if (!c.standing) return null;
  return (
    <>
      {' '}
      <span className={`badge st-${c.standing}`} title={t(`compare.${c.standing}Tip`)}>{t(`compare.${c.standing}`)}</span>
    </>
  );
}

/** " · from A › Recommended next steps to A › Discussion [Downgrade]", or nothing. */
export function SectionChange({ c }: { c: Change }) {
  const t = useT();
  if (!c.crossSection) return null;
  const from = c.baseSection?.length ? c.baseSection.join(SECTION_SEPARATOR) : t('compare.noSection');
  const to = c.targetSection?.length ? c.targetSection.join(SECTION_SEPARATOR) : t('compare.noSection');
  return (
    <span className="section-change">
      {t('compare.fromTo', { from, to })}

      <StandingBadge c={c} />
    </span>
  );
}
