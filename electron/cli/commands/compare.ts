/**
 * `draftwatch compare BASE TARGET`: align two drafts and print the changes (JSON for scripts,
 * `git diff --word-diff`-style text for people), or write a redline with `-o OUT.docx|.html|.pdf`.
 */
import path from 'node:path';
import { compareDrafts } from '../../../shared/compare/compare';
import { comparisonToJson } from '../../../shared/compare/json';
import type { CompareOptions } from '../../../shared/compare/types';
import { parseArgs, UsageError } from '../args';
import { palette, useColor } from '../color';
import { LANG_OPTION, languageOption, loadDraft, type CliIo } from '../io';
import { mark } from '../../host/timings';
import { comparisonText } from './compare-text';

/** Comparison options from the command line's flags. */
export function optionsFrom(flags: Set<string>): Partial<CompareOptions> {
  return {
    ignoreCase: flags.has('ignore-case'),
    ignorePunctuation: flags.has('ignore-punctuation'),
    ignoreNumbering: !flags.has('keep-numbering'),
  };
}

export const compareFlags = ['json', 'static', 'ignore-case', 'ignore-punctuation', 'keep-numbering'];

/** `--color` alone means always and `--no-color` never, as in git. */
export function colorArgs(argv: readonly string[]): string[] {
  return argv.map((a) => (a === '--color' ? '--color=always' : a === '--no-color' ? '--color=never' : a));
}

export async function compareCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(colorArgs(argv), { flags: compareFlags, values: ['output', 'color', LANG_OPTION], aliases: { o: 'output' } });
  if (args.positionals.length !== 2) throw new UsageError('compare takes two files: BASE and TARGET.');
  const color = useColor(args.values.get('color'), false, io);
  const [baseFile, targetFile] = args.positionals as [string, string];
  const [base, target] = await Promise.all([loadDraft(io, baseFile, 0, languageOption(args)), loadDraft(io, targetFile, 1, languageOption(args))]);
  const options = optionsFrom(args.flags);
  const comparison = compareDrafts(base.draft, target.draft, options);
  mark('compared');
  const output = args.values.get('output')?.[0];
  if (output) {
    const { writeRedline } = await import('./redline-output');
    const written = await writeRedline(io, output, base.draft, target.draft, comparison, { static: args.flags.has('static') });
    io.err(`Wrote ${written}`);
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify(comparisonToJson(comparison), null, 2));
  } else if (!output) {
    io.out(comparisonText(comparison, base.draft, target.draft, [path.basename(baseFile), path.basename(targetFile)], palette(color)).join('\n'));
  }
  mark('printed');
  return 0;
}
