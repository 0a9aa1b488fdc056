/**
 * Writes the generated drafts of shared/testing/generated-pdfs.ts as flat ODT documents, with the
 * hash of each draft beside it, for scripts/make-fixtures.sh to print to PDF with LibreOffice.
 * Usage: npx tsx scripts/write-generated-drafts.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { draftToFodt } from '../shared/testing/fodt';
import { GENERATED_PDFS, generatedDraft } from '../shared/testing/generated-pdfs';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: npx tsx scripts/write-generated-drafts.ts OUTDIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
for (const g of GENERATED_PDFS) {
  const draft = generatedDraft(g);
  writeFileSync(path.join(outDir, `${g.name}.fodt`), draftToFodt(draft, g.layout));
  writeFileSync(path.join(outDir, `${g.name}.hash`), `${draft.hash}\n`);
}
console.log(`wrote ${GENERATED_PDFS.length} drafts to ${outDir}`);
