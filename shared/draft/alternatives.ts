/**
 * Alternatives: a passage offered in several wordings for the negotiators to choose from, written
 * as consecutive bracketed spans "[Alt 1: …] [Alt 2: …]". Like brackets, they are derived from
 * the text (shared/model/brackets.ts finds the spans), never stored apart from it.
 */
import { findBrackets } from '../model/brackets';

/** "Alt 2:" at the start of a bracketed span (as UN texts write it in every language). */
const LABEL = /^\[\s*Alt(?:ernative)?\.?\s*(\d{1,2})\s*:\s*/i;

/** One wording of an alternative group. */
export interface Alternative {
  /** The bracketed span, brackets and label included. */
  start: number;
  end: number;
  /** Its number ("Alt 2" → 2). */
  n: number;
  /** The wording itself, without brackets and label. */
  textStart: number;
  textEnd: number;
}

/** Groups of alternatives in a text: neighbouring "[Alt n: …]" spans, in order. */
export function findAlternatives(text: string): Alternative[][] {
  const groups: Alternative[][] = [];
  let last: Alternative | null = null;
  for (const span of findBrackets(text)) {
    if (span.depth !== 0 || !span.balanced) continue;
    const label = LABEL.exec(span.text);
    if (!label) continue;
    const alt: Alternative = { start: span.start, end: span.end, n: Number(label[1]), textStart: span.start + label[0].length, textEnd: span.end - 1 };
    if (last && /^\s*$/.test(text.slice(last.end, span.start))) groups[groups.length - 1]!.push(alt);
    else groups.push([alt]);
    last = alt;
  }
  return groups;
}

/** A passage offered as alternatives: "[Alt 1: passage] [Alt 2: other]". */
export function alternativesOf(wordings: readonly string[]): string {
  return wordings.map((w, i) => `[Alt ${i + 1}: ${w}]`).join(' ');
}
