/**
 * The tracker as the command line prints it with `--json`: one entry per term with its counts
 * per draft (drafts in the order given, named by file) and its events; then brackets and hedging.
 * Plain data, stable key order, ready for JSON.stringify.
 */
import type { TrackedParagraph, TrackEventKind, TrackReport } from './types';

/** A paragraph in the JSON output. */
export interface CliParagraph {
  number: string | null;
  section: string[];
}

/** One event in the JSON output; `from` and `to` are file names. */
export interface CliEvent {
  from: string;
  to: string;
  kind: TrackEventKind;
  fromParagraphs: CliParagraph[];
  toParagraphs: CliParagraph[];
  countBefore: number;
  countAfter: number;
  downgrade?: true;
  upgrade?: true;
  deleted?: string;
  replacement?: string;
  details: string;
}

/** The whole `draftwatch track --json` document. */
export interface CliTrackJson {
  terms: Array<{
    term: string;
    drafts: Array<{ file: string; label: string; count: number; paragraphs: CliParagraph[] }>;
    events: CliEvent[];
  }>;
  brackets: Array<{
    file: string;
    label: string;
    count: number;
    unbalanced: number;
    resolved: Array<CliParagraph & { text: string; resolution: string }>;
    added: Array<CliParagraph & { text: string }>;
  }>;
  hedging: Array<{
    from: string;
    to: string;
    fromParagraph: CliParagraph;
    toParagraph: CliParagraph;
    kind: string;
    direction: 'weakened' | 'strengthened';
    before: string;
    after: string;
    beforeContext: string;
    afterContext: string;
  }>;
}

const para = (p: TrackedParagraph): CliParagraph => ({ number: p.number, section: [...p.section] });

/**
 * The report as the command line's JSON. `files` names the drafts in report order (the paths
 * given on the command line); a draft without a file is named by its label.
 */
export function trackToCliJson(report: TrackReport, files: readonly string[]): CliTrackJson {
  const file = new Map(report.drafts.map((d, i) => [d.id, files[i] ?? d.label]));
  const name = (id: string): string => file.get(id) ?? id;
  return {
    terms: report.matrix.rows.map((row) => ({
      term: row.term.phrase,
      drafts: row.cells.map((c, i) => ({
        file: name(c.draftId),
        label: report.drafts[i]?.label ?? c.draftId,
        count: c.count,
        paragraphs: c.paragraphs.map(para),
      })),
      events: report.events
        .filter((e) => e.termId === row.term.id)
        .map((e) => ({
          from: name(e.fromDraftId),
          to: name(e.toDraftId),
          kind: e.kind,
          fromParagraphs: e.from.map(para),
          toParagraphs: e.to.map(para),
          countBefore: e.countBefore,
          countAfter: e.countAfter,
          ...(e.downgrade ? { downgrade: true as const } : {}),
          ...(e.upgrade ? { upgrade: true as const } : {}),
          ...(e.deletedText !== undefined ? { deleted: e.deletedText } : {}),
          ...(e.replacement !== undefined ? { replacement: e.replacement } : {}),
          details: e.details,
        })),
    })),
    brackets: report.brackets.map((b, i) => ({
      file: name(b.draftId),
      label: report.drafts[i]?.label ?? b.draftId,
      count: b.count,
      unbalanced: b.unbalanced,
      resolved: b.resolved.map((r) => ({ ...para(r.paragraph), text: r.text, resolution: r.resolution })),
      added: b.added.map((a) => ({ ...para(a.paragraph), text: a.text })),
    })),
    hedging: report.hedging.map((h) => ({
      from: name(h.fromDraftId),
      to: name(h.toDraftId),
      fromParagraph: para(h.from),
      toParagraph: para(h.to),
      kind: h.kind,
      direction: h.direction,
      before: h.before,
      after: h.after,
      beforeContext: h.beforeContext,
      afterContext: h.afterContext,
    })),
  };
}
