/**
 * What an export compared and how, in words: every export prints it so that a reader holding the
 * file can reproduce it (same drafts, same options, same Draftwatch version).
 */
import type { CompareOptions } from '../compare/types';
import type { Draft } from '../model/draft';
import { exportStrings, fill, type ExportStrings } from './strings';

/** "Rev.2, 2024-03-01, rev2.docx": label, date and source file of a draft. */
export function describeDraft(draft: Draft, s: ExportStrings = exportStrings()): string {
  return [draft.label, draft.date ?? s.undated, draft.sourceName ?? s.noSourceFile].join(', ');
}

/** "ignore case: no; ignore punctuation: no; …": the comparison options, all of them. */
export function describeOptions(options: CompareOptions, s: ExportStrings = exportStrings()): string {
  const yn = (b: boolean): string => (b ? s.yes : s.no);
  return [
    `${s.ignoreCase}${s.colon}${yn(options.ignoreCase)}`,
    `${s.ignorePunctuation}${s.colon}${yn(options.ignorePunctuation)}`,
    `${s.ignoreWhitespace}${s.colon}${yn(options.ignoreWhitespace)}`,
    `${s.ignoreNumbering}${s.colon}${yn(options.ignoreNumbering)}`,
  ].join('; ');
}

/**
 * "Draftwatch 0.1.0 on 2024-03-02 10:15 UTC": which program made the export, and when. Without a
 * time (`null`: a published site kept in version control must not change when nothing else did),
 * only the program.
 */
export function describeGeneration(appVersion: string, at: Date | null, s: ExportStrings = exportStrings()): string {
  return at ? fill(s.generatedOn, { version: appVersion, time: at.toISOString().slice(0, 16).replace('T', ' ') }) : `Draftwatch ${appVersion}`;
}

/** The provenance lines of a two-draft redline, in print order. */
export interface RedlineProvenance {
  title: string;
  lines: { label: string; value: string }[];
}

/** Title and provenance lines for a redline from `base` to `target`. */
export function redlineProvenance(base: Draft, target: Draft, options: CompareOptions, appVersion: string, at: Date | null, s: ExportStrings = exportStrings()): RedlineProvenance {
  return {
    title: fill(s.redlineTitle, { base: base.label, target: target.label }),
    lines: [
      { label: s.document, value: [target.title, target.symbol].filter(Boolean).join(' · ') || s.untitled },
      { label: s.base, value: describeDraft(base, s) },
      { label: s.target, value: describeDraft(target, s) },
      { label: s.options, value: describeOptions(options, s) },
      { label: s.generated, value: describeGeneration(appVersion, at, s) },
    ],
  };
}

/** An ISO date-time for a draft's date (revisions are dated with the target draft's date). */
export function draftDateTime(draft: Draft, fallback: Date): string {
  return draft.date && /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? `${draft.date}T00:00:00Z` : fallback.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
