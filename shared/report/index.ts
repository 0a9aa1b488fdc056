/**
 * The static tracker site (`draftwatch report`): drafts in, every page and download of a site
 * out, as text, for the host to write.
 */
export { buildSite, ReportError } from './site';
export { SITE_MARKER, PAGES, slug } from './paths';
export type { SiteInput, SiteFile, SkippedFile, DraftOrder, ReportJson, ReportStepJson } from './types';
