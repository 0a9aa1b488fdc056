/**
 * Writes the six-language three-draft sets of shared/testing/six-languages.ts as flat ODT
 * documents, for scripts/make-fixtures.sh to convert to DOCX and PDF with LibreOffice.
 * Usage: npx tsx scripts/write-six-languages.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sixDraftToFodt, sixDrafts } from '../shared/testing/six-languages';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: npx tsx scripts/write-six-languages.ts OUTDIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const drafts = sixDrafts();
for (const d of drafts) writeFileSync(path.join(outDir, `${d.name}.fodt`), sixDraftToFodt(d));
console.log(`wrote ${drafts.length} drafts to ${outDir}`);
