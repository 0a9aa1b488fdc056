/**
 * The `draftwatch` command line: batch work over drafts without the app, calling the same
 * `shared/` core. Errors are one line on stderr and a non-zero exit. Each command's code is
 * loaded only when it runs, so `compare` never loads the PDF reader, the DOCX writer or zod.
 */
import { UsageError } from './args';
import { warmImporter } from './importer';
import type { CliIo } from './io';
import { usages } from './usage';
import { mark, startTimings } from '../host/timings';
import { APP_VERSION } from '../host/version';

type Run = (argv: string[], io: CliIo) => Promise<number>;

const unused = (): never => {
  throw new Error('no file access before a command runs');
};
/** `readsDrafts`: the command parses files in the import isolate, started as the command begins. */
type Command = { load(): Promise<Run>; usage: string; readsDrafts?: boolean };

/** Subcommands by name; later features register theirs here. */
export const commands: Record<string, Command> = {
  import: { load: async () => (await import('./commands/import')).importCommand, usage: usages.import, readsDrafts: true },
  compare: { load: async () => (await import('./commands/compare')).compareCommand, usage: usages.compare, readsDrafts: true },
  track: { load: async () => (await import('./commands/track')).trackCommand, usage: usages.track, readsDrafts: true },
  table: { load: async () => (await import('./commands/table')).tableCommand, usage: usages.table, readsDrafts: true },
  report: { load: async () => (await import('./commands/report')).reportCommand, usage: usages.report, readsDrafts: true },
  annotations: { load: async () => (await import('./commands/annotations')).annotationsCommand, usage: usages.annotations, readsDrafts: true },
};

export function usage(): string {
  return [
    'Draftwatch: compare and track negotiation drafts.',
    '',
    'Usage:',
    ...Object.values(commands).map((c) => `  ${c.usage}`),
    '',
    '  draftwatch --help | --version',
  ].join('\n');
}

/** Errors we expect (bad files, bad folders) by name; anything else is a bug and says so. */
const KNOWN_ERRORS = ['ImportError', 'ProjectFileError', 'ExportError', 'TrackError', 'NoChromiumError', 'ReportError', 'AnnotationFileError'];

/** The terminal's input and output, loaded only when a command needs it. */
const nodeIo = async (): Promise<CliIo> => (await import('./io')).nodeIo;

/** Run the command line; returns the exit code. */
export async function main(argv: string[], given?: CliIo): Promise<number> {
  if (!given) startTimings();
  const io: CliIo = given ?? { out: (t) => void process.stdout.write(`${t}\n`), err: (t) => void process.stderr.write(`${t}\n`), readFile: unused, writeFile: unused };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(APP_VERSION);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`draftwatch: unknown command "${name}". Run draftwatch --help for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return 0;
  }
  // The isolate loads on the other core while this thread loads the command and reads the files.
  if (command.readsDrafts && !given) warmImporter();
  try {
    const run = await command.load();
    const commandIo = given ?? (await nodeIo());
    mark(`${name} command loaded`);
    return await run(rest, commandIo);
  } catch (e) {
    const err = e as Error;
    if (err instanceof UsageError) {
      io.err(`draftwatch ${name}: ${err.message}\n${command.usage}`);
      return 2;
    }
    io.err(KNOWN_ERRORS.includes(err.name) ? `draftwatch ${name}: ${err.message}` : `draftwatch ${name}: unexpected error: ${err.stack ?? err.message}`);
    return 1;
  }
}

const isEntry = typeof process !== 'undefined' && process.argv[1] !== undefined && /cli\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
