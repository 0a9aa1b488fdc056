/**
 * Annotation sets as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
 * Export is a projection of the stored annotations; import is a validated parse (zod) that
 * accepts what other tools write: a bare array, one annotation, an AnnotationPage, or an
 * AnnotationCollection with `items` or `first.items`; targets with only a TextQuoteSelector and a
 * `source`; bodies as TextualBody objects, strings or `bodyValue`. Draftwatch's own fields
 * (position, priority, delegation, the paragraph's identity) travel in the `dw:` namespace.
 */
import { z } from 'zod';
import type { Draft } from '../model/draft';
import { annotationSchema, ANNOTATION_LIMITS, POSITIONS, PRIORITIES, type Annotation, type Position, type Priority } from './schema';
import { plainToComment, sanitizeComment } from './sanitize';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const DW_NAMESPACE = 'https://draftwatch.org/ns/annotation#';
/** The JSON-LD context of an exported set: the W3C context plus the `dw:` prefix. */
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { dw: DW_NAMESPACE }];
/** How a draft is named as a target's source. */
export const DRAFT_IRI_PREFIX = 'urn:draftwatch:draft:';
/** How a paragraph's identity is written as a FragmentSelector. */
export const PARAGRAPH_SELECTOR = `${DW_NAMESPACE}paragraph`;
/** Most annotations one file may hold. */
export const MAX_IMPORT_ANNOTATIONS = 100_000;

/** The file chosen is not an annotation set we can read; the message says why, in plain words. */
export class AnnotationFileError extends Error {
  override name = 'AnnotationFileError';
}

type Json = Record<string, unknown>;

/** One annotation as W3C JSON-LD (without `@context`, which the set carries). */
export function annotationToW3c(a: Annotation, draft?: Pick<Draft, 'id' | 'label' | 'hash'>): Json {
  const body: Json[] = [];
  if (a.body.comment) body.push({ type: 'TextualBody', value: a.body.comment, format: 'text/html', purpose: 'commenting' });
  for (const tag of a.body.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (a.body.replacement !== null) body.push({ type: 'TextualBody', value: a.body.replacement, format: 'text/plain', purpose: 'editing' });
  const selector: Json[] = [{ type: 'TextQuoteSelector', exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix }];
  if (a.target.paragraph) {
    selector.push({
      type: 'FragmentSelector',
      conformsTo: PARAGRAPH_SELECTOR,
      value: a.target.paragraph,
      ...(a.target.position ? { refinedBy: { type: 'TextPositionSelector', start: a.target.position.start, end: a.target.position.end } } : {}),
    });
  }
  return {
    id: a.id,
    type: 'Annotation',
    motivation: a.body.replacement !== null ? 'editing' : 'commenting',
    created: a.created,
    modified: a.modified,
    creator: { type: a.author ? 'Person' : 'Organization', name: a.author || a.delegation || 'Unknown', ...(a.delegation ? { 'dw:delegation': a.delegation } : {}) },
    ...(body.length ? { body } : {}),
    target: {
      source: `${DRAFT_IRI_PREFIX}${a.target.source}`,
      ...(draft ? { 'dw:draftLabel': draft.label, 'dw:draftHash': draft.hash } : {}),
      selector,
    },
    'dw:position': a.body.position,
    'dw:priority': a.body.priority,
  };
}

/** A set of annotations as one W3C AnnotationCollection (JSON text). */
export function annotationsToW3c(annotations: readonly Annotation[], drafts: readonly Draft[], label = 'Draftwatch annotations'): string {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const items = annotations.map((a) => annotationToW3c(a, byId.get(a.target.source)));
  return JSON.stringify({ '@context': EXPORT_CONTEXT, type: 'AnnotationCollection', label, total: items.length, first: { type: 'AnnotationPage', startIndex: 0, items } }, null, 1) + '\n';
}

// ---- import ----

const str = z.string();
const typed = (name: string) => z.union([z.literal(name), z.array(z.string()).refine((t) => t.includes(name))]);
const textQuoteSelector = z.object({ type: typed('TextQuoteSelector'), exact: str.min(1, 'an empty quote').max(ANNOTATION_LIMITS.quote), prefix: str.max(2000).optional(), suffix: str.max(2000).optional() });
const positionSelector = z.object({ type: typed('TextPositionSelector'), start: z.number().int().min(0), end: z.number().int().min(0) });
const fragmentSelector = z.object({ type: typed('FragmentSelector'), value: str.min(1).max(200), conformsTo: str.optional(), refinedBy: z.unknown().optional() });
const anySelector = z.object({ type: z.unknown() }).passthrough();
const targetObject = z.object({ source: str.min(1).max(2000), selector: z.union([anySelector, z.array(anySelector)]).optional() }).passthrough();
const textualBody = z
  .object({ type: z.unknown().optional(), value: str.max(ANNOTATION_LIMITS.comment * 5), format: str.optional(), purpose: z.union([str, z.array(str)]).optional() })
  .passthrough();
const bodyItem = z.union([str, textualBody, z.object({}).passthrough()]);
const agent = z.union([str, z.object({ name: str.max(1000).optional(), nickname: str.max(1000).optional() }).passthrough()]);

const w3cAnnotation = z
  .object({
    id: str.min(1).max(500).optional(),
    type: typed('Annotation'),
    created: str.max(40).optional(),
    modified: str.max(40).optional(),
    creator: z.union([agent, z.array(agent)]).optional(),
    body: z.union([bodyItem, z.array(bodyItem)]).optional(),
    bodyValue: str.max(ANNOTATION_LIMITS.comment).optional(),
    target: z.union([str, targetObject, z.array(z.union([str, targetObject]))]),
  })
  .passthrough();

type W3cAnnotation = z.infer<typeof w3cAnnotation>;

/** The annotation items of a parsed file, whatever container other tools used. */
function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) throw new AnnotationFileError('This file is JSON, but not a W3C annotation set (expected an array of annotations or an AnnotationCollection).');
  const v = value as Json;
  const type = ([] as unknown[]).concat(v.type ?? []);
  if (type.includes('Annotation')) return [v];
  if (Array.isArray(v.items)) return v.items;
  const first = v.first as Json | undefined;
  if (first && typeof first === 'object' && Array.isArray(first.items)) return first.items;
  if (type.includes('AnnotationCollection') || type.includes('AnnotationPage')) return [];
  throw new AnnotationFileError('This file is JSON, but not a W3C annotation set (no annotations, items or first.items in it).');
}

