/** Fixture files for tests outside shared/ (renderer tests may not read files themselves). */
import { readFileSync } from 'node:fs';

/** Bytes of a file in shared/import/fixtures. */
export function importFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../shared/import/fixtures/${name}`, import.meta.url)));
}
