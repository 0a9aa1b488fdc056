/**
 * What an export compared and how, in words: every export prints it so that a reader holding the
 * file can reproduce it (same drafts, same options, same Draftwatch version).
 */
import type { CompareOptions } from '../compare/types';
import type { Draft } from '../model/draft';

/** "Rev.2, 2024-03-01, rev2.docx": label, date and source file of a draft. */
export function describeDraft(draft: Draft): string {
  return [draft.label, draft.date ?? 'undated', draft.sourceName ?? 'no source file'].join(', ');
}

/** "ignore case: no; ignore punctuation: no; …": the comparison options, all of them. */
export function describeOptions(options: CompareOptions): string {
  const yn = (b: boolean): string => (b ? 'yes' : 'no');
  return [
    `ignore case: ${yn(options.ignoreCase)}`,
    `ignore punctuation: ${yn(options.ignorePunctuation)}`,
    `ignore whitespace: ${yn(options.ignoreWhitespace)}`,
    `ignore numbering: ${yn(options.ignoreNumbering)}`,
  ].join('; ');
}

/**
 * "Draftwatch 0.1.0 on 2024-03-02 10:15 UTC": which program made the export, and when. Without a
 * time (`null`: a published site kept in version control must not change when nothing else did),
 * only the program.
 */
export function describeGeneration(appVersion: string, at: Date | null): string {
  return at ? `Draftwatch ${appVersion} on ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` : `Draftwatch ${appVersion}`;
}

/** The provenance lines of a two-draft redline, in print order. */
export interface RedlineProvenance {
  title: string;
  lines: { label: string; value: string }[];
}

/** Title and provenance lines for a redline from `base` to `target`. */
export function redlineProvenance(base: Draft, target: Draft, options: CompareOptions, appVersion: string, at: Date | null): RedlineProvenance {
  return {
    title: `Redline: ${base.label} → ${target.label}`,
    lines: [
      { label: 'Document', value: [target.title, target.symbol].filter(Boolean).join(' · ') || '(untitled)' },
      { label: 'Base', value: describeDraft(base) },
      { label: 'Target', value: describeDraft(target) },
      { label: 'Options', value: describeOptions(options) },
      { label: 'Generated', value: describeGeneration(appVersion, at) },
    ],
  };
}

/** An ISO date-time for a draft's date (revisions are dated with the target draft's date). */
export function draftDateTime(draft: Draft, fallback: Date): string {
  return draft.date && /^\d{4}-\d{2}-\d{2}$/.test(draft.date) ? `${draft.date}T00:00:00Z` : fallback.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
