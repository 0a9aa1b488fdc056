/** Messages between the renderer and the engine worker. */
import type { Change, ChangeKind, CompareOptions, Comparison, DiffOp, ParagraphRef } from '../../../shared/compare/types';
import type { HistoryStep } from '../../../shared/compare/lineage';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride } from '../../../shared/model/schema';
import type { Annotation } from '../../../shared/annotate/schema';
import type { AnchorMap } from '../../../shared/annotate/anchor';
import type { RedlineAnnotation } from '../../../shared/export/types';
import { paragraphAt, textOf } from './side-text';

/** A draft, sent whole with the key to keep it under, or only its key once the worker holds it. */
export type DraftOrKey = { key: string; draft?: Draft };

/** The error a worker answers when a compare request names a draft it does not hold (it restarted). */
export const UNKNOWN_DRAFT = 'unknown draft key';

/** What the annotations panel can export. */
export type AnnotationExportFormat = 'w3c' | 'csv' | 'brief-docx';

/** What the export dialog can make. */
export type ExportFormat = 'redline-docx' | 'redline-docx-static' | 'redline-html' | 'redline-pdf' | 'table-docx' | 'table-html';

export type EngineRequest =
  | {
      id: number;
      type: 'export';
      format: ExportFormat;
      /** Redlines: [base, target]; tables: every chosen draft in order. */
      drafts: Draft[];
      overrides: LineageOverride[];
      options: Partial<CompareOptions>;
      appVersion: string;
      /** Author of a Word redline's tracked changes (a working draft's delegation). */
      author?: string;
      /** Redlines: notes to place as Word comments (or HTML asides) on their passages. */
      annotations?: RedlineAnnotation[];
      /** The interface language: the export's own words follow it (shared/export/strings.ts). */
      uiLanguage?: string;
    }

  /**
   * base and target go whole the first time, with a `key` the worker keeps them under; later
   * comparisons of the same draft send `{ key }` only (cloning a 4,000-paragraph draft for the
   * worker takes the main thread longer than a frame). A worker that no longer holds the key
   * answers `unknownDraft` and the client sends the draft whole.
   */
  | { id: number; type: 'compare'; base: DraftOrKey; target: DraftOrKey; options: Partial<CompareOptions> }
  | { id: number; type: 'history'; drafts: Draft[]; overrides: LineageOverride[]; options: Partial<CompareOptions>; draftId: string; paragraphId: string }
  /** Where `annotations` sit in every draft (a chunk of the project's set; cached by content). */
  | { id: number; type: 'anchors'; drafts: Draft[]; overrides: LineageOverride[]; annotations: Annotation[] }
  /** An annotation file's text read, validated and tied to the project's drafts. */
  | { id: number; type: 'annotations-import'; text: string; drafts: Draft[] }
  | { id: number; type: 'annotations-export'; format: AnnotationExportFormat; drafts: Draft[]; overrides: LineageOverride[]; annotations: Annotation[]; draftId: string | null; appVersion: string }
  /**
   * A draft sent ahead of any comparison (the project opened, a draft came in), in parts of a few
   * hundred blocks so no single post holds the window: `draft` carries part `part` of `parts` of its
   * blocks. The worker keeps it under `key` once the last part is in, as if a compare had sent it.
   */
  | { id: number; type: 'hold'; key: string; draft: Draft; part: number; parts: number }
  /**
   * Warm the engine's JIT while nothing else is asked: `slices` comparisons of generated pairs of
   * `paragraphs` paragraphs, one per task, never ahead of a request (engine-queue.ts). Answered
   * when done or cut short by a comparison.
   */
  | { id: number; type: 'warm-up'; slices: number; paragraphs: number }
  /**
   * Compare ahead, at idle priority, the pair the Compare view would open on (both drafts held:
   * sent ahead or compared before), so that opening it finds the answer made (a request for the
   * same keys and options asked while this runs is answered when it ends, from it). Never ahead of a
   * request, after any warm-up; a newer `prepare` replaces it, `pair: null` cancels it. Answered
   * when made (`ready`), found already made, or cancelled.
   */
  | { id: number; type: 'prepare'; pair: { base: string; target: string; options: Partial<CompareOptions> } | null };

