/**
 * What the exporters take besides the drafts and the comparison: the facts a reader needs to
 * reproduce an export (version, time) and the choices that change its look.
 */

/** A person's note on one paragraph, exported as a Word comment or an HTML aside. */
export interface RedlineAnnotation {
  /** Paragraph id inside the draft named by `draftId`. */
  paragraphId: string;
  /** Id of the draft the paragraph belongs to (the base or the target of the comparison). */
  draftId: string;
  text: string;
  author: string;
  /** The passage within the paragraph's text, when the note is on a passage rather than the whole paragraph. */
  start?: number;
  end?: number;
}

/** Options shared by every redline export. */
export interface RedlineExportOptions {
  /** Draftwatch version, printed in the provenance block so the export can be reproduced. */
  appVersion: string;
  /**
   * When the export was made; defaults to now. Injectable so tests are deterministic; `null`
   * leaves the time out (HTML only: byte-identical output for the same inputs).
   */
  generatedAt?: Date | null;
  /**
   * DOCX only: coloured underline/strike formatting instead of tracked changes, for readers who
   * should see the changes but have nothing to accept.
   */
  static?: boolean;
  annotations?: readonly RedlineAnnotation[];
  /**
   * DOCX only: the author of the tracked changes (a delegation exporting its working draft);
   * defaults to the target draft's label.
   */
  author?: string;
  /**
   * The interface language of the export's own words (cover, legend, provenance, badges): 'en'
   * (the default), 'fr' or 'es' (strings.ts). The drafts' text keeps its own language.
   */
  uiLanguage?: string;
}

/** Options of the side-by-side table exports. */
export interface TableExportOptions {
  appVersion: string;
  /** As in RedlineExportOptions: `null` leaves the time out of the HTML table. */
  generatedAt?: Date | null;
  /** As in RedlineExportOptions: the language of the export's own words. */
  uiLanguage?: string;
}