function hasContext(value: unknown): boolean {
  if (Array.isArray(value)) return true; // a bare array carries no context; its items may
  const c = (value as Json)['@context'];
  return c === undefined || c === ANNO_CONTEXT || (Array.isArray(c) && c.includes(ANNO_CONTEXT)) || typeof c === 'object';
}

/** A W3C annotation read from a file, before it is tied to a project's draft. */
export interface ParsedAnnotation {
  /** 0-based place in the file, for messages ("annotation 3"). */
  index: number;
  id: string | null;
  source: string;
  draftLabel: string | null;
  draftHash: string | null;
  paragraph: string | null;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | null;
  comment: string;
  tags: string[];
  replacement: string | null;
  position_: Position;
  priority: Priority;
  delegation: string;
  author: string;
  created: string | null;
  modified: string | null;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ');
const purposes = (b: Json): string[] => ([] as unknown[]).concat(b.purpose ?? []).filter((x): x is string => typeof x === 'string');

function readAnnotation(a: W3cAnnotation, index: number): ParsedAnnotation {
  const where = `annotation ${index + 1}${a.id ? ` (${a.id})` : ''}`;
  const targets = ([] as unknown[]).concat(a.target).filter((t): t is z.infer<typeof targetObject> => typeof t === 'object' && t !== null);
  const target = targets.find((t) => t.selector !== undefined) ?? targets[0];
  if (!target) throw new AnnotationFileError(`${where} has no target with a source and a selector; a whole-document annotation cannot be placed on a passage.`);
  const selectors = ([] as unknown[]).concat(target.selector ?? []);
  const quote = selectors.map((s) => textQuoteSelector.safeParse(s)).find((r) => r.success)?.data;
  if (!quote) throw new AnnotationFileError(`${where} has no TextQuoteSelector (exact, prefix, suffix), so its passage cannot be found.`);
  const fragment = selectors.map((s) => fragmentSelector.safeParse(s)).find((r) => r.success && r.data.conformsTo === PARAGRAPH_SELECTOR)?.data;
  const refined = fragment ? positionSelector.safeParse(fragment.refinedBy) : null;
  const bodies = ([] as unknown[]).concat(a.body ?? []);
  let comment = '';
  const tags: string[] = [];
  let replacement: string | null = null;
  for (const raw of bodies) {
    if (typeof raw === 'string') continue; // a body by reference (an IRI) has nothing to show
    const b = raw as Json;
    if (typeof b.value !== 'string') continue;
    const p = purposes(b);
    if (p.includes('tagging')) {
      const tag = b.value.trim().slice(0, ANNOTATION_LIMITS.tag);
      if (tag && !tags.includes(tag) && tags.length < ANNOTATION_LIMITS.tags) tags.push(tag);
    } else if (p.includes('editing')) replacement = b.value.slice(0, ANNOTATION_LIMITS.replacement);
    else if (!comment) comment = b.format === 'text/html' ? sanitizeComment(b.value) : plainToComment(b.value);
  }
  if (!comment && a.bodyValue) comment = plainToComment(a.bodyValue);
  const creators = ([] as unknown[]).concat(a.creator ?? []);
  const c0 = creators[0];
  const creatorName = typeof c0 === 'string' ? '' : ((c0 as Json | undefined)?.name as string | undefined) ?? ((c0 as Json | undefined)?.nickname as string | undefined) ?? '';
  const delegationRaw = typeof c0 === 'object' && c0 !== null ? (c0 as Json)['dw:delegation'] : undefined;
  const delegation = typeof delegationRaw === 'string' ? delegationRaw : '';
  const pos = (a as Json)['dw:position'];
  const pri = (a as Json)['dw:priority'];
  const label = (target as Json)['dw:draftLabel'];
  const hash = (target as Json)['dw:draftHash'];
  return {
    index,
    id: a.id ?? null,
    source: target.source,
    draftLabel: typeof label === 'string' ? label : null,
    draftHash: typeof hash === 'string' ? hash : null,
    paragraph: fragment?.value ?? null,
    quote: { exact: squash(quote.exact), prefix: squash(quote.prefix ?? '').slice(-200), suffix: squash(quote.suffix ?? '').slice(0, 200) },
    position: refined?.success && refined.data.end > refined.data.start ? { start: refined.data.start, end: refined.data.end } : null,
    comment: comment.slice(0, ANNOTATION_LIMITS.comment),
    tags,
    replacement,
    position_: POSITIONS.includes(pos as Position) ? (pos as Position) : 'none',
    priority: PRIORITIES.includes(pri as Priority) ? (pri as Priority) : 'normal',
    delegation: delegation.slice(0, ANNOTATION_LIMITS.name),
    author: (delegation && creatorName === delegation ? '' : creatorName).slice(0, ANNOTATION_LIMITS.name),
    created: a.created ?? null,
    modified: a.modified ?? null,
  };
}

/**
 * Parses a W3C annotation file's text. Throws AnnotationFileError naming the first problem
 * (not JSON, not annotations, an annotation without a quote); never returns a partial set.
 */
export function parseW3cAnnotations(text: string): ParsedAnnotation[] {
  if (!text.trim()) throw new AnnotationFileError('This annotation file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AnnotationFileError('This file is not a W3C annotation set: it is not valid JSON.');
  }
  if (!hasContext(value)) throw new AnnotationFileError(`This file is JSON-LD, but not of the Web Annotation model (its @context is not ${ANNO_CONTEXT}).`);
  const items = itemsOf(value);
  if (items.length > MAX_IMPORT_ANNOTATIONS) throw new AnnotationFileError(`This file holds ${items.length} annotations; at most ${MAX_IMPORT_ANNOTATIONS} can be imported at once.`);
  return items.map((item, i) => {
    const r = w3cAnnotation.safeParse(item);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const at = issue.path.length ? ` at ${issue.path.join('.')}` : '';
      throw new AnnotationFileError(`Annotation ${i + 1} is not a valid W3C annotation${at}: ${issue.message}.`);
    }
    return readAnnotation(r.data, i);
  });
}

