/**
 * Suites that need a program of the machine (Chromium, pdftotext, LibreOffice) are skipped where
 * it is missing, and say why: the reason goes into the suite's title, which `npm test` lists with
 * every skipped test. A suite never passes without having run.
 */
import { spawnSync } from 'node:child_process';

/** Why `command` cannot be used here, or null when it runs. */
export function commandMissing(command: string, args: string[] = ['--version'], what = command): string | null {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0 ? null : `${what} is not installed`;
}

/** A suite's title, with the reason it is skipped when `missing` says something is. */
export function needing(title: string, missing: string | null): string {
  return missing ? `${title} [skipped: ${missing}]` : title;
}
