/**
 * Word fields (w:fldChar begin … instrText … separate … result … end). Word prints a field's
 * result and hides its code; a field can span runs and paragraphs (a table of contents) and nest.
 * This tracks where the reader stands so that the importer keeps result text and leaves codes out
 * (the field-codes rule). MACROBUTTON is the exception Word prints from its code: the text after
 * the macro name is the placeholder shown on the page ("[Click here and type the date]").
 */

interface OpenField {
  /** Instruction text read so far. */
  code: string;
  /** True once `separate` was seen: what follows is the result. */
  inResult: boolean;
  /** True when the field showed any result text. */
  shown: boolean;
}

/** The stack of fields open at the reader's position. */
export class FieldState {
  private stack: OpenField[] = [];

  /** True when text at this position is a field's code, which Word does not print. */
  get inCode(): boolean {
    return this.stack.some((f) => !f.inResult);
  }

  /** A `w:fldChar` of type begin, separate or end. Returns text Word prints for the field at its end. */
  fldChar(type: string | undefined): string {
    if (type === 'begin') {
      this.stack.push({ code: '', inResult: false, shown: false });
      return '';
    }
    const top = this.stack[this.stack.length - 1];
    if (!top) return ''; // an end without a begin: damaged, nothing to close
    if (type === 'separate') {
      top.inResult = true;
      return '';
    }
    if (type === 'end') {
      this.stack.pop();
      if (!top.shown && !this.inCode) return macroButtonText(top.code);
    }
    return '';
  }

  /** A `w:instrText` (or `w:delInstrText`) piece of the innermost field's code. */
  instruction(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && !top.inResult) top.code += text;
  }

  /** Notes that result text was printed, so a MACROBUTTON with a result prints that instead. */
  shown(): void {
    for (const f of this.stack) f.shown = true;
  }

  /** The state is saved around a separate story (a footnote, a text box) and restored after it. */
  save(): OpenField[] {
    const saved = this.stack;
    this.stack = [];
    return saved;
  }

  restore(saved: OpenField[]): void {
    this.stack = saved;
  }
}

/** The placeholder a MACROBUTTON field shows ("MACROBUTTON NoMacro [Type here]" → "[Type here]"), or ''. */
export function macroButtonText(code: string): string {
  const m = /^\s*MACROBUTTON\s+\S+\s?(.*)$/is.exec(code);
  return m ? m[1]!.replace(/\s+$/, '') : '';
}
