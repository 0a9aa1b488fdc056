/**
 * What a command needs from the outside world, injected so commands are tested without a shell:
 * printing, reading the files it is given, writing its outputs atomically.
 */
import { readFile } from 'node:fs';
import path from 'node:path';
import { distinctLabels } from '../../shared/import/draft';
import { ImportError } from '../../shared/import/types';
import { LANGUAGES, isLanguageCode } from '../../shared/lang/registry';
import { UsageError, type ParsedArgs } from './args';
import type { Draft } from '../../shared/model/draft';
import type { ImportedContent } from '../../shared/import/types';
import { mark } from '../host/timings';
import { cliImporter } from './importer';
import { progressBar } from './progress';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readFile(file: string): Promise<Uint8Array>;
  writeFile(file: string, data: Uint8Array | string): Promise<void>;
  /** The terminal, where there is one: colour and progress bars depend on it. */
  terminal?: Terminal;
}

/** What the command knows of where its output goes. */
export interface Terminal {
  /** stdout is a terminal (colour on with --color=auto). */
  stdoutTTY: boolean;
  /** stderr is a terminal (progress bars are drawn). */
  stderrTTY: boolean;
  /** Width of the terminal in columns. */
  columns: number;
  /** NO_COLOR set to anything but "" turns colour off (https://no-color.org). */
  noColor: boolean;
  /** Writes to stderr as is (no line end added): a progress bar redraws its line. */
  writeErr(text: string): void;
}

// `draftwatch … | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export const nodeIo: CliIo = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  // node:fs, not node:fs/promises, and the atomic writer loaded when a command writes: a compare
  // then loads neither fs/promises (with readline) nor node:crypto.
  readFile: (file) =>
    new Promise((resolve, reject) =>
      readFile(file, (e, data) => {
        if (!e) return resolve(new Uint8Array(data));
        const code = e.code;
        reject(new ImportError(code === 'ENOENT' ? `${file}: no such file.` : code === 'EISDIR' ? `${file} is a folder, not a file.` : `${file} could not be read (${code}).`));
      }),
    ),
  writeFile: async (file, data) => (await import('../host/atomic-write')).writeAtomic(file, data),
  terminal: {
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns || process.stdout.columns || 80,
    noColor: (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb',
    writeErr: (t) => void process.stderr.write(t),
  },
};

/** Import files in turn (ids from their positions), with a progress bar on a terminal. */
export async function loadDrafts(
  io: CliIo,
  files: readonly string[],
  label: string,
  language?: string,
): Promise<Array<{ content: ImportedContent; draft: Draft }>> {
  const bar = progressBar(io, label);
  const out = [];
  try {
    for (const [i, f] of files.entries()) {
      bar.update(i, files.length, path.basename(f));
      out.push(await loadDraft(io, f, i, language));
    }
  } finally {
    bar.end();
  }
  // Drafts of one title are told apart by symbol, date, a "Rev.N" in the text or file name.
  const drafts = distinctLabels(out.map((l) => l.draft));
  return out.map((l, i) => ({ ...l, draft: drafts[i]! }));
}

/**
 * Import one file as content and as a draft (label from the document, id from its position),
 * parsed in the command's import isolate (importer.ts) with the app's memory and time limits; read in
 * `language` when given, else in the language detected from its text.
 */
export async function loadDraft(io: CliIo, file: string, index: number, language?: string): Promise<{ content: ImportedContent; draft: Draft }> {
  const bytes = await io.readFile(file);
  mark(`read ${path.basename(file)}`);
  const loaded = await cliImporter()({ name: path.basename(file), bytes, trackedChanges: 'accept', draftId: `d${index + 1}`, ...(language ? { language } : {}) });
  mark(`draft of ${path.basename(file)} received`);
  return loaded;
}

/** The option every command that reads drafts takes: `--lang CODE` reads them all in that language. */
export const LANG_OPTION = 'lang';

/** The code given with `--lang`, checked against the known languages, or undefined. */
export function languageOption(args: ParsedArgs): string | undefined {
  const given = args.values.get(LANG_OPTION)?.at(-1);
  if (given === undefined) return undefined;
  const code = given.trim().toLowerCase();
  if (!isLanguageCode(code)) {
    throw new UsageError(`--lang ${given}: Draftwatch reads ${LANGUAGES.map((l) => `${l.code} (${l.name})`).join(', ')}.`);
  }
  return code;
}
