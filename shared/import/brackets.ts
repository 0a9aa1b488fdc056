/**
 * Square brackets mark text not yet agreed in negotiation rounds. They are derived from the
 * paragraph text whenever needed, never stored, so an edit can never leave them stale.
 */

/** One bracketed span: `text` is `source.slice(start, end)`, brackets included. */
export interface BracketSpan {
  start: number;
  end: number;
  text: string;
  /** 0 for an outermost span, 1 for a span inside another, … */
  depth: number;
}

/**
 * Every bracketed span of `text`, ordered by start. Nested spans are reported as well (with their
 * depth). A stray `]` is ignored; an unclosed `[` runs to the end of the text, because negotiators
 * sometimes close a bracket only in a later paragraph and the text after it is still unagreed.
 */
export function findBrackets(text: string): BracketSpan[] {
  const spans: BracketSpan[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '[') {
      open.push(i);
    } else if (ch === ']' && open.length > 0) {
      const start = open.pop()!;
      spans.push({ start, end: i + 1, text: text.slice(start, i + 1), depth: open.length });
    }
  }
  while (open.length > 0) {
    const start = open.pop()!;
    spans.push({ start, end: text.length, text: text.slice(start), depth: open.length });
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}
