/**
 * The view state: what is on screen, as one serialisable value that a second window (the audience
 * window of presenter mode) can follow. Which tab, which two drafts are compared and how, which
 * change is current, the filters, and where the presentation stands. Validated with zod wherever
 * it crosses a window boundary (BroadcastChannel in browser mode, IPC through main in Electron).
 */
import { z } from 'zod';
import type { ChangeKind } from '../compare/types';
import type { TrackEventKind } from '../track/types';

const id = z.string().min(1).max(200);

export const changeKindSchema = z.enum(['unchanged', 'modified', 'moved', 'split', 'merged', 'deleted', 'inserted']);
export const eventKindSchema = z.enum(['removed', 'added', 'moved', 'reworded', 'count']);

/** Presenter zoom limits: 50 % to 250 % of the projector's base type size. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 2.5;

export const compareViewSchema = z.object({
  baseId: id.nullable(),
  targetId: id.nullable(),
  mode: z.enum(['combined', 'side']),
  options: z.object({ ignoreCase: z.boolean(), ignorePunctuation: z.boolean(), ignoreNumbering: z.boolean() }).strict(),
  /** Kinds of change shown in the change list and stepped through (here and in presenter mode). */
  filter: z.array(changeKindSchema).max(7),
  /** The current row of the redline, for the comparison named by `key` (see comparisonKey). */
  current: z.object({ key: z.string().max(1000), row: z.number().int().min(0) }).strict().nullable(),
}).strict();

export const trackerSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cell'), termId: id, draftId: id }).strict(),
  z.object({ kind: z.literal('event'), key: z.string().max(100_000) }).strict(),
  z.object({ kind: z.literal('hedge'), key: z.string().max(100_000) }).strict(),
  z.object({ kind: z.literal('brackets'), draftId: id }).strict(),
]);

export const trackerViewSchema = z.object({
  /** One chosen pair of drafts for the events, or null for each draft and the next. */
  scope: z.object({ from: id, to: id }).strict().nullable(),
  eventKinds: z.array(eventKindSchema).max(5),
  /** Part of a phrase the events are filtered by; empty for every phrase. */
  eventText: z.string().max(500),
  selection: trackerSelectionSchema.nullable(),
  /** Working drafts tracked with the received ones (the Tracker tab's switch; its slides follow it). */
  withWorking: z.boolean().default(false),
}).strict();

export const presenterViewSchema = z.object({
  active: z.boolean(),
  source: z.enum(['compare', 'tracker']),
  /** Slide index in the tracker deck (the comparison's position is `compare.current`). */
  trackerSlide: z.number().int().min(0),
  /** Which screenful of a change taller than the screen is shown (0: its top). */
  part: z.number().int().min(0).max(1000),
  /** The audience sees a black screen. */
  blank: z.boolean(),
  zoom: z.number().min(MIN_ZOOM).max(MAX_ZOOM),
}).strict();

export const viewStateSchema = z.object({
  /** The main window's view tab ("read", "compare", "track", …). */
  tab: z.string().min(1).max(40),
  compare: compareViewSchema,
  tracker: trackerViewSchema,
  presenter: presenterViewSchema,
}).strict();

export type ViewState = z.infer<typeof viewStateSchema>;
export type CompareViewState = z.infer<typeof compareViewSchema>;
export type TrackerViewState = z.infer<typeof trackerViewSchema>;
export type PresenterViewState = z.infer<typeof presenterViewSchema>;
export type TrackerSelection = z.infer<typeof trackerSelectionSchema>;

// The enums above name exactly the engine's and tracker's kinds: a compile-time check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _changeKinds: Same<z.infer<typeof changeKindSchema>, ChangeKind> = true;
const _eventKinds: Same<z.infer<typeof eventKindSchema>, TrackEventKind> = true;
void _changeKinds;
void _eventKinds;

/**
 * The key naming one comparison: its two drafts and the options that change its rows. A current
 * row is only meaningful for the comparison it was chosen in.
 */
export function comparisonKey(c: Pick<CompareViewState, 'baseId' | 'targetId' | 'options'>): string {
  const o = c.options;
  return `${c.baseId ?? ''}>${c.targetId ?? ''}|${+o.ignoreCase}${+o.ignorePunctuation}${+o.ignoreNumbering}`;
}
