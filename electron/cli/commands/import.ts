/** `draftwatch import FILE [--json]`: import a draft and print its structure. */
import { importToCliJson } from '../../../shared/import/cli';
import { findProfile } from '../../../shared/lang/registry';
import { printedHeading, printedNumber } from '../../../shared/model/draft';
import { parseArgs, UsageError } from '../args';
import { LANG_OPTION, languageOption, loadDraft, type CliIo } from '../io';

export async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], values: [LANG_OPTION] });
  if (args.positionals.length !== 1) throw new UsageError('import takes exactly one FILE.');
  const file = args.positionals[0]!;
  const { content } = await loadDraft(io, file, 0, languageOption(args));
  if (args.flags.has('json')) {
    io.out(JSON.stringify(importToCliJson(content), null, 2));
  } else {
    const paras = content.blocks.filter((b) => b.kind === 'paragraph');
    io.out(`${content.title || file}${content.symbol ? ` (${content.symbol})` : ''}`);
    const language = content.language ? `, read as ${findProfile(content.language)?.name ?? content.language}` : '';
    io.out(`${content.format.toUpperCase()}, ${paras.length} paragraphs, ${content.blocks.length - paras.length} headings${language}`);
    for (const b of content.blocks) {
      if (b.kind === 'heading') io.out(`${'#'.repeat(b.level)} ${printedHeading(b)}`);
      else io.out(`${'  '.repeat(b.level)}${b.number ? `${printedNumber(b)} ` : ''}${b.text.length > 100 ? b.text.slice(0, 99) + '…' : b.text}`);
    }
    for (const n of content.notes) io.err(`note: ${n}`);
  }
  return 0;
}
