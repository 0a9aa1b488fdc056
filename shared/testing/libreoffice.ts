/**
 * Whether the tests that ask LibreOffice itself (headless, through its Python bridge) can run
 * here, and why not. Those tests say they are skipped, with this reason, where it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Python with the UNO bridge: Debian's, where python3-uno installs it. */
export const PYTHON = '/usr/bin/python3';

/** Null when LibreOffice and its Python bridge are both here; else what is missing, in words. */
export function libreOfficeMissing(): string | null {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) return 'soffice is not installed';
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status !== 0) {
    return 'the Python-UNO bridge (Debian package python3-uno) is not installed';
  }
  return null;
}
