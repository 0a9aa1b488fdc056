/** `draftwatch table DRAFT… -o OUT.docx|.html`: the side-by-side table of several drafts. */
import { parseArgs, UsageError } from '../args';
import { LANG_OPTION, languageOption, loadDrafts, type CliIo } from '../io';
import { compareFlags, optionsFrom } from './compare';
import { writeTable } from './redline-output';

export async function tableCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: compareFlags, values: ['output', LANG_OPTION], aliases: { o: 'output' } });
  if (args.positionals.length < 2) throw new UsageError('table needs at least two drafts, in negotiation order.');
  const output = args.values.get('output')?.[0];
  if (!output) throw new UsageError('give the output file with -o OUT.docx or -o OUT.html.');
  const drafts = (await loadDrafts(io, args.positionals, 'Reading drafts', languageOption(args))).map((l) => l.draft);
  io.err(`Wrote ${await writeTable(io, output, drafts, optionsFrom(args.flags))}`);
  return 0;
}
