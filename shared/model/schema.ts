/**
 * The project file's schema, validated with zod at every boundary where a project enters the
 * program (opening a file, an IPC or HTTP payload). A project is one human-readable JSON file.
 */
import { z } from 'zod';
import { safeHref } from './links';
import { delegationSchema, workingDataSchema } from './working';
import { annotationSchema } from '../annotate/schema';

export const PROJECT_FORMAT = 'draftwatch-project';
export const PROJECT_SCHEMA_VERSION = 3;
/** File extension of a project, without the dot. */
export const PROJECT_EXTENSION = 'draftwatch';

const id = z.string().min(1).max(200);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd');

export const runSchema = z.object({
  text: z.string(),
  marks: z.array(z.enum(['bold', 'italic', 'underline'])).optional(),
  href: z.string().refine((h) => safeHref(h) === h, 'links may only be http, https or mailto').optional(),
});

export const footnoteSchema = z.object({ marker: z.string().max(20), text: z.string(), at: z.number().int().min(0).optional() });

export const headingSchema = z.object({
  kind: z.literal('heading'),
  id,
  level: z.number().int().min(1).max(9),
  number: z.string().max(40).nullable(),
  numberSuffix: z.string().max(8).optional(),
  text: z.string(),
  runs: z.array(runSchema).optional(),
});

export const paragraphSchema = z.object({
  kind: z.literal('paragraph'),
  id,
  number: z.string().max(40).nullable(),
  numberSuffix: z.string().max(8).optional(),
  level: z.number().int().min(0).max(9),
  section: z.array(z.string()),
  text: z.string(),
  runs: z.array(runSchema).optional(),
  footnotes: z.array(footnoteSchema).optional(),
});

export const blockSchema = z.discriminatedUnion('kind', [headingSchema, paragraphSchema]);

export const draftSchema = z.object({
  id,
  label: z.string().min(1).max(200),
  date: isoDate.nullable(),
  sourceName: z.string().max(1000).nullable(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().max(2000),
  symbol: z.string().max(200).nullable(),
  blocks: z.array(blockSchema),
  importedAt: z.string(),
  notes: z.array(z.string()).optional(),
  /** Language code ("fr"); an unknown code (a newer version's) is kept and read as English. */
  language: z.string().min(2).max(35).optional(),
  /** Working drafts only (format 3): see model/working.ts. */
  working: workingDataSchema.optional(),
});

/** A phrase followed across drafts by the language tracker. */
export const watchTermSchema = z.object({
  id,
  phrase: z.string().min(1).max(500),
  /** Other wordings the user wants counted as the same term. */
  alternatives: z.array(z.string().min(1).max(500)).default([]),
  category: z.string().max(100).default(''),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#1f6feb'),
});

const paragraphRef = z.object({ draftId: id, paragraphId: id });

/** A person's decision about lineage that overrides the alignment: link or unlink two paragraphs. */
export const lineageOverrideSchema = z.object({
  kind: z.enum(['link', 'unlink']),
  from: paragraphRef,
  to: paragraphRef,
});

export const projectSchema = z
  .object({
    format: z.literal(PROJECT_FORMAT),
    schemaVersion: z.literal(PROJECT_SCHEMA_VERSION),
    id,
    name: z.string().min(1).max(300),
    createdAt: z.string(),
    modifiedAt: z.string(),
    drafts: z.array(draftSchema),
    watchList: z.array(watchTermSchema).default([]),
    lineageOverrides: z.array(lineageOverrideSchema).default([]),
    /** Delegations' comments and positions on passages (format 2, see shared/annotate/). */
    annotations: z.array(annotationSchema).default([]),
    /** Delegations that propose, support or oppose text in working drafts (format 3). */
    delegations: z.array(delegationSchema).default([]),
    /**
     * The language the person chose for the project ("fr"): drafts without a choice of their own
     * are read in it instead of the detected one (`languageFor`, `draftProfile`). Optional, so
     * no format version: files without it parse as before; an unknown code is kept and passed over.
     */
    language: z.string().min(2).max(35).optional(),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    for (const d of p.drafts) {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', message: `two drafts share the id "${d.id}"` });
      seen.add(d.id);
      const blockIds = new Set<string>();
      for (const b of d.blocks) {
        if (blockIds.has(b.id)) {
          ctx.addIssue({ code: 'custom', message: `draft "${d.label}" has two blocks with the id "${b.id}"` });
          break;
        }
        blockIds.add(b.id);
      }
    }
    const annotationIds = new Set<string>();
    for (const a of p.annotations) {
      if (annotationIds.has(a.id)) {
        ctx.addIssue({ code: 'custom', message: `two annotations share the id "${a.id}"` });
        break;
      }
      annotationIds.add(a.id);
    }
    checkWorkingDrafts(p, ctx);
  });

/** Working drafts name a received draft of the project as base, and known delegations. */
function checkWorkingDrafts(
  p: { drafts: z.infer<typeof draftSchema>[]; delegations: z.infer<typeof delegationSchema>[] },
  ctx: z.RefinementCtx,
): void {
  const delegations = new Set(p.delegations.map((d) => d.id));
  if (delegations.size !== p.delegations.length) ctx.addIssue({ code: 'custom', message: 'two delegations share an id' });
  const received = new Set(p.drafts.filter((d) => !d.working).map((d) => d.id));
  for (const d of p.drafts) {
    if (!d.working) continue;
    if (!received.has(d.working.baseId)) {
      ctx.addIssue({ code: 'custom', message: `working draft "${d.label}" names a base draft the project does not have` });
    }
    if (new Set(d.working.proposals.map((x) => x.id)).size !== d.working.proposals.length) {
      ctx.addIssue({ code: 'custom', message: `working draft "${d.label}" has two proposals with one id` });
    }
    const named = [d.working.delegationId, ...d.working.proposals.flatMap((x) => [x.proposer, ...x.supporters, ...x.opponents])];
    if (named.some((n) => n !== null && !delegations.has(n))) {
      ctx.addIssue({ code: 'custom', message: `working draft "${d.label}" names a delegation the project does not list` });
    }
  }
}

export type Project = z.infer<typeof projectSchema>;
export type WatchTerm = z.infer<typeof watchTermSchema>;
export type LineageOverride = z.infer<typeof lineageOverrideSchema>;
export type { Delegation, WorkingData, Proposal, ParagraphStatus } from './working';
