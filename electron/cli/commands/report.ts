/**
 * `draftwatch report DRAFT…|FOLDER|PROJECT.draftwatch -o SITE/`: a static tracker site from the
 * drafts of a negotiation (see shared/report). Files that cannot be read are reported and left
 * out; the site says which and why. A folder's drafts are put in order by date, symbol or name,
 * and the order is printed.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Draft } from '../../../shared/model/draft';
import type { LineageOverride, WatchTerm } from '../../../shared/model/schema';
import { buildSite, ReportError, type DraftOrder, type SkippedFile } from '../../../shared/report';
import { APP_VERSION } from '../../host/version';
import { parseArgs, UsageError } from '../args';
import { distinctLabels } from '../../../shared/import/draft';
import { loadDraft, type CliIo } from '../io';
import { progressBar } from '../progress';
import { checkSiteFolder, writeSite } from '../site-folder';
import { compareFlags, optionsFrom } from './compare';
import { parseTerms } from './track';
import { isUiLanguage, UI_LANGUAGE_NAMES } from '../../../shared/export/strings';

const ORDERS = ['date', 'symbol', 'name'] as const;

/** The drafts to publish and what is known about where they came from. */
interface Inputs {
  drafts: Draft[];
  skipped: SkippedFile[];
  order: DraftOrder;
  title: string | null;
  watchList: WatchTerm[];
  overrides: LineageOverride[];
}

const isProjectFile = (f: string): boolean => /\.draftwatch$/i.test(f);

/** Natural order of names: "rev2" before "rev10". */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Sorts drafts by date, symbol or file name (ties by file name); `auto` picks the first every draft has. */
export function orderDrafts(drafts: readonly Draft[], wanted: DraftOrder | 'auto'): { drafts: Draft[]; order: DraftOrder } {
  const order: DraftOrder =
    wanted !== 'auto' ? wanted : drafts.every((d) => d.date) ? 'date' : drafts.every((d) => d.symbol) ? 'symbol' : 'name';
  const byName = (a: Draft, b: Draft): number => collator.compare(a.sourceName ?? a.label, b.sourceName ?? b.label);
  const key = (d: Draft): string => (order === 'date' ? (d.date ?? '9999') : order === 'symbol' ? (d.symbol ?? '') : '');
  const sorted = order === 'given' || order === 'project' ? [...drafts] : [...drafts].sort((a, b) => collator.compare(key(a), key(b)) || byName(a, b));
  return { drafts: sorted, order };
}

/** Extensions of the formats drafts come in. */
const DRAFT_EXTENSIONS = /\.(docx|pdf|html?|txt|text|md|markdown)$/i;

/**
 * A folder's drafts: files directly inside it in a draft format; other files are left out and
 * said so (hidden files and sub-folders are not drafts and are passed over).
 */
async function folderFiles(dir: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name).sort(collator.compare);
  return {
    files: names.filter((n) => DRAFT_EXTENSIONS.test(n)).map((n) => path.join(dir, n)),
    skipped: names.filter((n) => !DRAFT_EXTENSIONS.test(n)).map((n) => ({ file: n, reason: 'not a draft format (DOCX, PDF, HTML, text or Markdown).' })),
  };
}

const isFolder = async (p: string): Promise<boolean> => (await fs.stat(p).catch(() => null))?.isDirectory() === true;

