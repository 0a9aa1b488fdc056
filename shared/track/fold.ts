/**
 * Folding a paragraph's text for phrase matching: lower case, diacritics stripped, every run of
 * whitespace, line breaks and hyphens collapsed to one space. The folded string is built with a
 * few whole-string operations (fast); the map back to original offsets, needed only to highlight
 * a match, is built on demand by a per-character pass that folds exactly the same way.
 */

/** A folded text and, on demand, for each of its UTF-16 units the span of the original it came from. */
export interface FoldedText {
  text: string;
  /** Original [start, end) of each folded unit; computed on first call, then kept. */
  offsets(): { starts: Uint32Array; ends: Uint32Array };
  /**
   * Original [start, end) of the given folded units only (any order, aligned with `units`): the
   * same spans as `offsets`, by a walk that stops after the last unit asked for and keeps no
   * per-unit arrays. A matcher needs the spans of a few hits, not of the whole text.
   */
  spans?(units: readonly number[]): { starts: number[]; ends: number[] };
}

// Hyphens and dashes count as word separators, like spaces: "cyber-mercenaries" = "cyber mercenaries".
const SEPARATOR = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d_]/u;
// Invisible characters a PDF or Word export leaves inside words; dropped so they never split a word.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
const COMBINING = /\p{M}/gu;
// Everything but printable ASCII and ASCII whitespace (other control characters fold to themselves either way).
const NON_ASCII = /[^\t-\r -~]/gu;
const HAS_NON_ASCII = /[^\t-\r -~]/;
// Every run of ASCII separators folds to one space; a lone space already is one, so only longer
// runs and lone other separators are matched (replacing each of a paragraph's spaces by itself
// cost more than the rest of the fold).
const ASCII_SEPARATORS = /[\t\n\v\f\r \-_]{2,}|[\t\n\v\f\r\-_]/g;
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"' };

const memo = new Map<string, string>();

/** How one non-ASCII code point folds: ' ' for a separator, '' for an invisible, else its folded form (memoised). */
export function foldChar(ch: string): string {
  let f = memo.get(ch);
  if (f !== undefined) return f;
  const quote = QUOTES[ch];
  if (quote !== undefined) f = quote;
  else if (SEPARATOR.test(ch)) f = ' ';
  else if (INVISIBLE.test(ch)) f = '';
  // Lower-casing can itself produce combining marks (İ → i̇), hence decompose after it too.
  else f = ch.normalize('NFD').replace(COMBINING, '').toLowerCase().normalize('NFD').replace(COMBINING, '');
  if (memo.size < 20_000) memo.set(ch, f);
  return f;
}

/** The folded string alone. */
export function foldString(text: string): string {
  // Most paragraphs are plain ASCII: a test (no Unicode flag, stops at the first hit) spares them the replace.
  const mapped = (HAS_NON_ASCII.test(text) ? text.replace(NON_ASCII, foldChar) : text).toLowerCase().replace(ASCII_SEPARATORS, ' ');
  const a = mapped.charCodeAt(0) === 32 ? 1 : 0;
  const b = mapped.length > a && mapped.charCodeAt(mapped.length - 1) === 32 ? mapped.length - 1 : mapped.length;
  return a === 0 && b === mapped.length ? mapped : mapped.slice(a, b);
}

const isAsciiSeparator = (code: number): boolean => code === 32 || code === 45 || code === 95 || (code >= 9 && code <= 13);

/** Receives the folded units of a walk, in order, each with the original span it came from. */
interface UnitSink {
  unit(index: number, start: number, end: number): void;
}

/**
 * The per-code-point walk that follows `foldString` exactly: leading and trailing separators
 * dropped, a run between words → one unit. Hands each folded unit to `sink` in order with the
 * original span it came from, and stops once unit `last` is handed over.
 */
function walkUnits(text: string, last: number, sink: UnitSink): void {
  let len = 0;
  let runStart = -1; // original start of a separator run not yet written
  let runEnd = 0;
  for (let i = 0; i < text.length && len <= last; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let units = 1;
    if (code < 128) {
      if (isAsciiSeparator(code)) {
        if (runStart < 0) runStart = i;
        runEnd = i + 1;
        i++;
        continue;
      }
    } else {
      width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const f = foldChar(text.slice(i, i + width));
      if (f === ' ') {
        if (runStart < 0) runStart = i;
        runEnd = i + width;
        i += width;
        continue;
      }
      units = f.length;
      if (units === 0) {
        i += width;
        continue;
      }
    }
    // A separator run between words becomes one unit; leading runs are dropped.
    if (runStart >= 0 && len > 0) sink.unit(len++, runStart, runEnd);
    runStart = -1;
    for (let k = 0; k < units; k++) sink.unit(len++, i, i + width);
    i += width;
  }
}

