/**
 * A deck: what the room sees in presenter mode, as plain data. The presenter window builds it from
 * a comparison or a tracker report and hands it to the audience window, which renders it without
 * the project, the engine or the tracker. Presenter-only notes have no place in it: whatever is
 * in a deck may reach the audience screen.
 */
import { z } from 'zod';
import { changeKindSchema, eventKindSchema } from './state';

const text = z.string().max(1_000_000);
const short = z.string().max(2000);

export const diffOpSchema = z.tuple([z.enum(['=', '-', '+']), text]);

/** One row of a redline in presenter mode: a change (or the stub where a moved paragraph stood). */
export const deckRowSchema = z.object({
  kind: z.union([changeKindSchema, z.literal('stub')]),
  /** Section heading printed before the row, when the section changes there. */
  heading: short.nullable(),
  /** Paragraph number shown in the margin (the later draft's, or the earlier one's for a deletion). */
  number: short,
  /** The earlier draft's number when it differs. */
  was: short.nullable(),
  /** The kind in words ("Modified", "Moved away"). */
  badge: short,
  /** "Zero draft ¶10 → Rev.2 ¶11". */
  citation: short,
  /** A further line about the change ("from B › Recommended next steps"), or null. */
  detail: short.nullable(),
  /** How a reader cites the paragraph in the progress line ("¶11", "¶28, 29"). */
  cite: short,
  /** The section path, as the change list shows it. */
  section: short,
  /** The combined redline of the row. */
  ops: z.array(diffOpSchema).max(200_000),
}).strict();

export const compareDeckSchema = z.object({
  type: z.literal('compare'),
  /** The comparison and filter the deck was built for. */
  key: short,
  title: short,
  rows: z.array(deckRowSchema).max(200_000),
  /** Row indexes stepped through, in order: the changes that pass the filter. */
  stops: z.array(z.number().int().min(0)).max(200_000),
}).strict();

export const matrixSlideSchema = z.object({
  type: z.literal('matrix'),
  page: z.number().int().min(1),
  pages: z.number().int().min(1),
  drafts: z.array(short).max(500),
  rows: z.array(z.object({
    phrase: short,
    category: short,
    cells: z.array(z.object({ count: z.number().int().min(0), trend: z.enum(['gone', 'new']).nullable() }).strict()).max(500),
  }).strict()).max(1000),
}).strict();

export const segmentSchema = z.object({ text, mark: z.boolean() }).strict();

export const eventSlideSchema = z.object({
  type: z.literal('event'),
  /** The event's key in the tracker (to select it there when the presentation ends). */
  key: z.string().max(100_000),
  kind: eventKindSchema,
  /** "cyber mercenaries: removed in Rev.2". */
  headline: short,
  /** The kind in words. */
  badge: short,
  /** "Rev.1 ¶11, ¶17 → Rev.2 —". */
  where: short,
  /** A downgrade or upgrade, in words, or null. */
  flag: short.nullable(),
  /** A move between sections. */
  move: z.object({ from: short, to: short }).strict().nullable(),
  /** A rewording: what was deleted and what came in its place. */
  reworded: z.object({ deleted: text, inserted: text }).strict().nullable(),
  count: z.object({ before: z.number().int().min(0), after: z.number().int().min(0) }).strict().nullable(),
  /** A paragraph holding the phrase, with the phrase marked. */
  quote: z.object({ draft: short, cite: short, segments: z.array(segmentSchema).max(10_000) }).strict().nullable(),
  /** "Rev.1 → Rev.2". */
  pair: short,
}).strict();

export const trackerSlideSchema = z.discriminatedUnion('type', [matrixSlideSchema, eventSlideSchema]);

export const trackerDeckSchema = z.object({
  type: z.literal('tracker'),
  key: short,
  title: short,
  slides: z.array(trackerSlideSchema).max(100_000),
}).strict();

export const deckSchema = z.discriminatedUnion('type', [compareDeckSchema, trackerDeckSchema]);

export type Deck = z.infer<typeof deckSchema>;
export type CompareDeck = z.infer<typeof compareDeckSchema>;
export type DeckRow = z.infer<typeof deckRowSchema>;
export type TrackerDeck = z.infer<typeof trackerDeckSchema>;
export type TrackerSlide = z.infer<typeof trackerSlideSchema>;
export type MatrixSlide = z.infer<typeof matrixSlideSchema>;
export type EventSlide = z.infer<typeof eventSlideSchema>;