/** Reads every file, leaving out (and reporting) those that cannot be drafts. */
async function readDrafts(io: CliIo, files: readonly string[], passed: readonly SkippedFile[]): Promise<{ drafts: Draft[]; skipped: SkippedFile[] }> {
  const bar = progressBar(io, 'Reading drafts');
  const drafts: Draft[] = [];
  const skipped: SkippedFile[] = [...passed];
  const byHash = new Map<string, string>();
  try {
    for (const [i, file] of files.entries()) {
      const name = path.basename(file);
      bar.update(i, files.length, name);
      try {
        const { draft } = await loadDraft(io, file, i);
        const same = byHash.get(draft.hash);
        if (same) {
          skipped.push({ file: name, reason: `the same file as ${same}.` });
          continue;
        }
        byHash.set(draft.hash, name);
        drafts.push(draft);
      } catch (e) {
        const err = e as Error;
        if (err.name !== 'ImportError') throw e;
        // Importers name the file at the start of their sentence; the list names it already.
        skipped.push({ file: name, reason: err.message.startsWith(name) ? err.message.slice(name.length).replace(/^[\s:]+/, '') || err.message : err.message });
      }
    }
  } finally {
    bar.end();
  }
  for (const s of skipped) io.err(`Left out ${s.file}: ${s.reason}`);
  return { drafts, skipped };
}

async function inputsFrom(io: CliIo, positionals: readonly string[], wanted: DraftOrder | 'auto'): Promise<Inputs> {
  if (positionals.length === 1 && isProjectFile(positionals[0]!)) {
    const file = positionals[0]!;
    const { parseProject } = await import('../../../shared/model/project');
    const project = parseProject(new TextDecoder().decode(await io.readFile(file)));
    // The site publishes the negotiation's received drafts; working drafts are private texts.
    const skipped = project.drafts.filter((d) => d.working).map((d) => ({ file: d.label, reason: 'a working draft (the report publishes the received drafts).' }));
    for (const s of skipped) io.err(`Left out ${s.file}: ${s.reason}`);
    const ordered = orderDrafts(project.drafts.filter((d) => !d.working), wanted === 'auto' ? 'project' : wanted);
    return { ...ordered, skipped, title: project.name, watchList: project.watchList, overrides: project.lineageOverrides };
  }
  const folders = await Promise.all(positionals.map(isFolder));
  if (folders.some(Boolean) && positionals.length > 1) throw new UsageError('give one folder, or draft files, not both.');
  const { files, skipped: passed } = folders[0] ? await folderFiles(positionals[0]!) : { files: [...positionals], skipped: [] };
  if (folders[0] && files.length === 0) throw new ReportError(`${positionals[0]} holds no drafts (DOCX, PDF, HTML, text or Markdown files).`);
  const { drafts, skipped } = await readDrafts(io, files, passed);
  const ordered = orderDrafts(distinctLabels(drafts), wanted === 'auto' && !folders[0] ? 'given' : wanted);
  return { ...ordered, skipped, title: null, watchList: [], overrides: [] };
}

/** A draft named by its position (1-based), label or file name (with or without extension). */
function findDraft(drafts: readonly Draft[], name: string): Draft {
  const n = /^\d+$/.test(name) ? Number(name) : NaN;
  if (n >= 1 && n <= drafts.length) return drafts[n - 1]!;
  const lower = name.toLowerCase();
  const matches = drafts.filter((d) => {
    const file = (d.sourceName ?? '').toLowerCase();
    return d.label.toLowerCase() === lower || file === lower || file.replace(/\.[^.]+$/, '') === lower;
  });
  if (matches.length === 1) return matches[0]!;
  throw new UsageError(matches.length ? `--pair: "${name}" names more than one draft.` : `--pair: no draft is named "${name}" (use a label, a file name or a position 1–${drafts.length}).`);
}

