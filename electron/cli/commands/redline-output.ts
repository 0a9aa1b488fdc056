/**
 * Writing exports from the command line: the format follows the output's extension. PDF is the
 * HTML redline printed by a Chromium found on the machine (a clear error where there is none).
 */
import type { Comparison } from '../../../shared/compare/types';
import type { Draft } from '../../../shared/model/draft';
import { exportDocxRedline, exportHtmlRedline, exportTableDocx, exportTableHtml } from '../../../shared/export';
import { htmlToPdf } from '../../host/pdf';
import { APP_VERSION } from '../../host/version';
import { UsageError } from '../args';
import type { CliIo } from '../io';

const extension = (file: string) => file.toLowerCase().split('.').pop() ?? '';

/** Write the redline of `comparison` to `output` (.docx, .html or .pdf); returns the path written. */
export async function writeRedline(io: CliIo, output: string, base: Draft, target: Draft, comparison: Comparison, opts: { static: boolean }): Promise<string> {
  const ext = extension(output);
  const options = { appVersion: APP_VERSION, static: opts.static };
  if (ext === 'docx') await io.writeFile(output, await exportDocxRedline(base, target, comparison, options));
  else if (ext === 'html' || ext === 'htm') await io.writeFile(output, exportHtmlRedline(base, target, comparison, options));
  else if (ext === 'pdf') {
    const html = exportHtmlRedline(base, target, comparison, options);
    await io.writeFile(output, await htmlToPdf(html, { runningHeader: `Redline: ${base.label} → ${target.label}` }));
  } else throw new UsageError('the output must end in .docx, .html or .pdf.');
  return output;
}

/** Write the side-by-side table of `drafts` to `output` (.docx or .html). */
export async function writeTable(io: CliIo, output: string, drafts: Draft[], compareOptions: Comparison['options'] | Partial<Comparison['options']>): Promise<string> {
  const ext = extension(output);
  const options = { appVersion: APP_VERSION, compareOptions };
  if (ext === 'docx') await io.writeFile(output, await exportTableDocx(drafts, options));
  else if (ext === 'html' || ext === 'htm') await io.writeFile(output, exportTableHtml(drafts, options));
  else throw new UsageError('the table output must end in .docx or .html.');
  return output;
}
