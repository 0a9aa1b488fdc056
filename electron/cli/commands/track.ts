/**
 * `draftwatch track FILE… --term PHRASE [--term …] [--terms FILE] [--json|--csv]`: follow watched
 * phrases, brackets and hedging across drafts given in negotiation order.
 */
import path from 'node:path';
import { trackDrafts } from '../../../shared/track/track';
import { trackToCliJson } from '../../../shared/track/cli';
import { trackToCsv } from '../../../shared/track/csv';
import type { WatchTerm } from '../../../shared/model/schema';
import { parseArgs, UsageError } from '../args';
import { LANG_OPTION, languageOption, loadDrafts, type CliIo } from '../io';

/** Watch terms from --term values and a --terms file (one phrase a line; "phrase | alt 1 | alt 2"; # comments). */
export function parseTerms(values: string[], fileText: string | null): WatchTerm[] {
  const lines = [...values, ...(fileText ?? '').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))];
  const seen = new Set<string>();
  const terms: WatchTerm[] = [];
  for (const line of lines) {
    const [phrase, ...alternatives] = line.split('|').map((s) => s.trim()).filter(Boolean);
    if (!phrase || seen.has(phrase.toLowerCase())) continue;
    seen.add(phrase.toLowerCase());
    terms.push({ id: `t${terms.length + 1}`, phrase, alternatives, category: '', color: '#1f6feb' });
  }
  return terms;
}

export async function trackCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'csv'], values: ['term', 'terms', LANG_OPTION] });
  if (args.positionals.length < 1) throw new UsageError('track needs at least one draft FILE.');
  if (args.flags.has('json') && args.flags.has('csv')) throw new UsageError('choose --json or --csv, not both.');
  const termsFile = args.values.get('terms')?.[0];
  const fileText = termsFile ? new TextDecoder().decode(await io.readFile(termsFile)) : null;
  const terms = parseTerms(args.values.get('term') ?? [], fileText);
  if (!terms.length) throw new UsageError('give at least one --term "phrase" or a --terms FILE.');
  const loaded = await loadDrafts(io, args.positionals, 'Reading drafts', languageOption(args));
  const report = trackDrafts(loaded.map((l) => l.draft), terms);
  const files = args.positionals.map((f) => path.basename(f));
  if (args.flags.has('json')) {
    io.out(JSON.stringify(trackToCliJson(report, files), null, 2));
  } else if (args.flags.has('csv')) {
    const csv = trackToCsv(report);
    io.out(csv.matrix.trimEnd());
    io.out('');
    io.out(csv.events.trimEnd());
  } else {
    // The text names drafts by label (told apart when titles are equal), as every output does.
    const label = (id: string): string => report.drafts.find((d) => d.id === id)?.label ?? id;
    for (const row of report.matrix.rows) {
      io.out(`"${row.term.phrase}": ${row.cells.map((c) => `${label(c.draftId)} ${c.count}`).join(' · ')}`);
      for (const e of report.events.filter((x) => x.termId === row.term.id)) {
        io.out(`  ${label(e.fromDraftId)} → ${label(e.toDraftId)}: ${e.kind}${e.downgrade ? ' (downgrade)' : ''}${e.upgrade ? ' (upgrade)' : ''} ${e.details}`);
      }
    }
    for (const h of report.hedging) {
      io.out(`hedging ${h.direction}: ${label(h.fromDraftId)} ¶${h.from.number ?? '–'} → ${label(h.toDraftId)} ¶${h.to.number ?? '–'}: “${h.before}” → “${h.after}”`);
    }
  }
  return 0;
}
