/**
 * The `draftwatch` command line: batch work over drafts without the app, calling the same
 * `shared/` core. Errors are one line on stderr and a non-zero exit.
 */
import { UsageError } from './args';
import { nodeIo, type CliIo } from './io';
import { importCommand, importUsage } from './commands/import';
import { compareCommand, compareUsage } from './commands/compare';
import { trackCommand, trackUsage } from './commands/track';
import { tableCommand, tableUsage } from './commands/table';
import { annotationsCommand, annotationsUsage } from './commands/annotations';
import { APP_VERSION } from '../host/version';

type Command = { run(argv: string[], io: CliIo): Promise<number>; usage: string };

/** Subcommands by name; later features register theirs here. */
export const commands: Record<string, Command> = {
  import: { run: importCommand, usage: importUsage },
  compare: { run: compareCommand, usage: compareUsage },
  track: { run: trackCommand, usage: trackUsage },
  table: { run: tableCommand, usage: tableUsage },
  annotations: { run: annotationsCommand, usage: annotationsUsage },
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

/** Run the command line; returns the exit code. */
export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(APP_VERSION);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    io.err(`draftwatch: unknown command "${name}". Run draftwatch --help for the list.`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const err = e as Error;
    if (err instanceof UsageError) {
      io.err(`draftwatch ${name}: ${err.message}\n${command.usage}`);
      return 2;
    }
    // Errors we expect (bad files) have names; anything else is a bug and says so.
    const known = ['ImportError', 'ProjectFileError', 'ExportError', 'TrackError', 'NoChromiumError', 'AnnotationFileError'].includes(err.name);
    io.err(known ? `draftwatch ${name}: ${err.message}` : `draftwatch ${name}: unexpected error: ${err.stack ?? err.message}`);
    return 1;
  }
}

const isEntry = typeof process !== 'undefined' && process.argv[1] !== undefined && /cli\.(m?js|ts)$/.test(process.argv[1]);
if (isEntry) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
