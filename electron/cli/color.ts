/**
 * Colour on the command line, as git does it: `--color=always|never|auto`; auto colours only
 * when stdout is a terminal and NO_COLOR is not set. Colour is a second cue only: the
 * `[-deleted-]` and `{+inserted+}` marks are printed either way.
 */
import { UsageError } from './args';
import type { CliIo } from './io';

export type ColorMode = 'always' | 'never' | 'auto';

/** Whether to colour, from the --color values given (the last wins; a bare --color is always). */
export function useColor(values: readonly string[] | undefined, flag: boolean, io: CliIo): boolean {
  const given = values?.[values.length - 1] ?? (flag ? 'always' : 'auto');
  if (given !== 'always' && given !== 'never' && given !== 'auto') throw new UsageError(`--color takes always, never or auto, not "${given}".`);
  if (given === 'never') return false;
  if (given === 'always') return true;
  return io.terminal?.stdoutTTY === true && !io.terminal.noColor;
}

/** ANSI styles, or plain text when colour is off. */
export interface Palette {
  deleted(text: string): string;
  inserted(text: string): string;
  header(text: string): string;
  dim(text: string): string;
}

const wrap = (code: string) => (text: string) => (text ? `\x1b[${code}m${text}\x1b[0m` : text);
const plain = (text: string): string => text;

export function palette(color: boolean): Palette {
  return color ? { deleted: wrap('31'), inserted: wrap('32'), header: wrap('1;36'), dim: wrap('2') } : { deleted: plain, inserted: plain, header: plain, dim: plain };
}
