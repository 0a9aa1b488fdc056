/**
 * The domain words the interface shows for data values (an annotation's position and priority),
 * in the current interface language: drop-in tables for the English ones in shared/ (which the
 * exports and the command line keep using).
 */
import { POSITIONS, PRIORITIES, type Position, type Priority } from '../../../shared/annotate/schema';
import type { Anchor, ParagraphRef } from '../../../shared/annotate/anchor';
import { t, translatedTable } from './index';

export const POSITION_LABEL: Record<Position, string> = translatedTable('position', POSITIONS);
export const PRIORITY_LABEL: Record<Priority, string> = translatedTable('priority', PRIORITIES);

const paragraphWord = (r: ParagraphRef): string => ('number' in r ? t('why.paragraphN', { number: r.number }) : t('why.paragraphWords', { words: r.words }));
const paragraphCite = (r: ParagraphRef): string => ('number' in r ? t('why.citeN', { number: r.number }) : t('why.paragraphWords', { words: r.words }));

/** Why an annotation is orphaned, in the interface language ("paragraphe 17 supprimé dans Rev.2"). */
export function orphanReason(anchor: Pick<Anchor, 'why' | 'reason'>): string {
  const why = anchor.why;
  if (!why) return anchor.reason ?? '';
  switch (why.kind) {
    case 'deleted':
      return t('why.deleted', { paragraph: paragraphWord(why.paragraph), draft: why.draft });
    case 'merged':
    case 'split':
      return t(why.kind === 'merged' ? 'why.merged' : 'why.split', { paragraph: paragraphWord(why.paragraph), into: why.into.map(paragraphCite).join(', '), draft: why.draft });
    case 'removed':
      return t('why.removed', { from: why.from.map(paragraphCite).join(', '), draft: why.draft });
    case 'not-found':
      return why.draft === null ? t('why.notFound') : t('why.notFoundIn', { draft: why.draft });
    case 'no-draft':
      return t('why.noDraft');
  }
}
