/**
 * `draftwatch compare BASE TARGET`: align two drafts and print the changes (JSON for scripts, a
 * readable summary otherwise), or write a redline with `-o OUT.docx|.html|.pdf`.
 */
import path from 'node:path';
import { compareDrafts, comparisonToJson } from '../../../shared/compare';
import type { CompareOptions } from '../../../shared/compare/types';
import { parseArgs, UsageError } from '../args';
import { loadDraft, type CliIo } from '../io';
import { writeRedline } from './redline-output';

export const compareUsage =
  'draftwatch compare BASE TARGET [--json] [-o OUT.docx|.html|.pdf] [--static] [--ignore-case] [--ignore-punctuation] [--keep-numbering]';

/** Comparison options from the command line's flags. */
export function optionsFrom(flags: Set<string>): Partial<CompareOptions> {
  return {
    ignoreCase: flags.has('ignore-case'),
    ignorePunctuation: flags.has('ignore-punctuation'),
    ignoreNumbering: !flags.has('keep-numbering'),
  };
}

export const compareFlags = ['json', 'static', 'ignore-case', 'ignore-punctuation', 'keep-numbering'];

export async function compareCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: compareFlags, values: ['output'], aliases: { o: 'output' } });
  if (args.positionals.length !== 2) throw new UsageError('compare takes two files: BASE and TARGET.');
  const [baseFile, targetFile] = args.positionals as [string, string];
  const [base, target] = await Promise.all([loadDraft(io, baseFile, 0), loadDraft(io, targetFile, 1)]);
  const options = optionsFrom(args.flags);
  const comparison = compareDrafts(base.draft, target.draft, options);
  const output = args.values.get('output')?.[0];
  if (output) {
    const written = await writeRedline(io, output, base.draft, target.draft, comparison, { static: args.flags.has('static') });
    io.err(`Wrote ${written}`);
  }
  if (args.flags.has('json')) {
    io.out(JSON.stringify(comparisonToJson(comparison), null, 2));
  } else if (!output) {
    const s = comparison.summary;
    io.out(`${base.draft.label} (${path.basename(baseFile)}) → ${target.draft.label} (${path.basename(targetFile)})`);
    io.out(
      `${s.counts.modified} modified, ${s.counts.moved} moved, ${s.counts.split} split, ${s.counts.merged} merged, ` +
        `${s.counts.deleted} deleted, ${s.counts.inserted} inserted, ${s.counts.unchanged} unchanged; ` +
        `+${s.wordsInserted} / −${s.wordsDeleted} words`,
    );
    const num = (refs: { number: string | null }[]) => refs.map((r) => r.number ?? '–').join(', ');
    for (const c of comparison.changes) {
      if (c.kind === 'unchanged') continue;
      const label = `${c.kind.padEnd(8)} ${c.base.length ? `¶${num(c.base)}` : '—'} → ${c.target.length ? `¶${num(c.target)}` : '—'}`;
      const words = (c.diff ?? []).filter(([op]) => op !== '=').map(([op, t]) => `${op === '-' ? '[-' : '{+'}${t.trim()}${op === '-' ? '-]' : '+}'}`).join(' ');
      io.out(words ? `${label}  ${words.length > 160 ? words.slice(0, 159) + '…' : words}` : label);
    }
  }
  return 0;
}
