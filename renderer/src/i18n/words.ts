/**
 * The domain words the interface shows for data values (an annotation's position and priority),
 * in the current interface language: drop-in tables for the English ones in shared/ (which the
 * exports and the command line keep using).
 */
import { POSITIONS, PRIORITIES, type Position, type Priority } from '../../../shared/annotate/schema';
import { translatedTable } from './index';

export const POSITION_LABEL: Record<Position, string> = translatedTable('position', POSITIONS);
export const PRIORITY_LABEL: Record<Priority, string> = translatedTable('priority', PRIORITIES);
