/**
 * `draftwatch annotations carry ANNOTATIONS.json --from OLD --to NEW [--json]`: for NGOs who
 * publish commentary per paragraph, carry a W3C annotation set made on one draft to the next and
 * say where each annotation now sits, or why it could not be placed.
 */
import path from 'node:path';
import { carryAnnotationSet } from '../../../shared/annotate/carry';
import { parseArgs, UsageError } from '../args';
import { LANG_OPTION, languageOption, loadDraft, type CliIo } from '../io';

export const annotationsUsage = 'draftwatch annotations carry ANNOTATIONS.json --from OLD_DRAFT --to NEW_DRAFT [--json]';

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export async function annotationsCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'carry') throw new UsageError(sub ? `Unknown annotations command "${sub}".` : 'Say what to do: carry.');
  const args = parseArgs(rest, { flags: ['json'], values: ['from', 'to', LANG_OPTION] });
  if (args.positionals.length !== 1) throw new UsageError('carry takes one annotation file.');
  const fromFile = args.values.get('from')?.[0];
  const toFile = args.values.get('to')?.[0];
  if (!fromFile || !toFile) throw new UsageError('carry needs --from OLD_DRAFT and --to NEW_DRAFT.');
  const file = args.positionals[0]!;
  const bytes = await io.readFile(file);
  const [from, to] = await Promise.all([loadDraft(io, fromFile, 0, languageOption(args)), loadDraft(io, toFile, 1, languageOption(args))]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const e = new Error(`${path.basename(file)} is not UTF-8 text, so it is no W3C annotation set.`);
    e.name = 'AnnotationFileError';
    throw e;
  }
  const carried = carryAnnotationSet(text.replace(/^\uFEFF/, ''), from.draft, to.draft);
  if (args.flags.has('json')) {
    io.out(JSON.stringify({ annotations: carried.map(({ id, status, paragraph, quote, confidence, reason }) => ({ id, status, paragraph, quote, confidence, reason })) }, null, 2));
    return 0;
  }
  const count = (s: string) => carried.filter((c) => c.status === s).length;
  io.out(`${carried.length} annotations from ${path.basename(fromFile)} carried to ${path.basename(toFile)}: ${count('exact')} exact, ${count('fuzzy')} fuzzy, ${count('orphaned')} orphaned.`);
  for (const c of carried) {
    const where = c.status === 'orphaned' ? `orphaned: ${c.reason}` : `${c.status.padEnd(5)} ¶${c.paragraph ?? '–'}  “${short(c.quote ?? '')}”${c.status === 'fuzzy' ? ` (confidence ${c.confidence.toFixed(2)})` : ''}${c.ambiguous ? ' (ambiguous)' : ''}`;
    io.out(`${c.id}  ${where}`);
  }
  return 0;
}
