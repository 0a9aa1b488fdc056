/**
 * A paragraph's change of section as the engine reports it (`Change.crossSection`): where it
 * was and where it is now, and, when it left the recommendations for the discussion or the
 * reverse, a labelled Downgrade / Upgrade badge (words, not only colour).
 */
import type { Change } from '../../../shared/compare/types';
import { SECTION_SEPARATOR } from '../../../shared/compare/summary';

const STANDING_LABEL = { downgrade: 'Downgrade', upgrade: 'Upgrade' } as const;
const STANDING_TITLE = {
  downgrade: 'From the recommendations to the discussion',
  upgrade: 'From the discussion to the recommendations',
} as const;

/** "Downgrade" / "Upgrade" for a change of standing, or nothing. */
export function StandingBadge({ c }: { c: Change }) {
  if (!c.standing) return null;
  return (
    <>
      {' '}
      <span className={`badge st-${c.standing}`} title={STANDING_TITLE[c.standing]}>{STANDING_LABEL[c.standing]}</span>
    </>
  );
}

/** " · from A › Recommended next steps to A › Discussion [Downgrade]", or nothing. */
export function SectionChange({ c }: { c: Change }) {
  if (!c.crossSection) return null;
  const from = c.baseSection?.length ? c.baseSection.join(SECTION_SEPARATOR) : 'no section';
  const to = c.targetSection?.length ? c.targetSection.join(SECTION_SEPARATOR) : 'no section';
  return (
    <span className="section-change">
      {` · from ${from} to ${to}`}
      <StandingBadge c={c} />
    </span>
  );
}
