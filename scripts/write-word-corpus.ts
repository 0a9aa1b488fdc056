/**
 * Writes the hand-written part of the Word fixture corpus (shared/import/fixtures/word-corpus.ts)
 * into a folder. Run by scripts/make-fixtures.sh: `npx tsx scripts/write-word-corpus.ts OUTDIR`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { wordCorpus } from '../shared/import/fixtures/word-corpus';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: npx tsx scripts/write-word-corpus.ts OUTDIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const f of wordCorpus()) writeFileSync(path.join(outDir, f.name), f.bytes);
console.log(`wrote ${wordCorpus().length} files to ${outDir}`);