// Sinks are classes, not closures: one is made per walk, and the walks are many and short.

/** Every unit's span, into arrays that grow when folding lengthens the text (rare characters). */
class AllUnits implements UnitSink {
  starts: Uint32Array;
  ends: Uint32Array;
  length = 0;
  constructor(size: number) {
    this.starts = new Uint32Array(size);
    this.ends = new Uint32Array(size);
  }
  unit(index: number, start: number, end: number): void {
    if (index >= this.starts.length) {
      const s = new Uint32Array((index + 1) * 2);
      const e = new Uint32Array((index + 1) * 2);
      s.set(this.starts);
      e.set(this.ends);
      this.starts = s;
      this.ends = e;
    }
    this.starts[index] = start;
    this.ends[index] = end;
    this.length = index + 1;
  }
}

/** The spans of chosen units, aligned with `units`; `order` lists their positions by unit. */
class ChosenUnits implements UnitSink {
  readonly starts: number[];
  readonly ends: number[];
  private next = 0;
  constructor(
    private readonly units: readonly number[],
    private readonly order: readonly number[],
    fill: number,
  ) {
    this.starts = new Array<number>(units.length).fill(fill);
    this.ends = new Array<number>(units.length).fill(fill);
  }
  unit(index: number, start: number, end: number): void {
    const { units, order } = this;
    while (this.next < order.length && units[order[this.next]!]! === index) {
      const at = order[this.next++]!;
      this.starts[at] = start;
      this.ends[at] = end;
    }
  }
}

/** Offsets of every folded unit in the original (see `walkUnits`). */
export function foldOffsets(text: string): { starts: Uint32Array; ends: Uint32Array } {
  const all = new AllUnits(text.length + 4);
  walkUnits(text, Infinity, all);
  return { starts: all.starts.subarray(0, all.length), ends: all.ends.subarray(0, all.length) };
}

const ONE = [0];
const TWO_ASCENDING = [0, 1];
const TWO_DESCENDING = [1, 0];

/**
 * Original spans of the folded units `units` (any order, repeats allowed), aligned with them: the
 * values `foldOffsets` gives at those indexes, walking only up to the furthest. A unit past the
 * folded text gets the span [text.length, text.length].
 */
export function foldSpans(text: string, units: readonly number[]): { starts: number[]; ends: number[] } {
  const n = units.length;
  let order: readonly number[];
  // The usual case, one hit (its first and last unit), needs no sort.
  if (n === 1) order = ONE;
  else if (n === 2) order = units[0]! <= units[1]! ? TWO_ASCENDING : TWO_DESCENDING;
  else order = Array.from({ length: n }, (_, i) => i).sort((x, y) => units[x]! - units[y]!);
  const chosen = new ChosenUnits(units, order, text.length);
  if (n > 0) walkUnits(text, units[order[n - 1]!]!, chosen);
  return { starts: chosen.starts, ends: chosen.ends };
}

/** A folded text that keeps its original, for offsets on demand. */
class Folded implements FoldedText {
  readonly text: string;
  private all: { starts: Uint32Array; ends: Uint32Array } | null = null;
  constructor(private readonly original: string) {
    this.text = foldString(original);
  }
  offsets(): { starts: Uint32Array; ends: Uint32Array } {
    return (this.all ??= foldOffsets(this.original));
  }
  spans(units: readonly number[]): { starts: number[]; ends: number[] } {
    if (this.all === null) return foldSpans(this.original, units);
    const { starts, ends } = this.all;
    const end = this.original.length;
    return { starts: units.map((u) => starts[u] ?? end), ends: units.map((u) => ends[u] ?? end) };
  }
}

/** Fold `text` for matching; offsets back into `text` are computed only when asked for. */
export function foldText(text: string): FoldedText {
  return new Folded(text);
}

/** Fold one phrase the way paragraph texts are folded. */
export function foldPhrase(phrase: string): string {
  return foldString(phrase);
}
