/**
 * The static tracker site's contract: what goes in (drafts in negotiation order, watch list,
 * lineage links, files left out) and what comes out (files by relative path, and the report's
 * JSON). Pure data, so the command line, tests and benchmarks share it.
 */
import type { CompareOptions } from '../compare/types';
import type { Draft } from '../model/draft';
import type { LineageOverride, WatchTerm } from '../model/schema';

/** A file that could not be used as a draft, and why (one human sentence). */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** How the drafts were put in order, printed on the site and in its JSON. */
export type DraftOrder = 'given' | 'date' | 'symbol' | 'name' | 'project';

/** Everything a site is made from. Nothing here depends on the clock or the machine. */
export interface SiteInput {
  /** Title of the site (a project's name, or the last draft's title). */
  title: string;
  /** Drafts in negotiation order; each `sourceName` and `hash` is cited in the provenance. */
  drafts: readonly Draft[];
  order: DraftOrder;
  terms: readonly WatchTerm[];
  /** Where the watch list came from ("--terms terms.txt", "the project's watch list"). */
  termsSource: string;
  /** Links and unlinks a person made (from a project). */
  overrides?: readonly LineageOverride[];
  /** Pairs besides consecutive drafts, as [earlier id, later id]. */
  pairs?: ReadonlyArray<readonly [string, string]>;
  options?: Partial<CompareOptions>;
  skipped?: readonly SkippedFile[];
  appVersion: string;
  /**
   * Language of the exporters' own words on the redline, table and tracker pages and of the site's
   * navigation and footer ('en' by default; 'fr', 'es': shared/export/strings.ts). The overview and
   * history pages the site writes itself are English.
   */
  uiLanguage?: string;
  /** Called as work advances
: `done` of `total` steps, and what is being done. */
  onProgress?: (done: number, total: number, what: string) => void;
}

/** One file of the site: a path relative to the site's folder ("index.html", "data/track.json"). */
export interface SiteFile {
  path: string;
  data: string;
}

/** Counts of one comparison step as the site's JSON gives them. */
export interface ReportStepJson {
  from: string;
  to: string;
  consecutive: boolean;
  page: string;
  data: { json: string; csv: string };
  counts: Record<string, number>;
  wordsInserted: number;
  wordsDeleted: number;
  sectionsMostChanged: Array<{ section: string; changes: number }>;
}

/** The site's JSON summary (`data/report.json`, and `draftwatch report --json`). */
export interface ReportJson {
  generator: string;
  title: string;
  order: DraftOrder;
  options: CompareOptions;
  drafts: Array<{
    position: number;
    label: string;
    file: string | null;
    sha256: string;
    date: string | null;
    symbol: string | null;
    title: string;
    paragraphs: number;
  }>;
  skipped: SkippedFile[];
  steps: ReportStepJson[];
  terms: Array<{ term: string; alternatives: string[]; counts: number[] }>;
  termsSource: string;
  files: string[];
}
