/** Writing a redline file from the command line; the format follows the output's extension. */
import type { Comparison } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import { UsageError } from '../args';
import type { CliIo } from '../io';

export async function writeRedline(io: CliIo, output: string, _base: Draft, _target: Draft, _comparison: Comparison, _opts: { static: boolean }): Promise<string> {
  const ext = output.toLowerCase().split('.').pop();
  if (!['docx', 'html', 'pdf'].includes(ext ?? '')) throw new UsageError('the output must end in .docx, .html or .pdf.');
  void io;
  throw new UsageError('redline export is not available in this build yet.');
}