export type EngineResponse =
  | { id: number; ok: true; type: 'export'; data: Uint8Array | string; ms: number }
  | { id: number; ok: true; type: 'compare'; comparison: Comparison; ms: number }
  | { id: number; ok: true; type: 'history'; history: HistoryStep[]; ms: number }
  | { id: number; ok: true; type: 'anchors'; anchors: AnchorMap; ms: number }
  | { id: number; ok: true; type: 'annotations-import'; annotations: Annotation[]; ms: number }
  | { id: number; ok: true; type: 'annotations-export'; data: Uint8Array | string; ms: number }
  | { id: number; ok: true; type: 'hold'; ms: number }
  | { id: number; ok: true; type: 'warm-up'; ms: number; slices: number; cancelled: boolean }
  /** `ready`: the comparison is made (now, or before); `cancelled`: replaced, withdrawn, or a draft not held. */
  | { id: number; ok: true; type: 'prepare'; ms: number; ready: boolean; cancelled: boolean }
  | { id: number; ok: false; error: string };

/**
 * What the worker posts: a comparison goes as JSON text. The page parses 4,000 paragraphs' changes
 * from JSON several times faster than structured clone rebuilds their many small objects (the
 * diff pairs, the section paths), and that rebuilding is a task on the main thread.
 */
export type EngineWireResponse =
  | Exclude<EngineResponse, { type: 'compare' }>
  /** `ahead`: answered from the comparison made ahead (a `prepare`); `ms` is then the engine's time making it. */
  | { id: number; ok: true; type: 'compare'; comparison: string; ms: number; jsonMs: number; ahead?: boolean };

/**
 * A comparison as JSON text, written compactly: what the page can read from the two drafts it
 * holds is not written out. Each change is an array of its fields in a fixed order (WireChange);
 * its paragraphs go as their block indexes (a ParagraphRef's id and number are those of the block
 * at its index), its sections as their place in `sections` (a 4,000-paragraph comparison has a few
 * dozen, which two paths per change wrote out about 8,000 times), and its word diff as lengths: a
 * diff's parts are pieces of the two sides' texts in order (joining '=' and '-' gives the base
 * text, '=' and '+' the target's: worddiff.ts), so each part goes as one number, its length × 4
 * + its kind, read back by slicing the drafts' texts. At 4,000 paragraphs 1.5 M characters of
 * JSON become about a fifth of that to write in the worker and to parse on the page. Whatever does
 * not match the drafts (never, but checked as it is written: a ref whose block differs, a diff
 * whose parts do not spell the texts) goes as it is.
 */
interface WireComparison extends Omit<Comparison, 'changes'> {
  sections: string[][];
  changes: WireChange[];
}

type WireRefs = number[] | ParagraphRef[];
/** kind (index in KINDS), base, target, similarity, base section, target section, crossSection (0/1), standing, diff, other fields. */
type WireChange = [number, WireRefs, WireRefs, number, (number | null)?, (number | null)?, (0 | 1 | null)?, (Change['standing'] | null)?, (number[] | DiffOp[] | null)?, Record<string, unknown>?];

const KINDS: readonly ChangeKind[] = ['unchanged', 'modified', 'moved', 'split', 'merged', 'deleted', 'inserted'];
const KIND_CODE = new Map(KINDS.map((k, i) => [k, i]));
/**
 * The fields WireChange places. A field the engine adds to Change fails the type check below until
 * it is placed here too (a kind the page does not know goes in the last element as it is).
 */
type Placed = 'kind' | 'base' | 'target' | 'similarity' | 'baseSection' | 'targetSection' | 'crossSection' | 'standing' | 'diff';
const everyFieldPlaced: Exclude<keyof Change, Placed> extends never ? true : false = true;
void everyFieldPlaced;

