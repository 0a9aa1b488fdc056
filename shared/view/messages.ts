/**
 * What the app's windows say to each other about the view: a window announcing itself (so the
 * presenter answers with the state and the deck), the view state after a change, the deck, and a
 * window leaving. Every message received is parsed here before anything uses it.
 */
import { z } from 'zod';
import { viewStateSchema } from './state';
import { deckSchema } from './deck';

/** A window's random id: which window sent a message. */
const windowId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const role = z.enum(['presenter', 'audience']);

export const viewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), from: windowId, role }).strict(),
  z.object({ type: z.literal('bye'), from: windowId, role }).strict(),
  /** The whole view state; `rev` and `origin` order concurrent changes so every window settles on the same one. */
  z.object({ type: z.literal('state'), from: windowId, rev: z.number().int().min(0), origin: windowId, state: viewStateSchema }).strict(),
  z.object({ type: z.literal('deck'), from: windowId, deck: deckSchema.nullable() }).strict(),
]);

export type ViewMessage = z.infer<typeof viewMessageSchema>;
export type WindowRole = z.infer<typeof role>;

/** The message, or null when it is not a valid view message (it is then ignored). */
export function parseViewMessage(raw: unknown): ViewMessage | null {
  const r = viewMessageSchema.safeParse(raw);
  return r.success ? r.data : null;
}
