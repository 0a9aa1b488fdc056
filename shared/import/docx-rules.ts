/**
 * What the DOCX importer leaves out, each by a named rule. Everything else Word shows on the page
 * is kept, in reading order: runs inside hyperlinks, smart tags and content controls, field
 * results, symbols, text marked web-hidden, table cells, text boxes, embedded documents and
 * footnote references. A rule names one kind of content that is not the negotiated text, says
 * why, and the importer counts what each rule left out so the draft's notes can say so.
 */

/** The names of the rules, as tests and notes refer to them. */
export type LeaveOutRule = 'comments' | 'deleted-revisions' | 'headers-footers' | 'field-codes' | 'hidden-text' | 'unreadable-embedded';

/** One rule: what it leaves out and why, in words for the user. */
export interface LeaveOutRuleInfo {
  /** What is left out, plural, as a note names it ("comments"). */
  what: string;
  /** Why, in one clause. */
  why: string;
  /** Whether the draft's notes mention it when it applied (field codes never print, so never). */
  noted: boolean;
}

/** The rules. */
export const LEAVE_OUT_RULES: Readonly<Record<LeaveOutRule, LeaveOutRuleInfo>> = {
  comments: { what: 'comments', why: 'they are remarks on the text, not the text', noted: true },
  'deleted-revisions': {
    what: 'deleted tracked changes',
    why: 'the text is imported with every change accepted (or rejected, on request)',
    noted: false, // the tracked-changes note already says so
  },
  'headers-footers': { what: 'page headers and footers', why: 'they repeat on every page and are not part of the text', noted: true },
  'field-codes': { what: 'field codes', why: 'Word prints a field’s result, not its code', noted: false },
  'hidden-text': { what: 'hidden text', why: 'Word does not print text formatted as hidden', noted: true },
  'unreadable-embedded': { what: 'embedded documents in a format that cannot be read here (RTF)', why: 'only Word, HTML and text chunks can be read', noted: true },
};

/** Counts of what each rule left out in one import. */
export class LeftOut {
  private readonly counts = new Map<LeaveOutRule, number>();

  /** Records that `rule` left out `n` more pieces. */
  add(rule: LeaveOutRule, n = 1): void {
    if (n > 0) this.counts.set(rule, (this.counts.get(rule) ?? 0) + n);
  }

  /** How many pieces `rule` left out. */
  count(rule: LeaveOutRule): number {
    return this.counts.get(rule) ?? 0;
  }

  /** One note naming what was left out and why, or null when nothing worth a note was. */
  note(): string | null {
    const parts: string[] = [];
    for (const [rule, n] of this.counts) {
      const info = LEAVE_OUT_RULES[rule];
      if (info.noted) parts.push(`${info.what} (${n}), as ${info.why}`);
    }
    return parts.length > 0 ? `Left out: ${parts.join('; ')}.` : null;
  }
}