/** The two drafts a comparison was made from, whose texts its word diffs are pieces of. */
export interface ComparedDrafts {
  base: Draft;
  target: Draft;
}

function refsOut(refs: ParagraphRef[], draft: Draft | undefined): WireRefs {
  if (!draft) return refs;
  for (const r of refs) {
    const b = draft.blocks[r.index];
    if (!b || b.kind !== 'paragraph' || b.id !== r.id || b.number !== r.number) return refs;
  }
  return refs.map((r) => r.index);
}

function refsIn(refs: WireRefs, draft: Draft | undefined): ParagraphRef[] {
  if (!refs.length || typeof refs[0] !== 'number') return refs as ParagraphRef[];
  if (!draft) throw new Error('A comparison reply needs the drafts it was made from.');
  return (refs as number[]).map((index) => {
    const b = paragraphAt(draft, { index, id: '', number: null });
    return { index, id: b.id, number: b.number };
  });
}

const OP_CODE = { '=': 0, '-': 1, '+': 2 } as const;
const CODE_OP = ['=', '-', '+'] as const;

/** A word diff as lengths, or null when its parts are not the pieces of `a` and `b` in order. */
export function diffAsLengths(diff: readonly DiffOp[], a: string, b: string): number[] | null {
  const out = new Array<number>(diff.length);
  let pa = 0;
  let pb = 0;
  for (let k = 0; k < diff.length; k++) {
    const [op, text] = diff[k]!;
    if (op !== '+' && !a.startsWith(text, pa)) return null;
    if (op !== '-' && !b.startsWith(text, pb)) return null;
    if (op !== '+') pa += text.length;
    if (op !== '-') pb += text.length;
    out[k] = text.length * 4 + OP_CODE[op];
  }
  return pa === a.length && pb === b.length ? out : null;
}

/** A word diff read back from its lengths and the two texts. */
export function diffFromLengths(lengths: readonly number[], a: string, b: string): DiffOp[] {
  const out = new Array<DiffOp>(lengths.length);
  let pa = 0;
  let pb = 0;
  for (let k = 0; k < lengths.length; k++) {
    const code = lengths[k]! & 3;
    const len = lengths[k]! >>> 2;
    const op = CODE_OP[code];
    if (op === undefined) throw new Error('malformed comparison reply');
    out[k] = [op, op === '+' ? b.slice(pb, pb + len) : a.slice(pa, pa + len)];
    if (op !== '+') pa += len;
    if (op !== '-') pb += len;
  }
  return out;
}

function writeComparison(c: Comparison, drafts?: ComparedDrafts): string {
  const sections: string[][] = [];
  const index = new Map<string, number>();
  const place = (path: string[] | undefined): number | null => {
    if (!path) return null;
    const key = path.join('\u0000');
    let i = index.get(key);
    if (i === undefined) {
      i = sections.length;
      sections.push(path);
      index.set(key, i);
    }
    return i;
  };
  const changes = c.changes.map((ch): WireChange => {
    const diff = ch.diff && drafts ? (diffAsLengths(ch.diff, textOf(drafts.base, ch.base), textOf(drafts.target, ch.target)) ?? ch.diff) : ch.diff;
    const out: WireChange = [
      KIND_CODE.get(ch.kind) ?? -1,
      refsOut(ch.base, drafts?.base),
      refsOut(ch.target, drafts?.target),
      ch.similarity,
      place(ch.baseSection),
      place(ch.targetSection),
      ch.crossSection === undefined ? null : ch.crossSection ? 1 : 0,
      ch.standing ?? null,
      diff ?? null,
    ];
    if (out[0] === -1) out.push({ kind: ch.kind });
    while (out.length > 4 && out[out.length - 1] === null) out.pop();
    return out;
  });
  return JSON.stringify({ ...c, changes, sections } satisfies WireComparison);
}