/** The project draft an imported annotation's source names: by id, then by the file's hash. */
export function resolveSource(p: ParsedAnnotation, drafts: readonly Draft[]): Draft | null {
  const id = p.source.startsWith(DRAFT_IRI_PREFIX) ? p.source.slice(DRAFT_IRI_PREFIX.length) : p.source;
  return drafts.find((d) => d.id === id) ?? (p.draftHash ? drafts.find((d) => d.hash === p.draftHash) : undefined) ?? null;
}

/** A new annotation id: a random UUID as an IRI, so it stays valid in JSON-LD. */
export function newAnnotationId(random: () => number = Math.random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A parsed annotation as a stored one on `draft` (validated again by the project schema). */
export function toStored(p: ParsedAnnotation, draft: Draft, now: string): Annotation {
  const known = p.paragraph !== null && draft.blocks.some((b) => b.id === p.paragraph && b.kind === 'paragraph');
  return annotationSchema.parse({
    id: p.id ?? newAnnotationId(),
    created: p.created ?? now,
    modified: p.modified ?? p.created ?? now,
    delegation: p.delegation,
    author: p.author,
    target: { source: draft.id, paragraph: known ? p.paragraph : null, quote: p.quote, position: known ? p.position : null },
    body: { comment: p.comment, position: p.position_, priority: p.priority, tags: p.tags, replacement: p.replacement },
  });
}

/**
 * An annotation file's set tied to the project's drafts. Every annotation must name a draft the
 * project has; otherwise nothing is imported and the error names the first one that does not.
 */
export function importW3cAnnotations(text: string, drafts: readonly Draft[], now: string = new Date().toISOString()): Annotation[] {
  const parsed = parseW3cAnnotations(text);
  return parsed.map((p) => {
    const draft = resolveSource(p, drafts);
    if (!draft) {
      const named = p.draftLabel ? `“${p.draftLabel}” (${p.source})` : p.source;
      throw new AnnotationFileError(`Annotation ${p.index + 1} is on a draft this project does not have: ${named}. Import that draft first; nothing was imported.`);
    }
    return toStored(p, draft, now);
  });
}
