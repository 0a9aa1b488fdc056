/**
 * An annotation as the project stores it: a delegation's comment and position on a passage of one
 * draft, shaped after the W3C Web Annotation model so that export to JSON-LD is a projection and
 * import a validated parse. The target names the draft (`source`), the paragraph's identity within
 * it, a TextQuoteSelector (exact text with about 32 characters of context on each side, within the
 * paragraph) and a TextPositionSelector (offsets within the paragraph's text). Where the passage
 * sits in any other draft is derived (see anchor.ts), never stored.
 */
import { z } from 'zod';

/** A delegation's stance on a passage. */
export const POSITIONS = ['support', 'oppose', 'amend', 'reserve', 'none'] as const;
export type Position = (typeof POSITIONS)[number];

export const PRIORITIES = ['high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Characters of context kept before and after a quote. */
export const CONTEXT_CHARS = 32;

/** Limits that keep one hostile file from filling memory or the screen. */
export const ANNOTATION_LIMITS = {
  /** Comment HTML, after sanitising. */
  comment: 20_000,
  quote: 5_000,
  replacement: 10_000,
  tags: 30,
  tag: 60,
  name: 200,
} as const;

const text = (max: number) => z.string().max(max);

export const textQuoteSchema = z.object({
  exact: z.string().min(1).max(ANNOTATION_LIMITS.quote),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
});

export const textPositionSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((p) => p.end > p.start, 'a passage must end after it starts');

export const annotationTargetSchema = z.object({
  /** Id of the draft the annotation was made on. */
  source: z.string().min(1).max(200),
  /** Id of the paragraph within that draft; null when an imported set named only a quote. */
  paragraph: z.string().min(1).max(200).nullable(),
  quote: textQuoteSchema,
  /** Offsets within the paragraph's text; null when unknown (a quote-only import). */
  position: textPositionSchema.nullable(),
});

export const annotationBodySchema = z.object({
  /** Sanitised HTML: paragraphs, bold, italic, lists, http/https/mailto links (see sanitize.ts). */
  comment: text(ANNOTATION_LIMITS.comment),
  position: z.enum(POSITIONS).default('none'),
  priority: z.enum(PRIORITIES).default('normal'),
  tags: z.array(z.string().min(1).max(ANNOTATION_LIMITS.tag)).max(ANNOTATION_LIMITS.tags).default([]),
  /** Text the delegation proposes instead of the passage (an amendment), or null. */
  replacement: text(ANNOTATION_LIMITS.replacement).nullable().default(null),
});

export const annotationSchema = z.object({
  /** An IRI, so the W3C export keeps it: "urn:uuid:…" for annotations made here. */
  id: z.string().min(1).max(500),
  created: z.string().max(40),
  modified: z.string().max(40),
  /** The delegation the position belongs to ("Utopia"), and the person who wrote it, if named. */
  delegation: text(ANNOTATION_LIMITS.name).default(''),
  author: text(ANNOTATION_LIMITS.name).default(''),
  target: annotationTargetSchema,
  body: annotationBodySchema,
});

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationTarget = z.infer<typeof annotationTargetSchema>;
export type AnnotationBody = z.infer<typeof annotationBodySchema>;
export type TextQuote = z.infer<typeof textQuoteSchema>;

/** The name shown for who made an annotation: "Utopia (J. Doe)", "Utopia", or "J. Doe". */
export function annotationOwner(a: Pick<Annotation, 'delegation' | 'author'>): string {
  if (a.delegation && a.author) return `${a.delegation} (${a.author})`;
  return a.delegation || a.author || 'Unknown';
}

/** Human label of a position. */
export const POSITION_LABEL: Record<Position, string> = {
  support: 'Support',
  oppose: 'Oppose',
  amend: 'Amend',
  reserve: 'Reserve',
  none: 'No position',
};