/** One change read back from its wire form (the comparison's section paths, its drafts). */
function readChange([kind, b, t, similarity, baseSection, targetSection, crossSection, standing, diff, other]: WireChange, sections: string[][], drafts?: ComparedDrafts): Change {
  const out: Change = { kind: KINDS[kind]!, base: refsIn(b, drafts?.base), target: refsIn(t, drafts?.target), similarity };
  if (baseSection != null) out.baseSection = sections[baseSection];
  if (targetSection != null) out.targetSection = sections[targetSection];
  if (diff?.length && typeof diff[0] === 'number') {
    if (!drafts) throw new Error('A comparison reply needs the drafts it was made from.');
    out.diff = diffFromLengths(diff as number[], textOf(drafts.base, out.base), textOf(drafts.target, out.target));
  } else if (diff) out.diff = diff as DiffOp[];
  if (crossSection != null) out.crossSection = crossSection === 1;
  if (standing != null) out.standing = standing;
  return other ? Object.assign(out, other) : out;
}

function readComparison(text: string, drafts?: ComparedDrafts): Comparison {
  const { sections, changes, ...rest } = JSON.parse(text) as WireComparison;
  return { ...rest, changes: changes.map((w) => readChange(w, sections, drafts)) };
}

/** A macrotask later: `scheduler.yield()` where the browser has it (its continuation runs before other queued tasks), else a timer. */
export const nextTask = (): Promise<void> => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof s?.yield === 'function' ? s.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * The same comparison as `fromWire` reads, read in slices of about `sliceMs` milliseconds with
 * `pause()` between them, so reading a 4,000-paragraph reply (its word diffs rebuilt from the
 * drafts' texts: some 10 ms, and as much again in garbage collection) is no single long task on
 * the page: the browser can paint and handle input between slices. A short reply is read in one.
 */
export async function readComparisonInSlices(text: string, drafts: ComparedDrafts | undefined, pause: () => Promise<void> = nextTask, sliceMs = 4): Promise<Comparison> {
  let start = performance.now();
  const { sections, changes: wire, ...rest } = JSON.parse(text) as WireComparison;
  const changes = new Array<Change>(wire.length);
  for (let i = 0; i < wire.length; i++) {
    if (performance.now() - start > sliceMs) {
      await pause();
      start = performance.now();
    }
    changes[i] = readChange(wire[i]!, sections, drafts);
  }
  return { ...rest, changes };
}

/** A reply as the worker posts it. */
export function toWire(r: EngineResponse, drafts?: ComparedDrafts): EngineWireResponse {
  if (!r.ok || r.type !== 'compare') return r;
  const t0 = performance.now();
  const comparison = writeComparison(r.comparison, drafts);
  // The time writing it, for the Compare view bench (it reads the worker's messages).
  return { ...r, comparison, jsonMs: performance.now() - t0 };
}

/**
 * A reply as the page reads it (from the worker, or from the main-thread fallback as is); a
 * comparison with the drafts it compared (its word diffs are read from their texts).
 */
export const fromWire = (r: EngineWireResponse | EngineResponse, drafts?: ComparedDrafts): EngineResponse =>
  r.ok && r.type === 'compare' && typeof r.comparison === 'string' ? { id: r.id, ok: true, type: 'compare', ms: r.ms, comparison: readComparison(r.comparison, drafts) } : (r as EngineResponse);

/** `fromWire`, a comparison read in slices (readComparisonInSlices): what the page does with a compare reply. */
export const fromWireInSlices = async (r: EngineWireResponse | EngineResponse, drafts?: ComparedDrafts, pause?: () => Promise<void>, sliceMs?: number): Promise<EngineResponse> =>
  r.ok && r.type === 'compare' && typeof r.comparison === 'string' ? { id: r.id, ok: true, type: 'compare', ms: r.ms, comparison: await readComparisonInSlices(r.comparison, drafts, pause, sliceMs) } : (r as EngineResponse);