function pairsFrom(values: readonly string[], drafts: readonly Draft[]): Array<[string, string]> {
  return values.map((v) => {
    const cut = v.lastIndexOf(':');
    if (cut <= 0 || cut === v.length - 1) throw new UsageError(`--pair takes two drafts as A:B, not "${v}".`);
    return [findDraft(drafts, v.slice(0, cut)).id, findDraft(drafts, v.slice(cut + 1)).id];
  });
}

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, {
    flags: [...compareFlags.filter((f) => f !== 'static'), 'force'],
    values: ['output', 'terms', 'term', 'pair', 'order', 'title', 'ui-lang'],
    aliases: { o: 'output' },
  });
  if (args.positionals.length === 0) throw new UsageError('report needs drafts: files in negotiation order, a folder, or a project file.');
  const output = args.values.get('output')?.at(-1);
  if (!output) throw new UsageError('give the folder for the site with -o SITE/.');
  const orderValue = args.values.get('order')?.at(-1) ?? 'auto';
  if (orderValue !== 'auto' && !(ORDERS as readonly string[]).includes(orderValue)) throw new UsageError(`--order takes date, symbol or name, not "${orderValue}".`);
  const uiLanguage = args.values.get('ui-lang')?.at(-1) ?? 'en';
  if (!isUiLanguage(uiLanguage)) throw new UsageError(`--ui-lang takes ${Object.keys(UI_LANGUAGE_NAMES).join(', ')}, not "${uiLanguage}".`);
  const termsFile = args.values.get('terms')?.at(-1);
  const termsText = termsFile ? new TextDecoder().decode(await io.readFile(termsFile)) : null;

  // The folder is checked before any work, so a refusal changes nothing and costs nothing.
  const previous = await checkSiteFolder(output, args.flags.has('force'));
  const inputs = await inputsFrom(io, args.positionals, orderValue as DraftOrder | 'auto');
  if (inputs.drafts.length < 2) {
    const left = inputs.skipped.length ? ` (${inputs.skipped.length} file${inputs.skipped.length === 1 ? '' : 's'} left out, listed above)` : '';
    throw new ReportError(`a tracker needs at least two usable drafts; ${inputs.drafts.length === 0 ? 'none was' : 'only one was'} found${left}.`);
  }
  const given = parseTerms(args.values.get('term') ?? [], termsText);
  const known = new Set(inputs.watchList.map((w) => w.phrase.toLowerCase()));
  const terms = [...inputs.watchList, ...given.filter((t) => !known.has(t.phrase.toLowerCase())).map((t, i) => ({ ...t, id: `cli-${i + 1}` }))];
  const termsSource =
    [inputs.watchList.length ? 'the project’s watch list' : '', termsFile ? `--terms ${path.basename(termsFile)}` : '', args.values.get('term')?.length ? '--term on the command line' : '']
      .filter(Boolean)
      .join(' and ') || 'none';
  const pairs = pairsFrom(args.values.get('pair') ?? [], inputs.drafts);
  const title = args.values.get('title')?.at(-1) ?? inputs.title ?? inputs.drafts[inputs.drafts.length - 1]!.title;

  const lines = inputs.drafts.map((d, i) => `  ${i + 1}. ${d.label}${d.date ? `, ${d.date}` : ''}${d.symbol ? `, ${d.symbol}` : ''}${d.sourceName ? ` (${d.sourceName})` : ''}`);
  const say = args.flags.has('json') ? io.err : io.out;
  say(`Drafts in order (${inputs.order === 'given' ? 'as given' : inputs.order === 'project' ? 'as in the project' : `by ${inputs.order}`}):\n${lines.join('\n')}`);

  const bar = progressBar(io, 'Building the site');
  let site;
  try {
    site = buildSite({
      title,
      drafts: inputs.drafts,
      order: inputs.order,
      terms,
      termsSource,
      overrides: inputs.overrides,
      pairs,
      options: optionsFrom(args.flags),
      skipped: inputs.skipped,
      appVersion: APP_VERSION,
      ...(uiLanguage !== 'en' ? { uiLanguage } : {}),
      onProgress
: (done, total, what) => bar.update(done, total, what),
    });
    bar.update(0, 1, 'writing files');
    await writeSite(io, output, site.files, previous);
  } finally {
    bar.end();
  }
  if (args.flags.has('json')) io.out(JSON.stringify(site.json, null, 2));
  else say(`Wrote ${site.files.length - 1} files to ${output}${output.endsWith(path.sep) ? '' : path.sep} (open ${path.join(output, 'index.html')}).`);
  return 0;
}
