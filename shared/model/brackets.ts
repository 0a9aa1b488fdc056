/**
 * Square brackets mark text not yet agreed in negotiation rounds. They are derived from the
 * paragraph text whenever needed, never stored, so an edit can never leave them stale. One finder
 * serves the importers, the views and the tracker, so all of them agree on what is bracketed.
 */

/** One bracketed span: `text` is `source.slice(start, end)`, brackets included. */
export interface BracketSpan {
  start: number;
  end: number;
  text: string;
  /** 0 for an outermost span, 1 inside another, … */
  depth: number;
  /** False when the span's opening or closing bracket is not in this text. */
  balanced: boolean;
}

// "[12]" is a reference marker left by some PDF and HTML sources, not unagreed text.
const REFERENCE_MARKER = /^\[\s*\d{1,3}\s*\]$/;

/**
 * Every bracketed span of `text`, ordered by start, nested ones included. An unclosed `[` runs to
 * the end of the text and a stray `]` from its start: negotiators open a bracket in one paragraph
 * and close it in a later one, and the text in between is still unagreed.
 */
export function findBrackets(text: string): BracketSpan[] {
  const spans: BracketSpan[] = [];
  const open: number[] = [];
  const strayEnds: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 91 /* [ */) {
      open.push(i);
    } else if (ch === 93 /* ] */) {
      const start = open.pop();
      if (start === undefined) strayEnds.push(i + 1);
      else spans.push({ start, end: i + 1, text: text.slice(start, i + 1), depth: open.length, balanced: true });
    }
  }
  while (open.length > 0) {
    const start = open.pop()!;
    spans.push({ start, end: text.length, text: text.slice(start), depth: open.length, balanced: false });
  }
  // A stray closer encloses everything before it, so spans before it sit one level deeper.
  const adjusted = spans
    .filter((s) => !REFERENCE_MARKER.test(s.text))
    .map((s) => ({ ...s, depth: s.depth + strayEnds.filter((e) => e >= s.end).length }));
  const strays = strayEnds.map((end, k) => ({
    start: 0,
    end,
    text: text.slice(0, end),
    depth: strayEnds.length - 1 - k,
    balanced: false,
  }));
  return [...strays, ...adjusted].sort((a, b) => a.start - b.start || b.end - a.end);
}
